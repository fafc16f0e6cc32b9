import type { AppError } from '../../../core/errors.ts';
import { isAppError } from '../../../core/errors.ts';
import type { FetchPurpose } from '../../../core/ports/page-fetcher.ts';
import {
  cancelledError,
  corruptBodyError,
  oversizedHeadersError,
  timeoutError,
  tooLargeError,
  unreachableError,
  unsupportedEncodingError,
} from './fetch-errors.ts';
import { BodyTooLargeError, UnsupportedEncodingError } from './read-body.ts';

export interface FetchErrorContext {
  url: string;
  purpose: FetchPurpose;
  maxBytes: number;
  /** The caller's signal: its abort means "cancelled", not "too slow". */
  callerSignal: AbortSignal | undefined;
  /** The fetcher's own overall deadline. */
  totalSignal: AbortSignal;
}

const timeoutStages: Readonly<Record<string, string>> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect',
  UND_ERR_HEADERS_TIMEOUT: 'headers',
  UND_ERR_BODY_TIMEOUT: 'body',
};

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Maps whatever a fetch attempt threw (undici, node:net, zlib, our own stream errors,
 * abort reasons) to one AppError, keeping the original as `cause` for the logs.
 * Aborts are judged by which signal fired, since undici rethrows the abort reason as is.
 */
export function classifyFetchError(error: unknown, context: FetchErrorContext): AppError {
  if (isAppError(error)) return error;
  const { url, purpose } = context;
  if (error instanceof BodyTooLargeError) {
    return tooLargeError(url, purpose, context.maxBytes, { decodedBytes: error.decodedBytes });
  }
  if (error instanceof UnsupportedEncodingError)
    return unsupportedEncodingError(url, error.contentEncoding);
  const code = errorCode(error);
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return tooLargeError(url, purpose, context.maxBytes, { stage: 'wire' });
  }
  if (code === 'UND_ERR_HEADERS_OVERFLOW') return oversizedHeadersError(url, error);
  if (context.callerSignal?.aborted === true) return cancelledError(url, error);
  if (context.totalSignal.aborted) return timeoutError(url, purpose, 'total', error);
  const stage = timeoutStages[code];
  if (stage !== undefined) return timeoutError(url, purpose, stage, error);
  if (
    code.startsWith('Z_') ||
    code.startsWith('ERR__') ||
    code === 'ERR_BROTLI_DECOMPRESSION_FAILED'
  ) {
    return corruptBodyError(url, error);
  }
  if (code === 'UND_ERR_SOCKET' && error instanceof Error && error.cause !== undefined) {
    return unreachableError(url, error.cause);
  }
  return unreachableError(url, error);
}

/** Rejects as soon as the signal aborts, for steps (DNS) that cannot be cancelled. */
export async function raceWithSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // A late rejection after the abort won the race must not surface as unhandled.
  work.catch(() => undefined);
  if (signal.aborted) throw signal.reason;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}
