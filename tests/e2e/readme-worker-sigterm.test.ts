import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServerProcess } from '../fakes/redis-server-process.ts';
import { projectRoot } from './cli-helpers.ts';

/**
 * The README's way of running a worker must stop on SIGTERM, as a process manager sends it to
 * the one process it started. (`npx newsbrief worker` did not: npm passes SIGTERM to the
 * `sh -c` it runs the bin through, and sh dies without passing it on, leaving the real worker
 * running with no parent.) The command is read from the README, so the two cannot drift.
 */
function readmeWorkerCommand(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Run the service'));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1] ?? '';
  const line = block.split('\n').find((text) => /newsbrief\S* worker\b/.test(text));
  if (line === undefined) throw new Error('no worker command in the README\'s "Run the service"');
  // `<command> worker >>log &   # comment` → the command as argv (the redirection is the shell's).
  const command = (line.split('#')[0] ?? '')
    .replace(/&\s*$/, '')
    .replace(/\s\d?>>?\s*\S+/g, '')
    .trim();
  return command.split(/\s+/);
}

let redisServer: RedisServerProcess | undefined;
let launched: ChildProcess | undefined;

/** Whether any process of the group (the launched command and whatever it started) is alive. */
function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  redisServer = await startRedisServer();
});

afterAll(async () => {
  const pid = launched?.pid;
  if (pid !== undefined && groupAlive(pid)) process.kill(-pid, 'SIGKILL');
  await redisServer?.destroy();
});

describe('the README worker command', () => {
  it('stops the real worker when the process it starts gets SIGTERM', async () => {
    if (redisServer === undefined) throw new Error('setup failed');
    const [program, ...args] = readmeWorkerCommand();
    if (program === undefined) throw new Error('empty worker command');
    const child = spawn(program === 'node' ? process.execPath : program, args, {
      cwd: projectRoot,
      // Its own process group: afterwards, no process of it may be left, however it was started.
      detached: true,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        REDIS_URL: redisServer.url,
        REDIS_PREFIX: '{nb-readme-worker}',
        LOG_LEVEL: 'info',
        BRIEF_ENGINE: 'offline',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launched = child;
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 40_000;
    while (!output.includes('"msg":"worker ready"')) {
      if (Date.now() > deadline) throw new Error(`the worker did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    child.kill('SIGTERM');
    const groupId = child.pid ?? -1;
    const stopBy = Date.now() + 15_000;
    while (groupAlive(groupId) && Date.now() < stopBy)
      await new Promise((resolve) => setTimeout(resolve, 100));

    expect(groupAlive(groupId), `still running 15 s after SIGTERM: ${program}`).toBe(false);
    expect(output).toContain('"signal":"SIGTERM","graceMs":10000,"msg":"shutting down"');
    expect(output).toContain('"step":"queues and redis","msg":"shutdown step done"');
  }, 60_000);
});
