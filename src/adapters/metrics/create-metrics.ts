import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queue } from 'bullmq';
import type { JobOutcome } from '../queue/bullmq/create-job-worker.ts';

/** The service's Prometheus metrics; one registry per process. */
export interface Metrics {
  recordJob(outcome: JobOutcome): void;
  recordTokens(workspaceId: string, tokens: number): void;
  recordBriefCache(hit: boolean): void;
  recordFeedHealth(feedUrl: string, healthy: boolean): void;
  /**
   * Queue depths are read from Redis at scrape time, and left out while `redisReachable` says
   * no: the queues' connection holds commands until Redis is back, so a scrape would hang.
   */
  watchQueues(queues: readonly Queue[], redisReachable?: () => boolean): void;
  render(): Promise<string>;
  readonly contentType: string;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsbrief_' });
  const jobs = new Counter({
    name: 'newsbrief_jobs_total',
    help: 'Jobs processed, by queue and outcome (completed, retrying, failed).',
    labelNames: ['queue', 'outcome'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'newsbrief_job_duration_seconds',
    help: 'Time a job spent in its handler, by queue.',
    labelNames: ['queue'],
    buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const tokens = new Counter({
    name: 'newsbrief_model_tokens_total',
    help: 'Model tokens spent, by workspace or guild.',
    labelNames: ['workspace'],
    registers: [registry],
  });
  const cache = new Counter({
    name: 'newsbrief_brief_cache_total',
    help: 'Brief cache lookups by result (hit, miss).',
    labelNames: ['result'],
    registers: [registry],
  });
  const feedHealth = new Gauge({
    name: 'newsbrief_feed_healthy',
    help: '1 when the feed was read successfully recently, 0 after repeated failures.',
    labelNames: ['feed'],
    registers: [registry],
  });
  let watched: readonly Queue[] = [];
  let queuesReadable = () => true;
  new Gauge({
    name: 'newsbrief_queue_jobs',
    help: 'Jobs in each queue by state, read from Redis at scrape time.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      if (!queuesReadable()) return;
      for (const queue of watched) {
        const counts = await queue.getJobCounts(
          'waiting',
          'active',
          'delayed',
          'failed',
          'completed',
          'prioritized',
        );
        for (const [state, count] of Object.entries(counts))
          this.set({ queue: queue.name, state }, count);
      }
    },
  });
  return {
    recordJob(outcome) {
      jobs.inc({ queue: outcome.queue, outcome: outcome.outcome });
      durations.observe({ queue: outcome.queue }, outcome.durationMs / 1000);
    },
    recordTokens(workspaceId, count) {
      tokens.inc({ workspace: workspaceId }, count);
    },
    recordBriefCache(hit) {
      cache.inc({ result: hit ? 'hit' : 'miss' });
    },
    recordFeedHealth(feedUrl, healthy) {
      feedHealth.set({ feed: feedUrl }, healthy ? 1 : 0);
    },
    watchQueues(queues, redisReachable = () => true) {
      watched = queues;
      queuesReadable = redisReachable;
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
