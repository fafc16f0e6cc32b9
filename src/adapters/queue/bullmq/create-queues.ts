import { Queue, type ConnectionOptions } from 'bullmq';
import {
  articleBriefJobSchema,
  articleIngestJobSchema,
  digestBuildJobSchema,
  feedSubscribeJobSchema,
  messageDeliverJobSchema,
  queueNames,
  questionAnswerJobSchema,
  type ArticleBriefJob,
  type ArticleIngestJob,
  type DigestBuildJob,
  type FeedSubscribeJob,
  type MessageDeliverJob,
  type QueueName,
  type QuestionAnswerJob,
} from '../../../core/model/jobs.ts';
import type { JobQueue } from '../../../core/ports/job-queue.ts';
import { createBullmqJobQueue } from './create-bullmq-job-queue.ts';
import { defaultJobOptions, eventStreamLength } from './queue-policies.ts';

/** The producer side of every queue, as core JobQueue ports. */
export interface JobQueues {
  articleIngest: JobQueue<ArticleIngestJob>;
  articleBrief: JobQueue<ArticleBriefJob>;
  messageDeliver: JobQueue<MessageDeliverJob>;
  digestBuild: JobQueue<DigestBuildJob>;
  questionAnswer: JobQueue<QuestionAnswerJob>;
  feedSubscribe: JobQueue<FeedSubscribeJob>;
}

export interface QueueSet {
  jobQueues: JobQueues;
  /** The BullMQ queues themselves, for schedulers, metrics and health. */
  queues: Record<QueueName, Queue>;
  close(): Promise<void>;
}

/**
 * Opens every queue on one connection. Chat handlers pass a connection with
 * enableOfflineQueue: false, so a Redis outage fails their enqueue at once instead of hanging
 * past the platform's 3-second ack.
 */
export function createQueues(connection: ConnectionOptions, prefix: string): QueueSet {
  const open = (name: QueueName) =>
    new Queue(name, {
      connection,
      prefix,
      defaultJobOptions: defaultJobOptions(name),
      streams: { events: { maxLen: eventStreamLength } },
    });
  const queues: Record<QueueName, Queue> = {
    [queueNames.articleIngest]: open(queueNames.articleIngest),
    [queueNames.articleBrief]: open(queueNames.articleBrief),
    [queueNames.messageDeliver]: open(queueNames.messageDeliver),
    [queueNames.digestBuild]: open(queueNames.digestBuild),
    [queueNames.questionAnswer]: open(queueNames.questionAnswer),
    [queueNames.feedSubscribe]: open(queueNames.feedSubscribe),
  };
  return {
    queues,
    jobQueues: {
      articleIngest: createBullmqJobQueue(queues[queueNames.articleIngest], articleIngestJobSchema),
      articleBrief: createBullmqJobQueue(queues[queueNames.articleBrief], articleBriefJobSchema),
      messageDeliver: createBullmqJobQueue(
        queues[queueNames.messageDeliver],
        messageDeliverJobSchema,
      ),
      digestBuild: createBullmqJobQueue(queues[queueNames.digestBuild], digestBuildJobSchema),
      questionAnswer: createBullmqJobQueue(
        queues[queueNames.questionAnswer],
        questionAnswerJobSchema,
      ),
      feedSubscribe: createBullmqJobQueue(queues[queueNames.feedSubscribe], feedSubscribeJobSchema),
    },
    async close() {
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
    },
  };
}
