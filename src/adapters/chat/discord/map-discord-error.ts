import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { AppError } from '../../../core/errors.ts';

/** Discord error codes meaning the channel is gone or closed to us: retrying cannot help. */
const channelGoneCodes = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
  RESTJSONErrorCodes.ThreadLocked,
]);

/**
 * Turns a @discordjs/rest failure into an AppError the deliver queue understands: rate limits
 * (429 beyond what REST waits out itself), 5xx and network failures are retryable; a deleted
 * channel or lost permission is `channel-unavailable`, which disables a subscription; anything
 * else (an invalid body …) is a bug: `internal`, not retried.
 */
export function mapDiscordError(error: unknown, route: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RateLimitError) {
    return new AppError({
      code: 'rate-limited',
      userMessage: 'Discord asked us to slow down; the message will be posted shortly.',
      retryable: true,
      cause: error,
      details: { route, retryAfterMs: error.retryAfter, global: error.global },
    });
  }
  if (error instanceof HTTPError || (error instanceof DiscordAPIError && error.status >= 500)) {
    return new AppError({
      code: 'rate-limited',
      userMessage: 'Discord is having trouble; the message will be posted when it recovers.',
      retryable: true,
      cause: error,
      details: { route, status: error.status },
    });
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : undefined;
    if (error.status === 429) {
      return new AppError({
        code: 'rate-limited',
        userMessage: 'Discord asked us to slow down; the message will be posted shortly.',
        retryable: true,
        cause: error,
        details: { route, discordCode: code },
      });
    }
    if (code !== undefined && channelGoneCodes.has(code)) {
      return new AppError({
        code: 'channel-unavailable',
        userMessage: 'The channel no longer exists or newsbrief lost access to it.',
        cause: error,
        details: { route, discordCode: code, status: error.status },
      });
    }
    return new AppError({
      code: 'internal',
      userMessage: 'Discord refused the message; the details are in the logs.',
      cause: error,
      details: { route, discordCode: code, status: error.status },
    });
  }
  // Timeouts (AbortError) and connection failures: Discord was not reached, try again later.
  return new AppError({
    code: 'internal',
    userMessage: 'newsbrief could not reach Discord; it will try again.',
    retryable: true,
    cause: error,
    details: { route },
  });
}

/** The Discord error code of a failure, when Discord sent one. */
export function discordErrorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number'
    ? error.code
    : undefined;
}
