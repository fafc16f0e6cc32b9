import { isAppError } from '../../errors.ts';
import type { FeedError, FeedState } from '../../model/feed.ts';

export interface RecordFeedFailureOptions {
  /** Consecutive failures after which the feed counts as unhealthy. Default 3. */
  unhealthyAfter?: number;
}

export interface FeedFailureOutcome {
  nextState: FeedState;
  /** True only on the failure that flipped the feed to unhealthy: report it to the channel once. */
  becameUnhealthy: boolean;
}

function describeError(error: unknown, now: Date): FeedError {
  if (isAppError(error)) {
    return { code: error.code, message: error.userMessage, at: now.toISOString() };
  }
  return {
    code: 'internal',
    message: 'The feed could not be read because of an error on our side.',
    at: now.toISOString(),
  };
}

/**
 * Counts one failed read. One bad read is often a blip (a deploy, a 502), so a feed turns
 * unhealthy only after `unhealthyAfter` failures in a row; it is never dropped silently.
 */
export function recordFeedFailure(
  state: FeedState,
  error: unknown,
  now: Date,
  options: RecordFeedFailureOptions = {},
): FeedFailureOutcome {
  const unhealthyAfter = Math.max(1, options.unhealthyAfter ?? 3);
  const consecutiveFailures = state.consecutiveFailures + 1;
  const healthy = state.healthy && consecutiveFailures < unhealthyAfter;
  return {
    nextState: {
      ...state,
      consecutiveFailures,
      lastError: describeError(error, now),
      healthy,
    },
    becameUnhealthy: state.healthy && !healthy,
  };
}
