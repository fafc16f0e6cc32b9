import type { ChatPlatform } from '../model/chat-message.ts';
import type { Subscription } from '../model/subscription.ts';
import type { DigestScheduler } from '../ports/digest-scheduler.ts';
import type { SubscriptionStore } from '../ports/stores.ts';
import { describeSubscription, type SubscriptionDescription } from './describe-subscription.ts';

/** One channel's subscription as an overview lists it. */
export interface ChannelSubscription extends SubscriptionDescription {
  subscriptionId: string;
  channelId: string;
  feedUrls: string[];
}

/**
 * Every channel of one workspace that follows feeds, with its schedule and status in words:
 * what the Slack App Home lists. Channels keep the store's order (oldest subscription first),
 * so the list does not reshuffle when a digest is sent.
 */
export async function listWorkspaceSubscriptions(
  dependencies: {
    subscriptions: SubscriptionStore;
    scheduler: Pick<DigestScheduler, 'nextRunAt'>;
  },
  workspace: { platform: ChatPlatform; workspaceId: string },
  now: Date,
): Promise<ChannelSubscription[]> {
  const all = await dependencies.subscriptions.list();
  const listed = all.filter((subscription) => inWorkspace(subscription, workspace));
  return Promise.all(
    listed.map(async (subscription) => ({
      subscriptionId: subscription.id,
      channelId: subscription.target.channelId,
      feedUrls: [...subscription.feedUrls],
      ...describeSubscription(
        subscription,
        now,
        subscription.enabled ? await dependencies.scheduler.nextRunAt(subscription.id) : undefined,
      ),
    })),
  );
}

function inWorkspace(
  subscription: Subscription,
  workspace: { platform: ChatPlatform; workspaceId: string },
): boolean {
  return (
    subscription.target.platform === workspace.platform &&
    subscription.target.workspaceId === workspace.workspaceId
  );
}
