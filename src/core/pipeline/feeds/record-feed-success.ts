import { failureStreakOf, type FeedState } from '../../model/feed.ts';

/** Validators from the response that succeeded; absent ones keep their stored values. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export interface FeedSuccessOutcome {
  nextState: FeedState;
  /** True when an unhealthy feed works again: the channel can be told it is back. */
  recovered: boolean;
}

/**
 * Counts one good read (a 304 Not Modified is one too): the failure streak resets, the feed
 * is healthy again, and the new validators are kept for the next conditional GET.
 */
export function recordFeedSuccess(
  state: FeedState,
  now: Date,
  validators: FeedValidators = {},
): FeedSuccessOutcome {
  const etag = validators.etag ?? state.etag;
  const lastModified = validators.lastModified ?? state.lastModified;
  const nextState: FeedState = {
    ...state,
    ...(etag === undefined ? {} : { etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
    consecutiveFailures: 0,
    healthy: true,
    lastSuccessAt: now.toISOString(),
  };
  delete nextState.lastError;
  const recovered = !state.healthy;
  if (recovered)
    nextState.recoveredFrom = { streak: failureStreakOf(state), at: now.toISOString() };
  return { nextState, recovered };
}
