import { REST } from 'discord.js';

export interface DiscordRestOptions {
  /** REST base without the version, e.g. https://discord.com/api (DISCORD_API_URL). */
  apiUrl: string;
  token: string;
  /**
   * Rate-limit waits up to this long happen inside REST; longer ones throw a RateLimitError
   * (mapped to a retryable AppError) so a deliver job gives its worker slot back and BullMQ
   * retries with backoff instead of a worker sleeping for minutes. Default 2 s.
   */
  maxRateLimitWaitMs?: number;
  /** Per-request time cap. Default 10 s, inside the deliver job's 30 s budget. */
  timeoutMs?: number;
}

/**
 * The REST client the worker posts with (no gateway needed). Retries are off: 5xx and
 * timeouts become retryable AppErrors and the deliver queue's backoff does the retrying, so
 * one place decides how often Discord is asked again.
 */
export function createDiscordRest(options: DiscordRestOptions): REST {
  const maxWait = options.maxRateLimitWaitMs ?? 2_000;
  return new REST({
    api: options.apiUrl,
    retries: 0,
    timeout: options.timeoutMs ?? 10_000,
    rejectOnRateLimit: (rateLimit) => rateLimit.retryAfter > maxWait,
  }).setToken(options.token);
}
