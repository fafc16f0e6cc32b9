import { WebClient } from '@slack/web-api';
import type { Logger } from '../../../core/ports/logger.ts';
import { toSlackLogger } from './to-slack-logger.ts';

export interface SlackWebClientOptions {
  apiUrl: string;
  logger: Logger;
  /** Per-request time cap. Default 10 s: a hung Slack call must not hold a deliver job's lock. */
  timeoutMs?: number;
}

/**
 * The Web API client settings every part of the adapter shares. No built-in retries (the
 * default retries for about 30 minutes inside one job): a 429 fails at once as a
 * WebAPIRateLimitedError and the BullMQ deliver queue retries with backoff.
 */
export function slackWebClientOptions(options: SlackWebClientOptions) {
  return {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
    logger: toSlackLogger(options.logger),
  };
}

/** A token-less WebClient; callers pass the workspace's token with each call. */
export function createSlackWebClient(options: SlackWebClientOptions): WebClient {
  return new WebClient(undefined, slackWebClientOptions(options));
}
