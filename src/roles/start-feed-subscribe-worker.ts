import type { Worker } from 'bullmq';
import type { JobWorkerOptions } from '../adapters/queue/bullmq/create-job-worker.ts';
import { startJobWorker } from '../adapters/queue/bullmq/start-job-worker.ts';
import { queuePolicies } from '../adapters/queue/bullmq/queue-policies.ts';
import { createFeedProbe } from '../adapters/web/feed/create-feed-probe.ts';
import { feedSubscribeJobSchema, queueNames, type FeedSubscribeJob } from '../core/model/jobs.ts';
import type { Clock } from '../core/ports/clock.ts';
import type { PageFetcher } from '../core/ports/page-fetcher.ts';
import { handleFeedSubscribe } from '../core/pipeline/jobs/handle-feed-subscribe.ts';
import { reportFinalFailure } from '../core/pipeline/jobs/report-final-failure.ts';
import type { Service } from './create-service.ts';

export type CommonWorkerOptions = Pick<
  JobWorkerOptions<FeedSubscribeJob>,
  'connection' | 'prefix' | 'logger' | 'onOutcome' | 'lockDurationMs' | 'stalledIntervalMs'
>;

/** The worker that reads a pasted address (a feed, or a site's page) before a channel follows it. */
export function startFeedSubscribeWorker(
  service: Service,
  common: CommonWorkerOptions,
  settings: { fetcher: PageFetcher; clock: Clock },
): Promise<Worker> {
  const { stores, queues, logger, config } = service;
  const probe = createFeedProbe({ fetcher: settings.fetcher });
  return startJobWorker({
    ...common,
    queue: queueNames.feedSubscribe,
    schema: feedSubscribeJobSchema,
    handle: (job, signal) =>
      handleFeedSubscribe(
        {
          probe,
          subscriptions: stores.subscriptions,
          scheduler: service.scheduler,
          outbox: stores.outbox,
          deliverQueue: queues.jobQueues.messageDeliver,
          maxFeedsPerChannel: config.MAX_FEEDS_PER_CHANNEL,
          clock: settings.clock,
          logger,
        },
        job,
        signal,
      ),
    onFinalFailure: (job, error) =>
      reportFinalFailure(
        { outbox: stores.outbox, deliverQueue: queues.jobQueues.messageDeliver, logger },
        { ...job, what: queuePolicies[queueNames.feedSubscribe].failureVerb },
        error,
      ),
  });
}
