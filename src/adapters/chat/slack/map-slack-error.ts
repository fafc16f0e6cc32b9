import { AppError } from '../../../core/errors.ts';

/** Slack error strings meaning the channel or the install is gone: retrying cannot help. */
const channelGoneErrors = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'token_revoked',
  'invalid_auth',
  'team_access_not_granted',
  'restricted_action',
]);

/** Slack-side failures a later attempt can get past. */
const transientErrors = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/**
 * Turns a @slack/web-api failure into an AppError the deliver queue understands: 429s, 5xx
 * and network failures are retryable (BullMQ backs off), a channel or install that is gone is
 * `channel-unavailable`, anything else (invalid_blocks, missing_scope …) is a bug: `internal`.
 */
export function mapSlackError(error: unknown, method: string): AppError {
  if (error instanceof AppError) return error;
  const shape = readErrorShape(error);
  const details = { method, slackCode: shape.code, slackError: shape.slackError };
  if (shape.code === 'slack_webapi_rate_limited_error' || shape.slackError === 'ratelimited') {
    return new AppError({
      code: 'rate-limited',
      userMessage: 'Slack asked us to slow down; the message will be posted shortly.',
      retryable: true,
      cause: error,
      details: { ...details, retryAfterSeconds: shape.retryAfter },
    });
  }
  if (shape.code === 'slack_webapi_http_error' && (shape.statusCode ?? 0) >= 500) {
    return new AppError({
      code: 'rate-limited',
      userMessage: 'Slack is having trouble; the message will be posted when it recovers.',
      retryable: true,
      cause: error,
      details: { ...details, statusCode: shape.statusCode },
    });
  }
  if (shape.slackError !== undefined && transientErrors.has(shape.slackError)) {
    return new AppError({
      code: 'rate-limited',
      userMessage: 'Slack is having trouble; the message will be posted when it recovers.',
      retryable: true,
      cause: error,
      details,
    });
  }
  if (shape.slackError !== undefined && channelGoneErrors.has(shape.slackError)) {
    return new AppError({
      code: 'channel-unavailable',
      userMessage: 'The channel no longer exists or newsbrief was removed from it.',
      cause: error,
      details,
    });
  }
  if (shape.code === 'slack_webapi_request_error') {
    return new AppError({
      code: 'internal',
      userMessage: 'newsbrief could not reach Slack; it will try again.',
      retryable: true,
      cause: error,
      details,
    });
  }
  return new AppError({
    code: 'internal',
    userMessage: 'Slack refused the message; the details are in the logs.',
    cause: error,
    details,
  });
}

interface ErrorShape {
  code?: string;
  slackError?: string;
  statusCode?: number;
  retryAfter?: number;
}

/** Reads the fields @slack/web-api's error classes carry, without depending on their classes. */
function readErrorShape(error: unknown): ErrorShape {
  if (typeof error !== 'object' || error === null) return {};
  const record = error as Record<string, unknown>;
  const data = record['data'];
  const slackError =
    typeof data === 'object' &&
    data !== null &&
    typeof (data as Record<string, unknown>)['error'] === 'string'
      ? ((data as Record<string, unknown>)['error'] as string)
      : undefined;
  return {
    ...(typeof record['code'] === 'string' ? { code: record['code'] } : {}),
    ...(slackError === undefined ? {} : { slackError }),
    ...(typeof record['statusCode'] === 'number' ? { statusCode: record['statusCode'] } : {}),
    ...(typeof record['retryAfter'] === 'number' ? { retryAfter: record['retryAfter'] } : {}),
  };
}

/** The Slack error string of a failed call (`not_in_channel` …), if it was a platform error. */
export function slackErrorCode(error: unknown): string | undefined {
  return readErrorShape(error).slackError;
}
