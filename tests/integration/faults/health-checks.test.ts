import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeys } from '../worker/service-harness.ts';
import { startWorkerProcess, type WorkerProcess } from '../../fakes/worker-process.ts';

const binPath = fileURLToPath(new URL('../../../bin/newsbrief.js', import.meta.url));
const prefix = `{nb-health-${process.pid}-${Date.now()}}`;
const started: WorkerProcess[] = [];

afterAll(async () => {
  await Promise.all(started.map((process) => process.stop('SIGKILL')));
  await deleteKeys(prefix);
});

interface CheckResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** The health check exactly as Docker runs it: a separate process, only its exit code counts. */
function runCheck(args: string[], environment: Record<string, string>): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...environment },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function healthyWithin(
  args: string[],
  environment: Record<string, string>,
  timeoutMs: number,
): Promise<CheckResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await runCheck(args, environment);
    if (result.exitCode === 0 || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('container health checks', () => {
  it('worker --check and health follow the worker heartbeat, and fail once it stops', async () => {
    const port = await freePort(); // nothing listens here: this container runs a worker
    const environment = { REDIS_PREFIX: prefix, PORT: String(port) };
    const worker = await startWorkerProcess({ environment });
    started.push(worker);

    const check = await healthyWithin(['worker', '--check'], environment, 15_000);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(
      /^The worker on this host is alive \(last heartbeat \d+ s ago\)\.\n$/,
    );
    expect(check.exitCode).toBe(0);
    const health = await runCheck(['health'], environment);
    expect(health.stdout).toMatch(/^The worker on this host is alive/);
    expect(health.exitCode).toBe(0);

    await worker.stop('SIGTERM');
    const stopped = await runCheck(['worker', '--check'], environment);
    expect(stopped.exitCode).toBe(1);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toBe(
      'newsbrief: No worker on this host has written a heartbeat in the last 30 s.\n',
    );
  });

  it('health asks serve for /healthz where serve runs', async () => {
    const port = await freePort();
    const environment = { REDIS_PREFIX: prefix, PORT: String(port) };
    const serve = await startWorkerProcess({
      environment,
      command: ['serve'],
      readyMessage: 'newsbrief serving',
    });
    started.push(serve);
    const health = await runCheck(['health'], environment);
    expect(health.stdout).toBe(`serve is healthy (http://127.0.0.1:${port}/healthz).\n`);
    expect(health.exitCode).toBe(0);
    await serve.stop('SIGTERM');
  });

  it('is unhealthy, with exit code 1 and one line, when Redis cannot be reached', async () => {
    const port = await freePort();
    const result = await runCheck(['worker', '--check'], {
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_PREFIX: prefix,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`127.0.0.1:${port}`);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});
