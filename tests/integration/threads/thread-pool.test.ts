import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import type { Logger } from '../../../src/core/ports/logger.ts';
import {
  createThreadPool,
  ThreadTaskError,
  type ThreadPool,
  type ThreadPoolOptions,
} from '../../../src/adapters/threads/create-thread-pool.ts';

type TestTasks = {
  echo(input: { value: unknown }): { value: unknown; threadId: number; settings: unknown };
  spin(input: { milliseconds: number }): { threadId: number };
  meet(input: { shared: SharedArrayBuffer; parties: number }): { threadId: number; met: boolean };
  refuse(input: Record<string, never>): never;
  fail(input: Record<string, never>): never;
  crash(input: Record<string, never>): Promise<never>;
  exit(input: { code: number }): never;
  allocate(input: Record<string, never>): never;
  log(input: { message: string }): { threadId: number };
};

const testEntry = new URL('../../fakes/threads/test-thread-entry.ts', import.meta.url);

/** A logger that keeps what it is given, to check what the pool and its threads said. */
function recordingLogger(): Logger & {
  lines: { level: string; message: string; fields: Record<string, unknown> }[];
} {
  const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push({ level, message, fields });
  };
  const logger = {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => logger,
  };
  return logger;
}

const pools: ThreadPool<TestTasks>[] = [];
function startPool(options: Partial<ThreadPoolOptions> = {}) {
  const logger = recordingLogger();
  const pool = createThreadPool<TestTasks>({
    entry: testEntry,
    size: 2,
    taskTimeoutMs: 1_500,
    settings: { name: 'test' },
    logger,
    ...options,
  });
  pools.push(pool);
  return { pool, logger };
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the task succeeded');
}

