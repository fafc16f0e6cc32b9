import type { Worker } from 'bullmq';
import type { JobOutcome } from '../adapters/queue/bullmq/create-job-worker.ts';
import { startJobWorker } from '../adapters/queue/bullmq/start-job-worker.ts';
import {
  digestWindowEndOf,
  resyncDigestSchedulers,
} from '../adapters/queue/bullmq/create-digest-scheduler.ts';
import { createFeedReader } from '../adapters/web/feed/create-feed-reader.ts';
import { digestBuildJobSchema, queueNames } from '../core/model/jobs.ts';
import type { ArticleExtractor } from '../core/ports/article-extractor.ts';
import type { Clock } from '../core/ports/clock.ts';
import type { PageFetcher } from '../core/ports/page-fetcher.ts';
import { handleDigestBuild } from '../core/pipeline/jobs/handle-digest-build.ts';
import { reportFinalFailure } from '../core/pipeline/jobs/report-final-failure.ts';
import type { Service } from './create-service.ts';

export interface DigestWorkerSettings {
  fetcher: PageFetcher;
  extractor: ArticleExtractor;
  clock: Clock;
  onOutcome(outcome: JobOutcome): void;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * The digest worker: builds one channel's digest per job. At start it re-creates the job
 * scheduler of every stored subscription (idempotent), so schedules survive a Redis flush of
 * the queue keys and deploys that change a subscription's cron.
 */
export async function startDigestWorker(
  service: Service,
  settings: DigestWorkerSettings,
): Promise<Worker> {
  const { stores, queues, logger, config, models, metrics } = service;
  const resync = await resyncDigestSchedulers(service.scheduler, await stores.subscriptions.list());
  logger.info({ ...resync }, 'digest schedulers resynced');
  const feedReader = createFeedReader({
    fetcher: settings.fetcher,
    parse: service.compute.parseFeed,
  });
  return startJobWorker({
    queue: queueNames.digestBuild,
    connection: service.workerConnection,
    prefix: config.REDIS_PREFIX,
    logger,
    onOutcome: settings.onOutcome,
    ...(settings.lockDurationMs === undefined ? {} : { lockDurationMs: settings.lockDurationMs }),
    ...(settings.stalledIntervalMs === undefined
      ? {}
      : { stalledIntervalMs: settings.stalledIntervalMs }),
    schema: digestBuildJobSchema,
    handle: (job, signal, bullJob) =>
      handleDigestBuild(
        {
          ...stores,
          feedReader,
          fetcher: settings.fetcher,
          extractor: settings.extractor,
          briefStore: stores.briefs,
          writersFor: models.writersFor,
          digestScheduler: service.scheduler,
          composeDigest: async (digest, briefs, signal) => {
            const composer = await models.composerFor(digest.target?.workspaceId ?? '');
            if (composer === undefined) {
              return {
                intro: digest.intro,
                stories: digest.stories.map((story) => ({
                  storyId: story.storyId,
                  summary: story.summary,
                })),
              };
            }
            return composer(digest, briefs, signal);
          },
          deliverQueue: queues.jobQueues.messageDeliver,
          quoteVerifier: service.compute.quoteVerifier,
          clock: settings.clock,
          logger,
          onFeedRead: metrics.recordFeedHealth,
        },
        { ...job, windowEnd: job.windowEnd ?? digestWindowEndOf(bullJob) },
        signal,
      ),
    onFinalFailure: async (job, error) => {
      if (job.trigger !== 'command' || job.requestId === undefined) return;
      // The progress message knows its channel even when the subscription was removed meanwhile.
      const target =
        job.progress?.target ?? (await stores.subscriptions.get(job.subscriptionId))?.target;
      if (target === undefined) return;
      await reportFinalFailure(
        { outbox: stores.outbox, deliverQueue: queues.jobQueues.messageDeliver, logger },
        {
          requestId: job.requestId,
          target,
          ...(job.progress === undefined ? {} : { progress: job.progress }),
          what: 'build the digest',
        },
        error,
      );
    },
  });
}
