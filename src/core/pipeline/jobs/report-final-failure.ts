import type { ChatTarget, PostedMessageRef } from '../../model/chat-message.ts';
import type { MessageDeliverJob } from '../../model/jobs.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { Logger } from '../../ports/logger.ts';
import type { OutboxStore, SubscriptionStore } from '../../ports/stores.ts';
import { isAppError } from '../../errors.ts';
import { subscriptionIdFor } from '../../model/subscription.ts';
import { buildFailureNotice } from './build-failure-notice.ts';
import { deliverNotice } from './deliver-notice.ts';

export interface ReportFinalFailureDependencies {
  outbox: OutboxStore;
  deliverQueue: JobQueue<MessageDeliverJob>;
  logger: Logger;
}

/**
 * Tells the person who asked that their request failed for good, in one sentence, replacing
 * the progress message. The job stays in the failed set for inspection; the detail is in the logs.
 */
export async function reportFinalFailure(
  dependencies: ReportFinalFailureDependencies,
  failed: { requestId: string; target: ChatTarget; progress?: PostedMessageRef; what: string },
  error: unknown,
): Promise<void> {
  await deliverNotice(dependencies, {
    deliveryId: `failed-${failed.requestId}`,
    target: failed.target,
    message: buildFailureNotice(error, failed.what),
    replace: failed.progress,
  });
}

/**
 * A post that failed for good because the channel is gone (deleted, bot removed) disables that
 * channel's subscription with the reason, so its schedule stops posting into the void.
 */
export async function disableSubscriptionIfChannelGone(
  dependencies: { subscriptions: SubscriptionStore; logger: Logger },
  job: MessageDeliverJob,
  error: unknown,
): Promise<boolean> {
  if (!isAppError(error) || error.code !== 'channel-unavailable') return false;
  // A thread that was deleted, archived or locked is not the channel: its digests go on.
  if (job.target.threadId !== undefined) return false;
  const subscription = await dependencies.subscriptions.get(subscriptionIdFor(job.target));
  if (subscription === undefined) return false;
  await dependencies.subscriptions.put({
    ...subscription,
    enabled: false,
    disabledReason: error.userMessage,
  });
  dependencies.logger.warn(
    { subscriptionId: subscription.id, reason: error.userMessage },
    'subscription disabled: channel unavailable',
  );
  return true;
}
