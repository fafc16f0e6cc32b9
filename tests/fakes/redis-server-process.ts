/**
 * A private redis-server for tests that stop or restart Redis: its own free port and temp
 * directory, so the shared Redis on 6379 is never touched. With `appendOnly` it writes an AOF
 * with fsync on every write, so a SIGKILL loses nothing that was acknowledged — what a
 * production Redis with `appendfsync always` promises. Killed when the parent exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface RedisServerProcess {
  port: number;
  url: string;
  directory: string;
  /** Stops the server: SIGKILL (a crash) or SIGTERM (a clean shutdown, AOF flushed). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and directory (it reloads the AOF). */
  start(): Promise<void>;
  /** Stops it and deletes its directory. */
  destroy(): Promise<void>;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/** Starts redis-server (must be on PATH) and resolves when it answers PING. */
export async function startRedisServer(
  options: { appendOnly?: boolean; extraArguments?: string[] } = {},
): Promise<RedisServerProcess> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'newsbrief-redis-'));
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const start = async () => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      directory,
      '--save',
      '',
      '--daemonize',
      'no',
      ...(options.appendOnly === true
        ? ['--appendonly', 'yes', '--appendfsync', 'always']
        : ['--appendonly', 'no']),
      ...(options.extraArguments ?? []),
    ];
    const started = spawn('redis-server', args, { stdio: 'ignore' });
    child = started;
    live.add(started);
    exited = new Promise((resolve) =>
      started.once('exit', () => {
        live.delete(started);
        resolve();
      }),
    );
    const deadline = Date.now() + 10_000;
    while (!(await answersPing(port))) {
      if (Date.now() > deadline || started.exitCode !== null)
        throw new Error(`redis-server on port ${port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    directory,
    stop,
    start,
    async destroy() {
      await stop('SIGKILL');
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
