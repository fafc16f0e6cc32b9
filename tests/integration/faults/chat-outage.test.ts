import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServerProcess } from '../../fakes/redis-server-process.ts';
import { projectRoot } from '../../e2e/cli-helpers.ts';
import { sleep, waitFor } from './fault-kit.ts';

/**
 * `newsbrief chat --with-worker` as a person uses it, through a Redis outage: commands answer
 * with one sentence while Redis is away, the log file gets one warning (not a stack per
 * reconnect attempt) and the terminal none, and after the restart the same process summarizes
 * again.
 */
const logPath = join(mkdtempSync(join(tmpdir(), 'nb-chat-outage-')), 'chat.log');
const logged = (): string => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
const outageSentence = 'newsbrief cannot reach Redis right now; please try again in a minute.';
let redisServer: RedisServerProcess | undefined;
let chat: ChildProcessWithoutNullStreams | undefined;
let stdout = '';
let stderr = '';

beforeAll(async () => {
  redisServer = await startRedisServer();
  const started = spawn(
    process.execPath,
    ['bin/newsbrief.js', 'chat', '--with-worker', '--log-file', logPath],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        REDIS_URL: redisServer.url,
        REDIS_PREFIX: '{nb-fault-chat-outage}',
        BRIEF_ENGINE: 'offline',
        LOG_LEVEL: 'warn',
      },
    },
  );
  chat = started;
  started.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitFor(() => stdout.includes('newsbrief chat on channel'), 40_000, 'the chat prompt');
}, 60_000);

afterAll(async () => {
  chat?.kill('SIGKILL');
  await redisServer?.destroy();
});

const countOf = (text: string, fragment: string) => text.split(fragment).length - 1;

describe('newsbrief chat through a Redis outage', () => {
  it('answers with one sentence while Redis is away and summarizes again after the restart', async () => {
    if (chat === undefined || redisServer === undefined) throw new Error('setup failed');
    const terminal = chat;
    const say = (line: string) => terminal.stdin.write(`${line}\n`);

    await redisServer.stop('SIGKILL');
    await waitFor(() => logged().includes('"msg":"redis unreachable"'), 10_000, 'the warning');
    say('/news summarize seeds/putin-trump-ukraine-2024-11-28.txt');
    await waitFor(() => stdout.includes(outageSentence), 10_000, 'the outage sentence');
    // Several reconnect attempts: each used to print an "Unhandled error event" stack here.
    await sleep(4_000);
    expect(countOf(logged(), '"msg":"redis unreachable"')).toBe(1);
    expect(logged().trim().split('\n')).toHaveLength(1);
    expect(logged()).not.toContain('Unhandled error event');
    expect(stderr).toBe('');

    await redisServer.start();
    // `/news subscriptions` has no rate limit: ask until Redis answers it.
    await waitFor(
      async () => {
        const before = countOf(stdout, outageSentence);
        say('/news subscriptions');
        await sleep(500);
        return countOf(stdout, outageSentence) === before;
      },
      20_000,
      'the chat to reach Redis again',
    );
    say('/news summarize seeds/putin-trump-ukraine-2024-11-28.txt');
    await waitFor(() => /PUTIN SAYS/.test(stdout), 20_000, 'the brief after the restart');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 90_000);

  it('leaves on Ctrl-D during an outage without waiting for Redis', async () => {
    if (chat === undefined || redisServer === undefined) throw new Error('setup failed');
    const terminal = chat;
    await redisServer.stop('SIGKILL');
    await waitFor(
      () => countOf(logged(), '"msg":"redis unreachable"') === 2,
      10_000,
      'the second warning',
    );

    terminal.stdin.end();
    const exited = await Promise.race([
      new Promise((resolve) => terminal.once('exit', resolve)),
      sleep(10_000).then(() => 'still running'),
    ]);
    expect(exited).toBe(0);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});
