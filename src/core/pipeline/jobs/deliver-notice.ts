import type { ChatMessage, ChatTarget, PostedMessageRef } from '../../model/chat-message.ts';
import type { MessageDeliverJob } from '../../model/jobs.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { OutboxStore } from '../../ports/stores.ts';

export interface DeliverNoticeDependencies {
  outbox: OutboxStore;
  deliverQueue: JobQueue<MessageDeliverJob>;
}

/**
 * Hands a notice (a refusal, a failure, a subscribe outcome) to the deliver step: it replaces
 * the progress message when there is one, so no "Reading…" is left behind, and posts in the
 * channel or thread otherwise. The delivery id makes a retried job post it once.
 */
export async function deliverNotice(
  dependencies: DeliverNoticeDependencies,
  notice: {
    deliveryId: string;
    target: ChatTarget;
    message: ChatMessage;
    replace?: PostedMessageRef | undefined;
  },
): Promise<void> {
  await dependencies.outbox.put(notice.deliveryId, notice.message);
  await dependencies.deliverQueue.enqueue(
    {
      deliveryId: notice.deliveryId,
      target: notice.target,
      ...(notice.replace === undefined ? {} : { replace: notice.replace }),
      content: { kind: 'notice', articleIds: [] },
      effects: [],
    },
    { jobId: notice.deliveryId },
  );
}
