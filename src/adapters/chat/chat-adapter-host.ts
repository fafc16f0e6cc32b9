import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RedisClient } from '../redis/redis-client.ts';
import type { Config } from '../../config/config-schema.ts';
import type { HandleNewsCommandDependencies } from '../../core/commands/handle-news-command.ts';
import type { ArticleIngestJob, DigestBuildJob, QuestionAnswerJob } from '../../core/model/jobs.ts';
import type { JobQueue } from '../../core/ports/job-queue.ts';
import type { Logger } from '../../core/ports/logger.ts';
import type { ArticleStore, PostedMessageStore } from '../../core/ports/stores.ts';
import type { PublisherRouter } from './create-publisher-router.ts';

/** A request handler for one path prefix of the service's HTTP server (e.g. /slack/). */
export type HttpRoute = (
  request: IncomingMessage,
  response: ServerResponse,
) => Promise<void> | void;

/**
 * What a chat adapter (Slack, Discord, Teams…) may use of the running service. The roles
 * layer's Service satisfies it; adapters depend on this, never on roles/, so adding a platform
 * means adding a folder here and one line in roles/start-chat-platforms.ts.
 */
export interface ChatAdapterHost {
  config: Config;
  logger: Logger;
  /** For the adapter's own small keys (installations, event ids, interaction tokens). */
  redis: RedisClient;
  stores: { articles: ArticleStore; postedMessages: PostedMessageStore };
  queues: {
    jobQueues: {
      articleIngest: JobQueue<ArticleIngestJob>;
      digestBuild: JobQueue<DigestBuildJob>;
      questionAnswer: JobQueue<QuestionAnswerJob>;
    };
  };
  /** Where the adapter registers its publisher for the workers. */
  publisher: PublisherRouter;
  /** What `/news` needs: handleNewsCommand's dependencies, built from config once. */
  commands: HandleNewsCommandDependencies;
}
