import type { ChatTarget } from '../../model/chat-message.ts';
import type { FeedState } from '../../model/feed.ts';
import type { MessageDeliverJob } from '../../model/jobs.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { DeliveryLog, OutboxStore } from '../../ports/stores.ts';
import {
  buildFeedUnhealthyNotice,
  feedUnhealthyDeliveryId,
} from './build-feed-unhealthy-notice.ts';

export interface NotifyUnhealthyFeedDependencies {
  outbox: OutboxStore;
  deliverQueue: JobQueue<MessageDeliverJob>;
  deliveryLog: DeliveryLog;
}

/**
 * Tells a channel once that a feed it follows is unhealthy. Feed state is shared by every
 * channel following the feed, so "it just flipped" would tell only the channel whose job saw
 * the flip; instead every digest of every channel checks the delivery log for this streak's
 * notice and sends it when missing. Returns the delivery id when a notice was handed over.
 */
export async function notifyUnhealthyFeed(
  dependencies: NotifyUnhealthyFeedDependencies,
  subscriptionId: string,
  target: ChatTarget,
  state: FeedState,
): Promise<string | undefined> {
  if (state.healthy) return undefined;
  const deliveryId = feedUnhealthyDeliveryId(subscriptionId, state);
  if ((await dependencies.deliveryLog.get(deliveryId)) !== undefined) return undefined;
  await dependencies.outbox.put(deliveryId, buildFeedUnhealthyNotice(state));
  // The job id dedupes a notice still waiting in the queue; the log dedupes one already posted.
  await dependencies.deliverQueue.enqueue(
    { deliveryId, target, content: { kind: 'notice', articleIds: [] }, effects: [] },
    { jobId: deliveryId },
  );
  return deliveryId;
}
