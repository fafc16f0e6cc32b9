import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import { initialFeedState } from '../../../src/core/model/feed.ts';
import { recordFeedFailure } from '../../../src/core/pipeline/feeds/record-feed-failure.ts';
import { recordFeedSuccess } from '../../../src/core/pipeline/feeds/record-feed-success.ts';
import {
  buildFeedUnhealthyNotice,
  feedUnhealthyDeliveryId,
} from '../../../src/core/pipeline/digests/build-feed-health-notices.ts';

const url = 'https://news.example/feed.xml';
const notFound = new AppError({
  code: 'fetch-http-error',
  userMessage: 'The feed was not found (HTTP 404).',
});

function failTimes(times: number, start = initialFeedState(url)) {
  let state = start;
  for (let index = 0; index < times; index += 1) {
    state = recordFeedFailure(state, notFound, new Date(Date.UTC(2024, 10, 28, index))).nextState;
  }
  return state;
}

describe('the unhealthy-feed notice', () => {
  it('says which feed, how often, why, and how to stop it', () => {
    const message = buildFeedUnhealthyNotice(failTimes(3));
    expect(message.fallbackText).toBe(
      `The feed ${url} has failed 3 times in a row: the feed was not found (HTTP 404). ` +
        `I'll keep trying; /news unsubscribe ${url} stops it.`,
    );
    expect(message.blocks).toEqual([{ type: 'paragraph', text: `⚠️ ${message.fallbackText}` }]);
  });

  it('keeps one delivery id for a whole failure streak and a new one after the feed recovers', () => {
    const third = failTimes(3);
    const fifth = failTimes(2, third);
    expect(feedUnhealthyDeliveryId('sub-a', third)).toBe(feedUnhealthyDeliveryId('sub-a', fifth));
    expect(feedUnhealthyDeliveryId('sub-b', third)).not.toBe(
      feedUnhealthyDeliveryId('sub-a', third),
    );
    const recovered = recordFeedSuccess(fifth, new Date('2024-12-01T00:00:00Z')).nextState;
    expect(feedUnhealthyDeliveryId('sub-a', failTimes(3, recovered))).not.toBe(
      feedUnhealthyDeliveryId('sub-a', third),
    );
    expect(feedUnhealthyDeliveryId('sub-a', third)).toMatch(/^feed-unhealthy-[0-9a-f]{24}$/);
  });
});
