import type { Article } from '../model/article.ts';
import type { Brief } from '../model/brief.ts';
import type { ChatMessage, PostedMessageRef } from '../model/chat-message.ts';
import type { ArticleBriefJob, MessageDeliverJob } from '../model/jobs.ts';
import type { EnqueueOptions } from './job-queue.ts';
import type { PostedMessageRecord } from './stores.ts';

/**
 * Each pipeline step's reads and writes as one unit, so a step costs one round trip to the
 * stores and queues, not one per record (issue 13). The Redis adapter runs each write as one
 * MULTI: everything or nothing, so a crash can never leave an article without its brief job,
 * a queued delivery without its message, or a recorded post without its thread record
 * (docs/decisions/0010). The twin (createSequentialStepWrites) calls the stores one by one.
 */
export interface StepWrites {
  /** The ingest step: stores the article (and its URL index) and queues its brief job. */
  storeArticleAndQueueBrief(
    article: Article,
    job: ArticleBriefJob,
    options: EnqueueOptions,
  ): Promise<void>;
  /** The brief step: caches the brief (when given), puts the message in the outbox, queues its post. */
  queueDelivery(delivery: {
    cachedBrief?: { cacheKey: string; brief: Brief } | undefined;
    message: ChatMessage;
    job: MessageDeliverJob;
  }): Promise<void>;
  /** The deliver step's reads: the recorded post, if any, and the message waiting in the outbox. */
  readDelivery(
    deliveryId: string,
  ): Promise<{ earlier: PostedMessageRef | undefined; message: ChatMessage | undefined }>;
  /**
   * After a post: the delivery log (the first record wins), what the message is about, and the
   * thread root it adopts (kept when the root already has a record). Returns whether this
   * record was the first.
   */
  recordPost(post: {
    deliveryId: string;
    record: PostedMessageRecord;
    adoptedRoot?: PostedMessageRecord | undefined;
  }): Promise<{ first: boolean }>;
}
