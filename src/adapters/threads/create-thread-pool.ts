import type { Worker } from 'node:worker_threads';
import type { Logger } from '../../core/ports/logger.ts';
import type { TaskTable } from './serve-thread-tasks.ts';
import { startThread } from './start-thread.ts';
import { deserializeError, type ThreadMessage } from './thread-messages.ts';
import { ThreadTaskError } from './thread-task-error.ts';

export { ThreadTaskError, type ThreadFailureKind } from './thread-task-error.ts';

export interface ThreadPoolOptions {
  /** The module each thread runs; it calls serveThreadTasks. */
  entry: URL;
  /** Threads kept; tasks beyond that wait in order. */
  size: number;
  /** Wall-clock limit of one task; past it the thread is terminated and replaced. */
  taskTimeoutMs: number;
  /** Handed to every thread (structured-cloneable). */
  settings?: unknown;
  /** Heap limit of each thread: a page that needs more ends its thread, not the process. */
  heapLimitMb?: number;
  /**
   * Young generation of each thread. Node sizes it for throughput (up to tens of MB per
   * thread, kept resident once grown); a few MB hold a task's short-lived garbage well.
   */
  youngGenerationMb?: number;
  logger: Logger;
}

export interface ThreadPool<Tasks extends TaskTable> {
  /**
   * Runs a task in the next free thread. Rejects with the task's own error (an AppError stays
   * one), a ThreadTaskError when the thread timed out, ran out of memory, crashed or the pool
   * closed, or the signal's reason when it aborts (the thread is then ended too).
   */
  run<Name extends keyof Tasks & string>(
    task: Name,
    input: Parameters<Tasks[Name]>[0],
    signal?: AbortSignal,
  ): Promise<Awaited<ReturnType<Tasks[Name]>>>;
  /** Starts every thread now and waits until they are ready (else they start on first use). */
  start(): Promise<void>;
  /** Fails waiting and running tasks with ThreadTaskError 'closed' and ends every thread. */
  close(): Promise<void>;
}

interface Pending {
  task: string;
  input: unknown;
  signal: AbortSignal | undefined;
  resolve(output: unknown): void;
  reject(error: unknown): void;
}

interface Running extends Pending {
  id: number;
  timer: NodeJS.Timeout;
  stopWatchingSignal(): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
  running?: Running;
  /** Set when we ended the thread ourselves, so its exit is expected. */
  retired: boolean;
  lastError?: Error;
}

/**
 * A small pool of worker threads for CPU-bound work (page parsing, offline engines), so a
 * hostile page costs one thread at most `taskTimeoutMs` and never the event loop that renews
 * BullMQ locks and answers chat platforms. Synchronous code cannot be interrupted, so a task
 * past its limit is stopped with worker.terminate() and a fresh thread takes its place.
 */