describe('the worker thread pool', () => {
  it('runs a task in a thread (not this one) with the settings it was given', async () => {
    const { pool } = startPool();
    const result = await pool.run('echo', { value: { nested: [1, 'two'] } });
    expect(result.value).toEqual({ nested: [1, 'two'] });
    expect(result.settings).toEqual({ name: 'test' });
    expect(result.threadId).toBeGreaterThan(0);
  });

  it('ends a task past its time limit, replaces the thread, and the next task still runs', async () => {
    const { pool, logger } = startPool({ size: 1, taskTimeoutMs: 1_000 });
    const first = await pool.run('echo', { value: 1 });
    // Queued behind the runaway task: it must run on the fresh thread.
    const [error, next] = await Promise.all([
      failureOf(pool.run('spin', { milliseconds: 60_000 })),
      pool.run('echo', { value: 'after' }),
    ]);
    expect(error).toBeInstanceOf(ThreadTaskError);
    expect((error as ThreadTaskError).kind).toBe('timeout');
    expect((error as ThreadTaskError).message).toBe('spin ran past its 1000 ms limit');
    expect(next.value).toBe('after');
    expect(next.threadId).not.toBe(first.threadId);
    expect(logger.lines.some((line) => line.message.includes('past its time limit'))).toBe(true);
  });

  it('runs as many tasks at once as it has threads', async () => {
    const { pool } = startPool({ size: 2, taskTimeoutMs: 10_000 });
    const shared = new SharedArrayBuffer(4);
    // Each task blocks its thread until both have arrived: only two threads at once can meet.
    const results = await Promise.all([
      pool.run('meet', { shared, parties: 2 }),
      pool.run('meet', { shared, parties: 2 }),
    ]);
    expect(results.map((result) => result.met)).toEqual([true, true]);
    expect(new Set(results.map((result) => result.threadId)).size).toBe(2);
  });

  it('keeps tasks beyond its size waiting instead of running them at once', async () => {
    const { pool } = startPool({ size: 1, taskTimeoutMs: 10_000 });
    const shared = new SharedArrayBuffer(4);
    const results = await Promise.all([
      pool.run('meet', { shared, parties: 2 }),
      pool.run('meet', { shared, parties: 2 }),
    ]);
    // One thread: the first gives up waiting for a partner, then the second finds it arrived.
    expect(results.map((result) => result.met)).toEqual([false, true]);
  });

  it('hands back an AppError thrown in a thread as an AppError, and a plain bug as an Error', async () => {
    const { pool } = startPool();
    const refused = await failureOf(pool.run('refuse', {}));
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('not-an-article');
    expect((refused as AppError).userMessage).toBe(
      'That page does not look like a news article, so there is nothing to summarize.',
    );
    expect((refused as AppError).retryable).toBe(false);
    const bug = await failureOf(pool.run('fail', {}));
    expect(bug).not.toBeInstanceOf(AppError);
    expect((bug as Error).name).toBe('TypeError');
    expect((bug as Error).message).toBe('a plain bug in the task');
  });

  it('turns a thread that crashes into a clear error and carries on with a new thread', async () => {
    const { pool, logger } = startPool({ size: 1 });
    const crashed = await failureOf(pool.run('crash', {}));
    expect(crashed).toBeInstanceOf(ThreadTaskError);
    expect((crashed as ThreadTaskError).kind).toBe('crashed');
    expect((crashed as Error).message).toMatch(
      /^worker thread exited with code 1 while running crash: thread crashed on purpose$/,
    );
    const exited = await failureOf(pool.run('exit', { code: 7 }));
    expect((exited as Error).message).toMatch(/exited with code 7 while running exit/);
    expect((await pool.run('echo', { value: 'still here' })).value).toBe('still here');
    expect(logger.lines.filter((line) => line.message === 'worker thread died')).toHaveLength(2);
  });

  it('ends a thread that runs out of its heap limit with an out-of-memory error', async () => {
    const { pool } = startPool({ size: 1, heapLimitMb: 64, taskTimeoutMs: 30_000 });
    const error = await failureOf(pool.run('allocate', {}));
    expect(error).toBeInstanceOf(ThreadTaskError);
    expect((error as ThreadTaskError).kind).toBe('out-of-memory');
    expect((await pool.run('echo', { value: 'recovered' })).value).toBe('recovered');
  });

  it('ends the thread when the caller aborts, with the abort reason', async () => {
    const { pool } = startPool({ size: 1, taskTimeoutMs: 60_000 });
    const controller = new AbortController();
    const running = failureOf(pool.run('spin', { milliseconds: 60_000 }, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort(new Error('the job gave up'));
    expect(((await running) as Error).message).toBe('the job gave up');
    expect((await pool.run('echo', { value: 'next' })).value).toBe('next');
  });

  it('passes log lines from a thread to the service logger', async () => {
    const { pool, logger } = startPool();
    const { threadId } = await pool.run('log', { message: 'hello from a thread' });
    const line = logger.lines.find((entry) => entry.message === 'hello from a thread');
    expect(line?.level).toBe('info');
    expect(line?.fields).toMatchObject({ from: 'thread', threadId });
  });

  it('fails a task with a clear error when its thread cannot start', async () => {
    const { pool } = startPool({
      entry: new URL('../../fakes/threads/failing-thread-entry.ts', import.meta.url),
    });
    const error = await failureOf(pool.run('echo', { value: 1 }));
    expect(error).toBeInstanceOf(ThreadTaskError);
    expect((error as ThreadTaskError).kind).toBe('start-failed');
    expect((error as Error).message).toMatch(/before it was ready: this entry cannot load/);
  });

  it('fails waiting and running tasks when closed, and refuses new ones', async () => {
    const { pool } = startPool({ size: 1, taskTimeoutMs: 60_000 });
    await pool.start();
    const running = failureOf(pool.run('spin', { milliseconds: 60_000 }));
    const waiting = failureOf(pool.run('echo', { value: 1 }));
    await pool.close();
    expect(((await running) as ThreadTaskError).kind).toBe('closed');
    expect(((await waiting) as ThreadTaskError).kind).toBe('closed');
    expect(((await failureOf(pool.run('echo', { value: 2 }))) as ThreadTaskError).kind).toBe(
      'closed',
    );
  });
});
