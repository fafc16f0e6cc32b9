import type { Article } from '../../model/article.ts';
import type { Brief } from '../../model/brief.ts';
import type { ChatMessage, PostedMessageRef } from '../../model/chat-message.ts';
import type { ArticleBriefJob, MessageDeliverJob } from '../../model/jobs.ts';
import type { BriefWriter } from '../../ports/brief-writer.ts';
import type { Clock } from '../../ports/clock.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { Logger } from '../../ports/logger.ts';
import type { StepWrites } from '../../ports/step-writes.ts';
import type { ArticleStore, BriefStore, OutboxStore } from '../../ports/stores.ts';
import { AppError, WaitUntil } from '../../errors.ts';
import {
  buildWaitingMessage,
  mentionWaitOverMs,
  progressEveryMs,
} from '../../messages/describe-wait.ts';
import { buildBriefMessage } from '../../messages/build-brief-message.ts';
import type { QuoteVerifier } from '../../ports/quote-verifier.ts';
import { buildQuotesMessage } from '../../messages/build-quotes-message.ts';
import { briefArticle } from '../brief-article.ts';
import { createSequentialStepWrites } from './create-sequential-step-writes.ts';

export interface HandleArticleBriefDependencies {
  articles: ArticleStore;
  briefStore: BriefStore;
  /**
   * Picks the writer for this workspace: a model, or offline when its daily budget is spent.
   * The model counts its own tokens against that budget, call by call.
   */
  writersFor(workspaceId: string): Promise<{ writer: BriefWriter; fallbackWriter?: BriefWriter }>;
  outbox: OutboxStore;
  deliverQueue: JobQueue<MessageDeliverJob>;
  clock: Clock;
  logger: Logger;
  /** Called with every brief, for cache metrics. */
  onBriefReady?(brief: Brief): void;
  /** Where quotes are verified (a worker thread in the service); default in process. */
  quoteVerifier?: QuoteVerifier;
  /** Caches the brief, fills the outbox and queues the post in one round trip. */
  writes?: StepWrites;
  /**
   * Posts the message right here (the deliver step without its queue hop). When it throws,
   * the message goes to the outbox and the deliver queue, whose retries take over.
   */
  deliverInPlace?(job: MessageDeliverJob, message: ChatMessage): Promise<unknown>;
  /** Replaces the progress message with how long the wait is; never throws. */
  showProgress?(ref: PostedMessageRef, message: ChatMessage): Promise<void>;
}

/**
 * The brief step (model calls, rate-limited by its queue): brief the stored article (from the
 * cache when possible), render the platform-neutral message into the outbox, and hand the
 * deliver step its id.
 */
export async function handleArticleBrief(
  dependencies: HandleArticleBriefDependencies,
  job: ArticleBriefJob,
  signal?: AbortSignal,
  /** The article, when the ingest step runs this one in place: no store round trip. */
  inPlace?: Article,
): Promise<{ deliveryId: string }> {
  await waitForTurn(dependencies, job);
  const article = inPlace ?? (await dependencies.articles.get(job.articleId));
  if (article === undefined) {
    throw new AppError({
      code: 'input-missing',
      userMessage: 'That article is no longer stored; please send it again.',
      details: { articleId: job.articleId },
    });
  }
  const writers = await dependencies.writersFor(job.target.workspaceId);
  // The cache entry is written with the outbox message and the deliver job, in one round trip.
  let cachedBrief: { cacheKey: string; brief: Brief } | undefined;
  const briefStore: BriefStore = {
    get: (cacheKey) => dependencies.briefStore.get(cacheKey),
    put: async (cacheKey, brief) => void (cachedBrief = { cacheKey, brief }),
  };
  const brief = await briefArticle(
    {
      ...writers,
      briefStore,
      clock: dependencies.clock,
      logger: dependencies.logger,
      ...(dependencies.quoteVerifier === undefined
        ? {}
        : { quoteVerifier: dependencies.quoteVerifier }),
    },
    article,
    job.options,
    signal,
  );
  dependencies.onBriefReady?.(brief);
  const message =
    job.reply === 'quotes' ? buildQuotesMessage(article, brief) : buildBriefMessage(article, brief);
  const deliveryId = `deliver-${job.requestId}`;
  const deliverJob: MessageDeliverJob = {
    deliveryId,
    target: job.target,
    ...(job.progress === undefined ? {} : { replace: job.progress }),
    content: { kind: job.reply, articleIds: [article.id] },
    effects: [],
  };
  if (dependencies.deliverInPlace !== undefined) {
    try {
      await dependencies.deliverInPlace(deliverJob, message);
      if (cachedBrief !== undefined)
        await dependencies.briefStore.put(cachedBrief.cacheKey, cachedBrief.brief);
      return { deliveryId };
    } catch (error) {
      dependencies.logger.warn(
        { deliveryId, err: error },
        'posting in place failed; the deliver queue takes it over',
      );
    }
  }
  const writes = dependencies.writes ?? createSequentialStepWrites(dependencies);
  await writes.queueDelivery({ cachedBrief, message, job: deliverJob });
  return { deliveryId };
}

/**
 * A brief whose model turn is still ahead goes back to sleep (at most progressEveryMs at a
 * time) after telling the user how long is left; the turn was reserved once, at ingest.
 */
async function waitForTurn(
  dependencies: HandleArticleBriefDependencies,
  job: ArticleBriefJob,
): Promise<void> {
  if (job.startAt === undefined) return;
  const now = dependencies.clock.now().getTime();
  const waitMs = Date.parse(job.startAt) - now;
  if (!(waitMs > 1_000)) return;
  if (waitMs > mentionWaitOverMs && job.progress !== undefined)
    await dependencies.showProgress?.(job.progress, buildWaitingMessage(job.reply, waitMs));
  throw new WaitUntil(new Date(now + Math.min(waitMs, progressEveryMs)));
}