export function createThreadPool<Tasks extends TaskTable>(
  options: ThreadPoolOptions,
): ThreadPool<Tasks> {
  const slots = new Set<Slot>();
  const waiting: Pending[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = startThread(options.entry, {
      settings: options.settings,
      resourceLimits: {
        ...(options.heapLimitMb === undefined
          ? {}
          : { maxOldGenerationSizeMb: options.heapLimitMb }),
        ...(options.youngGenerationMb === undefined
          ? {}
          : { maxYoungGenerationSizeMb: options.youngGenerationMb }),
      },
    });
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => undefined);
    const slot: Slot = { worker, ready, isReady: false, retired: false };
    slots.add(slot);
    worker.on('message', (message: ThreadMessage) => {
      if (message.type === 'ready') {
        slot.isReady = true;
        // An idle thread must not keep a process alive; assign() refs it while it works.
        worker.unref();
        markReady();
        dispatch();
      } else if (message.type === 'log') {
        options.logger[message.level](
          { ...message.fields, threadId: worker.threadId },
          message.message,
        );
      } else if (message.type === 'done') {
        finish(slot, message.id, (running) => running.resolve(message.output));
      } else {
        const error = deserializeError(message.error);
        finish(slot, message.id, (running) => running.reject(error));
      }
    });
    worker.on('error', (error: Error) => {
      slot.lastError = error;
    });
    worker.on('exit', (exitCode: number) => {
      slots.delete(slot);
      if (slot.retired) return;
      const cause = slot.lastError;
      if (!slot.isReady) {
        const error = new ThreadTaskError(
          'start-failed',
          'start',
          `worker thread exited with code ${exitCode} before it was ready: ${cause?.message ?? 'no error'}`,
          cause,
        );
        markFailed(error);
        options.logger.error({ err: error, exitCode }, 'worker thread failed to start');
        // No respawn loop: the next run() starts a thread again. Waiting tasks fail unless
        // another thread is up to take them.
        if (![...slots].some((other) => other.isReady))
          for (const pending of waiting.splice(0)) pending.reject(error);
        return;
      }
      const running = slot.running;
      if (running !== undefined) {
        stopRunning(running);
        const outOfMemory =
          (cause as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        const error = new ThreadTaskError(
          outOfMemory ? 'out-of-memory' : 'crashed',
          running.task,
          outOfMemory
            ? `worker thread ran out of memory (limit ${options.heapLimitMb} MB) running ${running.task}`
            : `worker thread exited with code ${exitCode} while running ${running.task}: ${cause?.message ?? 'no error'}`,
          cause,
        );
        options.logger.error({ err: error, task: running.task, exitCode }, 'worker thread died');
        running.reject(error);
      }
      if (!closed) spawn();
      dispatch();
    });
    return slot;
  }

  function stopRunning(running: Running): void {
    clearTimeout(running.timer);
    running.stopWatchingSignal();
  }

  /** Ends a thread on purpose (timeout, abort, close) and, unless closing, starts its successor. */
  function retire(slot: Slot): void {
    slot.retired = true;
    slots.delete(slot);
    if (slot.running !== undefined) stopRunning(slot.running);
    slot.running = undefined;
    void slot.worker.terminate();
    if (!closed) spawn();
  }

  function finish(slot: Slot, id: number, settle: (running: Running) => void): void {
    const running = slot.running;
    if (running === undefined || running.id !== id) return;
    stopRunning(running);
    slot.running = undefined;
    slot.worker.unref();
    settle(running);
    dispatch();
  }

  function assign(slot: Slot, pending: Pending): void {
    const id = nextId++;
    const onAbort = () => {
      if (slot.running?.id !== id) return;
      retire(slot);
      pending.reject(pending.signal?.reason);
      dispatch();
    };
    const timer = setTimeout(() => {
      if (slot.running?.id !== id) return;
      options.logger.warn(
        { task: pending.task, limitMs: options.taskTimeoutMs, threadId: slot.worker.threadId },
        'worker thread task ran past its time limit; ending the thread',
      );
      retire(slot);
      pending.reject(
        new ThreadTaskError(
          'timeout',
          pending.task,
          `${pending.task} ran past its ${options.taskTimeoutMs} ms limit`,
        ),
      );
      dispatch();
    }, options.taskTimeoutMs);
    pending.signal?.addEventListener('abort', onAbort, { once: true });
    slot.running = {
      ...pending,
      id,
      timer,
      stopWatchingSignal: () => pending.signal?.removeEventListener('abort', onAbort),
    };
    slot.worker.ref();
    try {
      slot.worker.postMessage({ type: 'run', id, task: pending.task, input: pending.input });
    } catch (error) {
      // An input structured clone cannot copy: the thread never saw it, so it stays usable.
      finish(slot, id, (running) => running.reject(error));
    }
  }

  function dispatch(): void {
    while (waiting.length > 0) {
      const idle = [...slots].find((slot) => slot.isReady && slot.running === undefined);
      if (idle === undefined) break;
      const pending = waiting.shift();
      if (pending !== undefined) assign(idle, pending);
    }
    if (!closed && waiting.length > 0 && slots.size < options.size) spawn();
  }

  return {
    run(task, input, signal) {
      return new Promise((resolve, reject) => {
        if (closed) {
          reject(new ThreadTaskError('closed', task, 'the worker thread pool is closed'));
          return;
        }
        if (signal?.aborted === true) {
          reject(signal.reason);
          return;
        }
        const pending: Pending = {
          task,
          input,
          signal,
          resolve: resolve as (output: unknown) => void,
          reject,
        };
        waiting.push(pending);
        // A task aborted while it waits leaves the queue; a running one is handled in assign().
        signal?.addEventListener(
          'abort',
          () => {
            const index = waiting.indexOf(pending);
            if (index === -1) return;
            waiting.splice(index, 1);
            reject(signal.reason);
          },
          { once: true },
        );
        dispatch();
      });
    },
    async start() {
      while (!closed && slots.size < options.size) spawn();
      await Promise.all([...slots].map((slot) => slot.ready));
    },
    async close() {
      closed = true;
      for (const pending of waiting.splice(0))
        pending.reject(
          new ThreadTaskError('closed', pending.task, 'the worker thread pool closed'),
        );
      const ending = [...slots].map((slot) => {
        const running = slot.running;
        slot.retired = true;
        if (running !== undefined) {
          stopRunning(running);
          running.reject(
            new ThreadTaskError('closed', running.task, 'the worker thread pool closed'),
          );
        }
        slot.running = undefined;
        return slot.worker.terminate();
      });
      slots.clear();
      await Promise.all(ending);
    },
  };
}
