import type { ChatMessage, ChatTarget } from '../../model/chat-message.ts';
import type { FeedState } from '../../model/feed.ts';
import type { MessageDeliverJob } from '../../model/jobs.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { DeliveryLog, OutboxStore } from '../../ports/stores.ts';
import {
  buildFeedRecoveredNotice,
  buildFeedUnhealthyNotice,
  feedRecoveredDeliveryId,
  feedUnhealthyDeliveryId,
} from './build-feed-health-notices.ts';

export interface NotifyFeedHealthDependencies {
  outbox: OutboxStore;
  deliverQueue: JobQueue<MessageDeliverJob>;
  deliveryLog: DeliveryLog;
}

/**
 * Tells a channel once that a feed it follows is unhealthy, and once that it works again.
 * Feed state is shared by every channel following the feed, so "it just flipped" would tell
 * only the channel whose job saw the flip; instead every digest of every channel checks the
 * delivery log for this streak's notice and sends it when missing. "Works again" goes only to
 * a channel that was told of that streak. Returns the delivery id when a notice was handed over.
 */
export async function notifyFeedHealth(
  dependencies: NotifyFeedHealthDependencies,
  subscriptionId: string,
  target: ChatTarget,
  state: FeedState,
): Promise<string | undefined> {
  if (!state.healthy) {
    const deliveryId = feedUnhealthyDeliveryId(subscriptionId, state);
    if ((await dependencies.deliveryLog.get(deliveryId)) !== undefined) return undefined;
    return handOver(dependencies, target, deliveryId, buildFeedUnhealthyNotice(state));
  }
  if (state.recoveredFrom === undefined) return undefined;
  const { streak } = state.recoveredFrom;
  const toldOfStreak = feedUnhealthyDeliveryId(subscriptionId, {
    url: state.url,
    lastSuccessAt: streak === 'never' ? undefined : streak,
  });
  if ((await dependencies.deliveryLog.get(toldOfStreak)) === undefined) return undefined;
  const deliveryId = feedRecoveredDeliveryId(subscriptionId, state.url, streak);
  if ((await dependencies.deliveryLog.get(deliveryId)) !== undefined) return undefined;
  return handOver(dependencies, target, deliveryId, buildFeedRecoveredNotice(state.url));
}

async function handOver(
  dependencies: NotifyFeedHealthDependencies,
  target: ChatTarget,
  deliveryId: string,
  message: ChatMessage,
): Promise<string> {
  await dependencies.outbox.put(deliveryId, message);
  // The job id dedupes a notice still waiting in the queue; the log dedupes one already posted.
  await dependencies.deliverQueue.enqueue(
    { deliveryId, target, content: { kind: 'notice', articleIds: [] }, effects: [] },
    { jobId: deliveryId },
  );
  return deliveryId;
}
