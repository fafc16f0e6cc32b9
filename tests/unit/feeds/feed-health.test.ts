import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import type { FeedState } from '../../../src/core/model/feed.ts';
import { initialFeedState } from '../../../src/core/model/feed.ts';
import { recordFeedFailure } from '../../../src/core/pipeline/feeds/record-feed-failure.ts';
import { recordFeedSuccess } from '../../../src/core/pipeline/feeds/record-feed-success.ts';

const notFound = new AppError({
  code: 'fetch-http-error',
  userMessage: 'The feed answered with HTTP 404 (not found).',
});
const at = (minute: number) => new Date(Date.UTC(2024, 10, 28, 12, minute));

describe('feed health', () => {
  it('turns unhealthy on the third failure in a row, and says so exactly once', () => {
    let state: FeedState = initialFeedState('https://feeds.example/rss');
    const flips: boolean[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const outcome = recordFeedFailure(state, notFound, at(attempt));
      flips.push(outcome.becameUnhealthy);
      state = outcome.nextState;
    }
    expect(flips).toEqual([false, false, true, false, false]);
    expect(state.healthy).toBe(false);
    expect(state.consecutiveFailures).toBe(5);
    expect(state.lastError).toEqual({
      code: 'fetch-http-error',
      message: 'The feed answered with HTTP 404 (not found).',
      at: '2024-11-28T12:05:00.000Z',
    });
  });

  it('honours unhealthyAfter and describes unknown errors without leaking them', () => {
    const outcome = recordFeedFailure(
      initialFeedState('https://feeds.example/rss'),
      new Error('ECONNRESET at 10.0.0.7'),
      at(0),
      { unhealthyAfter: 1 },
    );
    expect(outcome.becameUnhealthy).toBe(true);
    expect(outcome.nextState.lastError?.code).toBe('internal');
    expect(outcome.nextState.lastError?.message).not.toContain('10.0.0.7');
  });

  it('a success resets the streak, reports recovery, and keeps validators', () => {
    let state: FeedState = { ...initialFeedState('https://feeds.example/rss'), etag: '"v1"' };
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      state = recordFeedFailure(state, notFound, at(attempt)).nextState;
    }
    const success = recordFeedSuccess(state, at(10), {
      lastModified: 'Thu, 28 Nov 2024 12:10:00 GMT',
    });
    expect(success.recovered).toBe(true);
    expect(success.nextState).toEqual({
      url: 'https://feeds.example/rss',
      etag: '"v1"',
      lastModified: 'Thu, 28 Nov 2024 12:10:00 GMT',
      seenItemKeys: [],
      consecutiveFailures: 0,
      healthy: true,
      lastSuccessAt: '2024-11-28T12:10:00.000Z',
      // The streak that ended had no success before it: a new feed that failed from the start.
      recoveredFrom: { streak: 'never', at: '2024-11-28T12:10:00.000Z' },
    });
    expect(recordFeedSuccess(success.nextState, at(11)).recovered).toBe(false);
  });

  it('two failures, a success, then two failures never turns unhealthy', () => {
    let state: FeedState = initialFeedState('https://feeds.example/rss');
    state = recordFeedFailure(state, notFound, at(1)).nextState;
    state = recordFeedFailure(state, notFound, at(2)).nextState;
    state = recordFeedSuccess(state, at(3)).nextState;
    state = recordFeedFailure(state, notFound, at(4)).nextState;
    const outcome = recordFeedFailure(state, notFound, at(5));
    expect(outcome.becameUnhealthy).toBe(false);
    expect(outcome.nextState.healthy).toBe(true);
  });
});
