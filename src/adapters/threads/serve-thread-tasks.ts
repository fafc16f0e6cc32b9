import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../../core/ports/logger.ts';
import {
  serializeError,
  type LogLevel,
  type RunMessage,
  type ThreadMessage,
} from './thread-messages.ts';

/** Task functions by name; each takes one structured-cloneable input. */
export type TaskTable = Record<string, (input: never) => unknown>;

/** A thread's settings and the parent's port, as the pool started it. */
export interface ThreadContext {
  settings: unknown;
  logger: Logger;
}

/**
 * The thread side of the pool: builds the task table, says "ready", then runs each task it is
 * sent and posts back its output or its error. Log lines go to the parent, which writes them
 * through the service logger, so a thread never prints on its own.
 */
export async function serveThreadTasks(
  createTasks: (context: ThreadContext) => TaskTable | Promise<TaskTable>,
): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('serveThreadTasks runs only inside a worker thread');
  const send = (message: ThreadMessage) => port.postMessage(message);
  const logger = forwardingLogger(send, {});
  const settings = (workerData as { settings?: unknown } | null)?.settings;
  const tasks = await createTasks({ settings, logger });
  port.on('message', (message: RunMessage) => {
    void runTask(tasks, message, send);
  });
  send({ type: 'ready' });
}

async function runTask(
  tasks: TaskTable,
  message: RunMessage,
  send: (message: ThreadMessage) => void,
): Promise<void> {
  const { id, task } = message;
  try {
    const run = tasks[task] as ((input: unknown) => unknown) | undefined;
    if (run === undefined) throw new Error(`no task named ${task} in this thread`);
    send({ type: 'done', id, output: await run(message.input) });
  } catch (error) {
    const serialized = serializeError(error);
    try {
      send({ type: 'failed', id, error: serialized });
    } catch {
      // Details that cannot be cloned (a function, a socket) must not lose the error itself.
      const { app } = serialized;
      send({
        type: 'failed',
        id,
        error: { ...serialized, ...(app === undefined ? {} : { app: { ...app, details: {} } }) },
      });
    }
  }
}

function forwardingLogger(
  send: (message: ThreadMessage) => void,
  bound: Record<string, unknown>,
): Logger {
  const at =
    (level: LogLevel) =>
    (fields: Record<string, unknown>, message: string): void => {
      try {
        send({ type: 'log', level, fields: { ...bound, ...fields }, message });
      } catch {
        send({ type: 'log', level, fields: { ...bound, unclonableFields: true }, message });
      }
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => forwardingLogger(send, { ...bound, ...fields }),
  };
}
