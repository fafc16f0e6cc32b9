import { AppError, errorCodes, type ErrorCode } from '../../core/errors.ts';

/** Parent → thread: run one task. A thread runs one task at a time. */
export interface RunMessage {
  type: 'run';
  id: number;
  task: string;
  input: unknown;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Thread → parent. */
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; output: unknown }
  | { type: 'failed'; id: number; error: SerializedError }
  | { type: 'log'; level: LogLevel; fields: Record<string, unknown>; message: string };

/**
 * An error as it crosses the thread boundary. Structured clone keeps an Error's message but not
 * its class, so an AppError's code, sentence and retryability travel as fields.
 */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  app?: {
    code: string;
    userMessage: string;
    retryable: boolean;
    details: Record<string, unknown>;
  };
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const base = {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
  };
  if (!(error instanceof AppError)) return base;
  return {
    ...base,
    app: {
      code: error.code,
      userMessage: error.userMessage,
      retryable: error.retryable,
      details: error.details,
    },
  };
}

function isErrorCode(code: string): code is ErrorCode {
  return (errorCodes as readonly string[]).includes(code);
}

/** The error the task threw, rebuilt on the parent's side (an AppError stays an AppError). */
export function deserializeError(serialized: SerializedError): Error {
  const { app } = serialized;
  const error =
    app === undefined
      ? new Error(serialized.message)
      : new AppError({
          code: isErrorCode(app.code) ? app.code : 'internal',
          userMessage: app.userMessage,
          retryable: app.retryable,
          details: app.details,
        });
  if (app === undefined) error.name = serialized.name;
  if (serialized.stack !== undefined) error.stack = serialized.stack;
  return error;
}
