/**
 * A worker-thread entry for the pool's own tests: real threads running tasks that behave badly
 * on purpose (spin past a limit, crash, exit, run out of memory). Started through the same
 * startThread/register-tsx path as the service's compute threads.
 */
import { threadId } from 'node:worker_threads';
import { AppError } from '../../../src/core/errors.ts';
import { serveThreadTasks } from '../../../src/adapters/threads/serve-thread-tasks.ts';

function spinFor(milliseconds: number): void {
  const until = Date.now() + milliseconds;
  while (Date.now() < until) {
    // Synchronous on purpose: nothing but terminate() can stop it.
  }
}

await serveThreadTasks(({ settings, logger }) => ({
  echo: (input: { value: unknown }) => ({ value: input.value, threadId, settings }),
  spin: (input: { milliseconds: number }) => {
    spinFor(input.milliseconds);
    return { threadId };
  },
  /** Waits (blocking this thread) until `parties` threads have arrived, or 5 s pass. */
  meet: (input: { shared: SharedArrayBuffer; parties: number }) => {
    const counter = new Int32Array(input.shared);
    const arrived = Atomics.add(counter, 0, 1) + 1;
    if (arrived >= input.parties) Atomics.notify(counter, 0);
    const deadline = Date.now() + 5_000;
    while (Atomics.load(counter, 0) < input.parties && Date.now() < deadline)
      Atomics.wait(counter, 0, Atomics.load(counter, 0), 100);
    return { threadId, met: Atomics.load(counter, 0) >= input.parties };
  },
  refuse: () => {
    throw new AppError({
      code: 'not-an-article',
      userMessage: 'That page does not look like a news article, so there is nothing to summarize.',
      details: { reason: 'test' },
    });
  },
  fail: () => {
    throw new TypeError('a plain bug in the task');
  },
  crash: () =>
    new Promise(() => {
      setImmediate(() => {
        throw new Error('thread crashed on purpose');
      });
    }),
  exit: (input: { code: number }) => process.exit(input.code),
  allocate: () => {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  },
  log: (input: { message: string }) => {
    logger.info({ from: 'thread' }, input.message);
    return { threadId };
  },
}));
