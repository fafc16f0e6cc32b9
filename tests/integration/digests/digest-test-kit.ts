import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { digestWindowEndOf } from '../../../src/adapters/queue/bullmq/create-digest-scheduler.ts';
import { createJobWorker } from '../../../src/adapters/queue/bullmq/create-job-worker.ts';
import { createQueues, type QueueSet } from '../../../src/adapters/queue/bullmq/create-queues.ts';
import { createRedisStores } from '../../../src/adapters/store/redis/create-redis-stores.ts';
import type { Stores } from '../../../src/adapters/store/stores.ts';
import { createFeedReader } from '../../../src/adapters/web/feed/create-feed-reader.ts';
import { createReadabilityExtractor } from '../../../src/adapters/web/readability/create-readability-extractor.ts';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import { createOfflineBriefWriter } from '../../../src/core/engines/offline/create-offline-brief-writer.ts';
import { AppError } from '../../../src/core/errors.ts';
import type {
  ChatMessage,
  ChatTarget,
  PostedMessageRef,
} from '../../../src/core/model/chat-message.ts';
import {
  digestBuildJobSchema,
  messageDeliverJobSchema,
  queueNames,
  type DigestBuildJob,
} from '../../../src/core/model/jobs.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import type { ChatPublisher } from '../../../src/core/ports/chat-publisher.ts';
import { systemClock } from '../../../src/core/ports/clock.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import {
  handleDigestBuild,
  type DigestBuildOutcome,
} from '../../../src/core/pipeline/jobs/handle-digest-build.ts';
import { handleMessageDeliver } from '../../../src/core/pipeline/jobs/handle-message-deliver.ts';

export const connection = { host: '127.0.0.1', port: 6379 };

export interface RecordingPublisher extends ChatPublisher {
  posts: { target: ChatTarget; message: ChatMessage; ref: PostedMessageRef }[];
  updates: { ref: PostedMessageRef; message: ChatMessage }[];
  /** Calls that threw (a platform outage), in order. */
  failures: number;
}

/** A chat platform that records what it was asked to post; the first `failFirst` posts throw a retryable outage. */
export function createRecordingPublisher(options: { failFirst?: number } = {}): RecordingPublisher {
  let toFail = options.failFirst ?? 0;
  const publisher: RecordingPublisher = {
    posts: [],
    updates: [],
    failures: 0,
    async post(target, message) {
      if (toFail > 0) {
        toFail -= 1;
        publisher.failures += 1;
        throw new AppError({
          code: 'rate-limited',
          userMessage: 'The chat platform is busy; trying again shortly.',
          retryable: true,
        });
      }
      const ref = { target, messageId: `m${publisher.posts.length + 1}` };
      publisher.posts.push({ target, message, ref });
      return ref;
    },
    async update(ref, message) {
      publisher.updates.push({ ref, message });
    },
  };
  return publisher;
}

export interface DigestService {
  stores: Stores;
  queues: QueueSet;
  publisher: RecordingPublisher;
  /** What each finished digest-build job returned, in order. */
  outcomes: DigestBuildOutcome[];
  /** Every digest job as the handler saw it (window end filled in from the BullMQ job). */
  handled: DigestBuildJob[];
  /** Enqueues a digest job the way the scheduler or a command would. */
  enqueueDigest(payload: DigestBuildJob, jobId?: string): Promise<void>;
  /** Waits until no job is waiting, active or delayed on any queue. */
  waitForIdle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The digest and deliver workers as the worker process runs them: real BullMQ on the real
 * Redis, Redis stores, the safe fetcher reading feeds and pages from a local server, the
 * offline brief engine, and a recording publisher in place of Slack or Discord.
 */
export function startDigestService(options: {
  redis: Redis;
  queuePrefix: string;
  storePrefix: string;
  allowedPort: number;
  publisher?: RecordingPublisher;
}): DigestService {
  const stores = createRedisStores(options.redis, { prefix: options.storePrefix });
  const queues = createQueues(connection, options.queuePrefix);
  const publisher = options.publisher ?? createRecordingPublisher();
  const fetcher = createSafePageFetcher({
    allowPrivateHosts: ['localhost'],
    allowedPorts: [options.allowedPort],
  });
  const writer = createOfflineBriefWriter();
  const outcomes: DigestBuildOutcome[] = [];
  const handled: DigestBuildJob[] = [];
  const digestDependencies = {
    ...stores,
    briefStore: stores.briefs,
    feedReader: createFeedReader({ fetcher }),
    fetcher,
    extractor: createReadabilityExtractor(),
    writersFor: async () => ({ writer }),
    deliverQueue: queues.jobQueues.messageDeliver,
    clock: systemClock,
    logger: silentLogger,
  };
  const digestWorker = createJobWorker({
    queue: queueNames.digestBuild,
    connection,
    prefix: options.queuePrefix,
    schema: digestBuildJobSchema,
    logger: silentLogger,
    handle: async (payload, signal, job: Job) => {
      const digestJob = { ...payload, windowEnd: payload.windowEnd ?? digestWindowEndOf(job) };
      handled.push(digestJob);
      const outcome = await handleDigestBuild(digestDependencies, digestJob, signal);
      outcomes.push(outcome);
      return outcome;
    },
  });
  const deliverWorker = createJobWorker({
    queue: queueNames.messageDeliver,
    connection,
    prefix: options.queuePrefix,
    schema: messageDeliverJobSchema,
    logger: silentLogger,
    handle: (payload) =>
      handleMessageDeliver(
        { ...stores, publisher, clock: systemClock, logger: silentLogger },
        payload,
      ),
  });
  const allQueues = Object.values(queues.queues);
  return {
    stores,
    queues,
    publisher,
    outcomes,
    handled,
    async enqueueDigest(payload, jobId) {
      await queues.jobQueues.digestBuild.enqueue(payload, jobId === undefined ? {} : { jobId });
    },
    async waitForIdle(timeoutMs = 15_000) {
      await waitFor(async () => {
        const counts = await Promise.all(
          allQueues.map((queue) =>
            queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children'),
          ),
        );
        return counts.every((count) => Object.values(count).every((value) => value === 0));
      }, timeoutMs);
    },
    async close() {
      await Promise.all([digestWorker.close(), deliverWorker.close()]);
      await queues.close();
    },
  };
}

/** Polls `check` every 50 ms until it holds; fails the test with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let channelCount = 0;

/** A console channel's subscription to `feedUrls`, created an hour ago, never digested. */
export function sampleSubscription(feedUrls: string[], cron = '0 8 * * *'): Subscription {
  channelCount += 1;
  const target = {
    platform: 'console' as const,
    workspaceId: 'local',
    channelId: `digest-test-${process.pid}-${channelCount}-${Date.now()}`,
  };
  return {
    id: subscriptionIdFor(target),
    target,
    feedUrls,
    schedule: { cron, timeZone: 'Europe/London', description: 'every day at 08:00' },
    options: { length: 'standard' },
    createdBy: { userId: 'U1' },
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    enabled: true,
  };
}

/** Every text a message shows, joined: what a reader of the channel sees. */
export function visibleText(message: ChatMessage): string {
  return message.blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
        case 'context':
          return block.text;
        case 'bullets':
          return block.items.join('\n');
        case 'quote':
          return `${block.parts.map((part) => part.text).join(' … ')} — ${block.speaker}`;
        default:
          return '';
      }
    })
    .join('\n');
}
