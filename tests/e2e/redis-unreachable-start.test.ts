import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../fakes/redis-server-process.ts';
import { projectRoot } from './cli-helpers.ts';

/** What an operator is promised: the start fails within this time, or it hangs. */
const exitBoundMs = 10_000;

interface StartResult {
  /** null when the process was still running at the bound and had to be killed. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `newsbrief <args>` as an operator would, killing it if it is still up at the bound. */
function startAndWaitForExit(args: string[], environment: Record<string, string>) {
  return new Promise<StartResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/newsbrief.js', ...args], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        LOG_LEVEL: 'info',
        BRIEF_ENGINE: 'offline',
        PORT: '0',
        ...environment,
      },
      // stdin stays open: `chat` must not get away with exiting on end of input.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, exitBoundMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode: hung ? null : exitCode, stdout, stderr });
    });
  });
}

/** The one-line failure every Redis-needing command must give, and nothing else. */
function expectOneLineFailure(result: StartResult, address: string, reason: string) {
  expect(result.exitCode, `still running after ${exitBoundMs} ms: ${result.stderr}`).not.toBeNull();
  expect(result.exitCode).toBe(69);
  expect(result.stderr).toBe(
    `newsbrief: Cannot reach Redis at ${address} (${reason}); check REDIS_URL and that Redis is running.\n`,
  );
  const everything = result.stdout + result.stderr;
  expect(everything).not.toMatch(/^\s+at /m);
  expect(everything).not.toContain('Unhandled error event');
  expect(everything).not.toContain('Something went wrong');
  expect(result.stdout).toBe('');
}

let closedPort: number;
let silentServer: Server;
let silentPort: number;
const silentSockets = new Set<Socket>();

beforeAll(async () => {
  closedPort = await freePort();
  // Accepts connections and never answers: a wedged Redis, or something else on the port.
  silentServer = createServer((socket) => {
    silentSockets.add(socket);
    socket.on('close', () => silentSockets.delete(socket));
  });
  await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
  const address = silentServer.address();
  silentPort = typeof address === 'object' && address !== null ? address.port : 0;
});

afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  await new Promise((resolve) => silentServer.close(resolve));
});

const commands: { name: string; args: string[]; environment?: Record<string, string> }[] = [
  { name: 'worker', args: ['worker'] },
  { name: 'serve', args: ['serve'] },
  { name: 'serve --with-worker', args: ['serve', '--with-worker'] },
  { name: 'chat', args: ['chat'] },
  { name: 'chat --with-worker', args: ['chat', '--with-worker'] },
  {
    name: 'discord bot',
    args: ['discord', 'bot'],
    environment: { DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: '123456789012345678' },
  },
];

describe('a command that needs Redis, started with an unreachable REDIS_URL', () => {
  for (const command of commands) {
    it(`${command.name}: one line naming the address and "connection refused" on a closed port, exit 69`, async () => {
      const url = `redis://127.0.0.1:${closedPort}`;
      const result = await startAndWaitForExit(command.args, {
        ...command.environment,
        REDIS_URL: url,
      });
      expectOneLineFailure(result, url, 'connection refused');
    });
  }

  for (const name of ['worker', 'serve', 'chat']) {
    it(`${name}: "no such host" for a host name that does not resolve`, async () => {
      const url = 'redis://nonexistent.invalid:6379';
      const result = await startAndWaitForExit([name], { REDIS_URL: url });
      expectOneLineFailure(result, url, 'no such host');
    });
  }

  it('never shows the password from REDIS_URL', async () => {
    const result = await startAndWaitForExit(['worker'], {
      REDIS_URL: `redis://operator:s3cret-pass@127.0.0.1:${closedPort}/2`,
    });
    expectOneLineFailure(
      result,
      `redis://operator:***@127.0.0.1:${closedPort}/2`,
      'connection refused',
    );
    expect(result.stderr).not.toContain('s3cret-pass');
  });

  it('summarize, where Redis is only a cache, still fails with its own one line and no stack', async () => {
    const result = await startAndWaitForExit(
      ['summarize', 'seeds/putin-trump-ukraine-2024-11-28.txt'],
      { REDIS_URL: `redis://127.0.0.1:${closedPort}` },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'newsbrief: Redis at REDIS_URL is not reachable, so the brief cache cannot be used.\n',
    );
    expect(result.stdout).toBe('');
  });

  it('says "timed out" when something accepts the connection and never answers', async () => {
    const url = `redis://127.0.0.1:${silentPort}`;
    const result = await startAndWaitForExit(['serve'], { REDIS_URL: url });
    expectOneLineFailure(result, url, 'timed out');
  });
});
