import type { HandleNewsCommandDependencies } from '../../../core/commands/handle-news-command.ts';
import type { QuestionAnswerJob } from '../../../core/model/jobs.ts';
import type { JobQueue } from '../../../core/ports/job-queue.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import type { ArticleStore, PostedMessageStore } from '../../../core/ports/stores.ts';
import type { DeliveryClaims } from '../delivery-claims.ts';
import type { InteractionTokenStore } from './interaction-token-store.ts';

/** What the gateway handlers need: fast things only (parse, a Redis read or write, an enqueue). */
export interface DiscordBotDependencies {
  command: HandleNewsCommandDependencies;
  questions: JobQueue<QuestionAnswerJob>;
  postedMessages: PostedMessageStore;
  articles: ArticleStore;
  interactionTokens: InteractionTokenStore;
  /** An interaction or message the gateway delivers twice is handled once (by its id). */
  claims: DeliveryClaims;
  /** Discord does not tell a user's time zone; schedules without one use this (DEFAULT_TIME_ZONE). */
  defaultTimeZone: string;
  /** Whether the Message Content intent is on: then any message in our threads is a question. */
  messageContent: boolean;
  logger: Logger;
}
