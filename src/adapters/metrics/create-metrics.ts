import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queue } from 'bullmq';
import type { JobOutcome } from '../queue/bullmq/create-job-worker.ts';

/** The service's Prometheus metrics; one registry per process. */
export interface Metrics {
  recordJob(outcome: JobOutcome): void;
  recordTokens(workspaceId: string, tokens: number): void;
  recordBriefCache(hit: boolean): void;
  /** After each feed read; the URL only keys this process's tally and is never a label. */
  recordFeedHealth(feedUrl: string, healthy: boolean): void;
  /**
   * Queue depths are read from Redis at scrape time, and left out while `redisReachable` says
   * no: the queues' connection holds commands until Redis is back, so a scrape would hang.
   */
  watchQueues(queues: readonly Queue[], redisReachable?: () => boolean): void;
  render(): Promise<string>;
  readonly contentType: string;
}

/** Feeds tallied per process at most, so the tally's memory is bounded too. */
const maxTalliedFeeds = 50_000;

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
  // A label per feed URL would grow with every feed anyone subscribes to; two states stay bounded.
  const feedHealthByUrl = new Map<string, boolean>();
  new Gauge({
    name: 'newsbrief_feeds',
    help: 'Feeds this process has read, by health after their last read (unhealthy after repeated failures).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const healthy = [...feedHealthByUrl.values()].filter(Boolean).length;
      this.set({ state: 'healthy' }, healthy);
      this.set({ state: 'unhealthy' }, feedHealthByUrl.size - healthy);
    },
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
      // Re-inserted so the oldest read is the one forgotten when the tally is full.
      feedHealthByUrl.delete(feedUrl);
      feedHealthByUrl.set(feedUrl, healthy);
      if (feedHealthByUrl.size > maxTalliedFeeds) {
        const oldest = feedHealthByUrl.keys().next().value;
        if (oldest !== undefined) feedHealthByUrl.delete(oldest);
      }
    },
    watchQueues(queues, redisReachable = () => true) {
      watched = queues;
      queuesReadable = redisReachable;
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
