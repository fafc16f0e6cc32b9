import type { ArticleBriefJob, MessageDeliverJob } from '../../model/jobs.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { StepWrites } from '../../ports/step-writes.ts';
import type {
  ArticleStore,
  BriefStore,
  DeliveryLog,
  OutboxStore,
  PostedMessageStore,
} from '../../ports/stores.ts';

export interface SequentialStepWritesDependencies {
  articles?: ArticleStore;
  briefStore?: BriefStore;
  outbox?: OutboxStore;
  deliveryLog?: DeliveryLog;
  postedMessages?: PostedMessageStore;
  briefQueue?: JobQueue<ArticleBriefJob>;
  deliverQueue?: JobQueue<MessageDeliverJob>;
}

/**
 * StepWrites as one store call after another: the twin for memory stores and tests. It keeps
 * the order the batched version commits in (data before the job that reads it), so a crash
 * part-way leaves at worst data nobody reads, never a job whose data is missing.
 */
export function createSequentialStepWrites(
  dependencies: SequentialStepWritesDependencies,
): StepWrites {
  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`step writes need ${name}`);
    return value;
  };
  return {
    async storeArticleAndQueueBrief(article, job, options) {
      await need(dependencies.articles, 'articles').put(article);
      await need(dependencies.briefQueue, 'briefQueue').enqueue(job, options);
    },
    async queueDelivery({ cachedBrief, message, job }) {
      if (cachedBrief !== undefined)
        await dependencies.briefStore?.put(cachedBrief.cacheKey, cachedBrief.brief);
      await need(dependencies.outbox, 'outbox').put(job.deliveryId, message);
      await need(dependencies.deliverQueue, 'deliverQueue').enqueue(job, {
        jobId: job.deliveryId,
      });
    },
    async readDelivery(deliveryId) {
      const earlier = await need(dependencies.deliveryLog, 'deliveryLog').get(deliveryId);
      const message =
        earlier === undefined
          ? await need(dependencies.outbox, 'outbox').get(deliveryId)
          : undefined;
      return { earlier, message };
    },
    async recordPost({ deliveryId, record, adoptedRoot }) {
      const deliveryLog = need(dependencies.deliveryLog, 'deliveryLog');
      const postedMessages = need(dependencies.postedMessages, 'postedMessages');
      const first = (await deliveryLog.get(deliveryId)) === undefined;
      await deliveryLog.record(deliveryId, record.ref);
      await postedMessages.put(record);
      if (
        adoptedRoot !== undefined &&
        (await postedMessages.get(adoptedRoot.ref.target, adoptedRoot.ref.messageId)) === undefined
      )
        await postedMessages.put(adoptedRoot);
      return { first };
    },
  };
}
