import { Job, type Queue } from 'bullmq';
import type { ChainableCommander, Redis } from 'ioredis';
import { chatMessageSchema, postedMessageRefSchema } from '../../../core/model/chat-message.ts';
import {
  articleBriefJobSchema,
  messageDeliverJobSchema,
  type ArticleBriefJob,
  type MessageDeliverJob,
} from '../../../core/model/jobs.ts';
import type { EnqueueOptions } from '../../../core/ports/job-queue.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import type { StepWrites } from '../../../core/ports/step-writes.ts';
import { stageArticlePut } from '../../store/redis/create-redis-article-store.ts';
import { stageBriefPut } from '../../store/redis/create-redis-brief-store.ts';
import { deliveryKeyOf, stageDeliveryRecord } from '../../store/redis/create-redis-delivery-log.ts';
import { outboxKeyOf, stageOutboxPut } from '../../store/redis/create-redis-outbox-store.ts';
import { stagePostedMessagePut } from '../../store/redis/create-redis-posted-message-store.ts';
import { execTransaction, parseStoredJson } from '../../store/redis/redis-store-support.ts';

export interface RedisStepWritesOptions {
  briefQueue: Queue;
  deliverQueue: Queue;
  prefix: string;
  logger: Logger;
}

/**
 * StepWrites on Redis: each step's records and its next job in one MULTI on the queues'
 * connection. Store keys and BullMQ keys share the hash-tagged prefix ("{newsbrief}"), so the
 * whole transaction lives in one Cluster slot. BullMQ's own add script joins the MULTI the way
 * its flow producer adds a tree of jobs (Job.addJob on a transaction).
 */
export function createRedisStepWrites(options: RedisStepWritesOptions): StepWrites {
  const { briefQueue, deliverQueue, prefix, logger } = options;
  // The queue's own ioredis connection: BullMQ has loaded its scripts onto it.
  const client = async (): Promise<Redis> =>
    (await briefQueue.getBackend().client) as unknown as Redis;

  /** Adds a job to the transaction with the queue's default options, as Queue.add would. */
  const stageJob = async (
    transaction: ChainableCommander,
    queue: Queue,
    data: ArticleBriefJob | MessageDeliverJob,
    enqueue: EnqueueOptions,
  ) => {
    const job = new Job(
      queue,
      queue.name,
      data,
      {
        ...queue.defaultJobOptions,
        ...(enqueue.jobId === undefined ? {} : { jobId: enqueue.jobId }),
        ...(enqueue.priority === undefined ? {} : { priority: enqueue.priority }),
        ...(enqueue.delayMs === undefined ? {} : { delay: enqueue.delayMs }),
      },
      enqueue.jobId,
    );
    await job.addJob(transaction as never);
  };

  return {
    async storeArticleAndQueueBrief(article, job, enqueue) {
      // Validated before it enters Redis, as every enqueue is (create-bullmq-job-queue.ts).
      const data = articleBriefJobSchema.parse(job);
      const transaction = stageArticlePut((await client()).multi(), prefix, article);
      await stageJob(transaction, briefQueue, data, enqueue);
      await execTransaction(transaction);
    },
    async queueDelivery({ cachedBrief, message, job }) {
      const data = messageDeliverJobSchema.parse(job);
      const transaction = (await client()).multi();
      if (cachedBrief !== undefined)
        stageBriefPut(transaction, prefix, cachedBrief.cacheKey, cachedBrief.brief);
      stageOutboxPut(transaction, prefix, job.deliveryId, message);
      await stageJob(transaction, deliverQueue, data, { jobId: job.deliveryId });
      await execTransaction(transaction);
    },
    async readDelivery(deliveryId) {
      // One MGET: both keys carry the prefix's hash tag, so they share a Cluster slot.
      const [recorded, waiting] = await (
        await client()
      ).mget(deliveryKeyOf(prefix, deliveryId), outboxKeyOf(prefix, deliveryId));
      const fields = { store: 'delivery', deliveryId };
      return {
        earlier: parseStoredJson(postedMessageRefSchema, recorded, logger, fields),
        message: parseStoredJson(chatMessageSchema, waiting, logger, fields),
      };
    },
    async recordPost({ deliveryId, record, adoptedRoot }) {
      const transaction = stageDeliveryRecord(
        (await client()).multi(),
        prefix,
        deliveryId,
        record.ref,
      );
      stagePostedMessagePut(transaction, prefix, record);
      if (adoptedRoot !== undefined)
        stagePostedMessagePut(transaction, prefix, adoptedRoot, { onlyIfAbsent: true });
      const [claimed] = await execTransaction(transaction);
      const first = claimed !== null;
      if (!first)
        logger.info(
          { deliveryId, messageId: record.ref.messageId },
          'delivery already recorded; keeping the first record',
        );
      return { first };
    },
  };
}
