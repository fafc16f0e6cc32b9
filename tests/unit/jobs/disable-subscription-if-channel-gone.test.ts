import { describe, expect, it } from 'vitest';
import { createMemorySubscriptionStore } from '../../../src/adapters/store/memory/create-memory-subscription-store.ts';
import { AppError } from '../../../src/core/errors.ts';
import type { MessageDeliverJob } from '../../../src/core/model/jobs.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { disableSubscriptionIfChannelGone } from '../../../src/core/pipeline/jobs/report-final-failure.ts';
import { sampleSubscription } from '../../integration/stores/store-fixtures.ts';

const channelGone = new AppError({
  code: 'channel-unavailable',
  userMessage: 'The channel no longer exists or newsbrief lost access to it.',
});

function deliverJob(threadId?: string): MessageDeliverJob {
  return {
    deliveryId: 'deliver-1',
    target: {
      platform: 'discord',
      workspaceId: 'G42',
      channelId: 'C9',
      ...(threadId === undefined ? {} : { threadId }),
    },
    content: { kind: threadId === undefined ? 'digest' : 'answer', articleIds: [] },
    effects: [],
  };
}

describe('disableSubscriptionIfChannelGone', () => {
  it('stops the digests of a channel that is gone, with the reason', async () => {
    const subscriptions = createMemorySubscriptionStore();
    const subscription = sampleSubscription('C9', '2024-11-28T06:00:00.000Z');
    await subscriptions.put(subscription);
    const disabled = await disableSubscriptionIfChannelGone(
      { subscriptions, logger: silentLogger },
      deliverJob(),
      channelGone,
    );
    expect(disabled).toBe(true);
    expect(await subscriptions.get(subscription.id)).toMatchObject({
      enabled: false,
      disabledReason: channelGone.userMessage,
    });
  });

  it('keeps them when only a thread in the channel is gone or locked', async () => {
    const subscriptions = createMemorySubscriptionStore();
    const subscription = sampleSubscription('C9', '2024-11-28T06:00:00.000Z');
    await subscriptions.put(subscription);
    const disabled = await disableSubscriptionIfChannelGone(
      { subscriptions, logger: silentLogger },
      deliverJob('T-locked'),
      channelGone,
    );
    expect(disabled).toBe(false);
    expect(await subscriptions.get(subscription.id)).toMatchObject({ enabled: true });
  });
});
