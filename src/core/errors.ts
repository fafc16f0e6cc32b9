/**
 * Every failure a user can meet has a code, says whether a retry can help, and carries one
 * sentence that is safe to show in a chat message. The cause chain stays for the logs.
 */
export const errorCodes = [
  'input-missing',
  'input-empty',
  'input-binary',
  'input-too-large',
  'url-invalid',
  'url-blocked',
  'url-unreachable',
  'fetch-timeout',
  'fetch-http-error',
  'fetch-too-many-redirects',
  'content-type-unsupported',
  'not-an-article',
  'paywalled',
  /**
   * A DOM over the size or depth cap, or a page, feed or article whose reading ran past the
   * worker thread's time or memory limit: the same input would do the same again.
   */
  'page-too-complex',
  /** A text/html body with no element to read (plain text or nothing under an HTML label). */
  'no-article-text',
  'feed-invalid',
  'command-invalid',
  'llm-unavailable',
  'llm-invalid-output',
  'llm-refused',
  'config-invalid',
  'rate-limited',
  /** The workspace's daily model token budget has no room for this call. */
  'budget-spent',
  /** The channel was deleted or the bot lost access to it: retrying cannot help. */
  'channel-unavailable',
  /** REDIS_URL could not be reached at start; the service needs it to run. */
  'redis-unreachable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorOptions {
  code: ErrorCode;
  /** One plain sentence for the person who asked; never contains secrets or stack traces. */
  userMessage: string;
  /** Whether trying the same thing again later can succeed (network, 5xx, 429, timeouts). */
  retryable?: boolean;
  /** Detail for the logs only. */
  cause?: unknown;
  /** Extra structured detail for the logs. */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly retryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(options: AppErrorOptions) {
    super(options.userMessage, { cause: options.cause });
    this.name = 'AppError';
    this.code = options.code;
    this.userMessage = options.userMessage;
    this.retryable = options.retryable ?? false;
    this.details = options.details ?? {};
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** The sentence to show a user for any thrown value: AppErrors speak for themselves. */
export function userMessageOf(error: unknown): string {
  if (isAppError(error)) return error.userMessage;
  return 'Something went wrong on our side; the details are in the logs.';
}

/**
 * Not a failure: the job should run again at `until` (its place under the model-rate limit
 * comes later). The queue adapter parks it there without counting an attempt.
 */
export class WaitUntil extends Error {
  readonly until: Date;

  constructor(until: Date) {
    super(`waiting until ${until.toISOString()}`);
    this.name = 'WaitUntil';
    this.until = until;
  }
}

export function isWaitUntil(value: unknown): value is WaitUntil {
  return value instanceof WaitUntil;
}
