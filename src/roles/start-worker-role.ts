import type { Worker } from 'bullmq';
import { startJobWorker } from '../adapters/queue/bullmq/start-job-worker.ts';
import { queuePolicies } from '../adapters/queue/bullmq/queue-policies.ts';
import { createRedisStepWrites } from '../adapters/queue/bullmq/create-redis-step-writes.ts';
import {
  articleBriefJobSchema,
  articleIngestJobSchema,
  messageDeliverJobSchema,
  queueNames,
  questionAnswerJobSchema,
  type QueueName,
} from '../core/model/jobs.ts';
import { isAppError } from '../core/errors.ts';
import type { Brief } from '../core/model/brief.ts';
import type { ChatMessage, PostedMessageRef } from '../core/model/chat-message.ts';
import type { MessageDeliverJob } from '../core/model/jobs.ts';
import { systemClock, type Clock } from '../core/ports/clock.ts';
import { handleArticleBrief } from '../core/pipeline/jobs/handle-article-brief.ts';
import { handleArticleIngest } from '../core/pipeline/jobs/handle-article-ingest.ts';
import { handleMessageDeliver } from '../core/pipeline/jobs/handle-message-deliver.ts';
import { handleQuestionAnswer } from '../core/pipeline/jobs/handle-question-answer.ts';
import {
  disableSubscriptionIfChannelGone,
  reportFinalFailure,
} from '../core/pipeline/jobs/report-final-failure.ts';
import { createPageFetcher } from '../dependencies.ts';
import type { Service } from './create-service.ts';
import { startDigestWorker } from './start-digest-worker.ts';
import { startFeedSubscribeWorker } from './start-feed-subscribe-worker.ts';

export interface WorkerRoleOptions {
  clock?: Clock;
  /** Shorter locks let tests see a killed worker's job retried quickly; production keeps BullMQ's 30 s. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export interface WorkerCloseOptions {
  /**
   * Stop without waiting for active jobs: right while Redis is unreachable, where no job can
   * be marked done and BullMQ's polite close would wait for Redis for ever.
   */
  force?: boolean;
}

export interface WorkerRole {
  workers: Worker[];
  /** Stops taking new jobs and waits for active ones to finish (unless forced). */
  close(options?: WorkerCloseOptions): Promise<void>;
}

/**
 * Starts one BullMQ worker per queue, each around its core handler. Any number of these
 * processes can run on one Redis (or several machines): BullMQ hands each job to one worker,
 * and deterministic job and delivery ids keep retries from doing the work twice.
 */
