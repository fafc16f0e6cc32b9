import { APIConnectionError, APIError } from 'openai';

/** Whether another attempt can help: rate limits, server errors, timeouts, dropped connections. */
export function isRetryableFailure(error: unknown, timedOut: boolean): boolean {
  if (timedOut) return true;
  if (error instanceof APIConnectionError) return true; // includes the SDK's own timeout
  if (error instanceof APIError && typeof error.status === 'number') {
    return (
      error.status === 408 ||
      error.status === 409 ||
      error.status === 429 ||
      (error.status >= 500 && error.status !== 501)
    );
  }
  return false;
}

/**
 * The server's requested wait in ms, from `retry-after-ms` (OpenAI's) or `retry-after`
 * (seconds or an HTTP date); undefined when the response says nothing usable.
 */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof APIError) || error.headers === undefined) return undefined;
  const milliseconds = Number.parseFloat(error.headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const header = error.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number.parseFloat(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Exponential backoff with jitter (50–100 % of the step) so many workers do not retry in step. */
export function backoffMs(attempt: number, baseDelayMs: number, maxDelayMs = 8_000): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + Math.random() * (step / 2));
}

/** Waits, but wakes up (rejecting with the abort reason) as soon as the signal aborts. */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