export async function startWorkerRole(
  service: Service,
  options: WorkerRoleOptions = {},
): Promise<WorkerRole> {
  const { stores, queues, logger, config, metrics, models } = service;
  const clock = options.clock ?? systemClock;
  const fetcher = await createPageFetcher(config, logger);
  // Pages, feeds and offline briefs/answers run in worker threads: the event loop that renews
  // job locks never waits on Readability.
  await service.compute.start();
  const { extractor } = service.compute;
  const common = {
    connection: service.workerConnection,
    prefix: config.REDIS_PREFIX,
    logger,
    onOutcome: metrics.recordJob,
    lockDurationMs: options.lockDurationMs ?? config.WORKER_LOCK_DURATION_MS,
    // Stalled jobs are looked for as often as a lock lives, so a killed worker's job waits at most two lock periods.
    stalledIntervalMs: options.stalledIntervalMs ?? config.WORKER_LOCK_DURATION_MS,
  };
  // Each step's records and its next job in one MULTI (docs/decisions/0010).
  const writes = createRedisStepWrites({
    briefQueue: queues.queues[queueNames.articleBrief],
    deliverQueue: queues.queues[queueNames.messageDeliver],
    prefix: config.REDIS_PREFIX,
    logger,
  });
  // Progress updates ("about 2 min to go") are a courtesy: a failed one is logged, never fatal.
  const showProgress = async (ref: PostedMessageRef, message: ChatMessage) => {
    await service.publisher.update(ref, message).catch((error: unknown) => {
      logger.warn({ err: error, messageId: ref.messageId }, 'could not update a progress message');
    });
  };
  const notify = { outbox: stores.outbox, deliverQueue: queues.jobQueues.messageDeliver, logger };
  const whatFor = (queue: QueueName) => queuePolicies[queue].failureVerb;
  const reportDeliveryFailure = async (job: MessageDeliverJob, error: unknown) => {
    await disableSubscriptionIfChannelGone(
      { subscriptions: stores.subscriptions, logger },
      job,
      error,
    );
    // Someone is looking at "Reading the article…": end it with the reason. Not where the
    // channel is gone, and a notice that failed is not followed by another (no loop).
    const channelGone = isAppError(error) && error.code === 'channel-unavailable';
    if (channelGone || job.replace === undefined || job.content.kind === 'notice') return;
    await reportFinalFailure(
      notify,
      {
        requestId: job.deliveryId,
        target: job.target,
        progress: job.replace,
        what: whatFor(queueNames.messageDeliver),
      },
      error,
    );
  };
  const deliverDependencies = { ...stores, publisher: service.publisher, clock, logger, writes };
  const briefDependencies = {
    articles: stores.articles,
    briefStore: stores.briefs,
    writersFor: models.writersFor,
    outbox: stores.outbox,
    deliverQueue: queues.jobQueues.messageDeliver,
    clock,
    logger,
    onBriefReady: (brief: Brief) => metrics.recordBriefCache(brief.fromCache),
    quoteVerifier: service.compute.quoteVerifier,
    writes,
    showProgress,
    // The first try at posting happens in the brief's own job; the deliver queue retries what
    // a retry can change. A refusal no retry changes ends here, as the deliver queue ends it.
    deliverInPlace: async (job: MessageDeliverJob, message: ChatMessage) => {
      try {
        await handleMessageDeliver(deliverDependencies, job, message);
      } catch (error) {
        if (!isAppError(error) || error.retryable) throw error;
        logger.error({ deliveryId: job.deliveryId, err: error }, 'delivery refused for good');
        await reportDeliveryFailure(job, error);
      }
    },
  };
  // The model-rate limit spaces model calls only: the offline engine never waits for it.
  const modelTurnFor = async (workspaceId: string) => {
    const { fallbackWriter } = await models.writersFor(workspaceId);
    if (fallbackWriter === undefined) return undefined;
    return stores.callScheduler.reserve('brief-model', config.BRIEF_REQUESTS_PER_MINUTE, 60);
  };

  const workers: Worker[] = await Promise.all([
    startJobWorker({
      ...common,
      queue: queueNames.articleIngest,
      schema: articleIngestJobSchema,
      handle: (job, signal) =>
        handleArticleIngest(
          {
            fetcher,
            extractor,
            articles: stores.articles,
            briefQueue: queues.jobQueues.articleBrief,
            writes,
            modelTurnFor,
            briefInPlace: (briefJob, article, briefSignal) =>
              handleArticleBrief(briefDependencies, briefJob, briefSignal, article),
            showProgress,
            clock,
          },
          job,
          signal,
        ),
      onFinalFailure: (job, error) =>
        reportFinalFailure(notify, { ...job, what: whatFor(queueNames.articleIngest) }, error),
    }),
    startJobWorker({
      ...common,
      queue: queueNames.articleBrief,
      schema: articleBriefJobSchema,
      // No queue limiter: a brief reaches this queue with its model turn (startAt) reserved.
      handle: (job, signal) => handleArticleBrief(briefDependencies, job, signal),
      onFinalFailure: (job, error) =>
        reportFinalFailure(notify, { ...job, what: whatFor(queueNames.articleBrief) }, error),
    }),
    startJobWorker({
      ...common,
      queue: queueNames.messageDeliver,
      schema: messageDeliverJobSchema,
      handle: (job) => handleMessageDeliver(deliverDependencies, job),
      onFinalFailure: reportDeliveryFailure,
    }),
    startJobWorker({
      ...common,
      queue: queueNames.questionAnswer,
      schema: questionAnswerJobSchema,
      handle: (job, signal) =>
        handleQuestionAnswer(
          {
            ...stores,
            deliverQueue: queues.jobQueues.messageDeliver,
            llmFor: models.llmFor,
            logger,
            offlineAnswerer: service.compute.offlineAnswerer,
          },
          job,
          signal,
        ),
      onFinalFailure: (job, error) =>
        reportFinalFailure(notify, { ...job, what: whatFor(queueNames.questionAnswer) }, error),
    }),
    startDigestWorker(service, { ...common, fetcher, extractor, clock }),
    startFeedSubscribeWorker(service, common, { fetcher, clock }),
  ]);
  logger.info({ queues: workers.map((worker) => worker.name) }, 'workers started');
  return {
    workers,
    async close(closeOptions = {}) {
      await Promise.all(workers.map((worker) => worker.close(closeOptions.force === true)));
    },
  };
}
