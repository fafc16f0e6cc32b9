import type { Article } from '../../model/article.ts';
import type { ChatMessage, PostedMessageRef } from '../../model/chat-message.ts';
import type { ArticleBriefJob, ArticleIngestJob } from '../../model/jobs.ts';
import type { ArticleExtractor } from '../../ports/article-extractor.ts';
import type { Clock } from '../../ports/clock.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { PageFetcher } from '../../ports/page-fetcher.ts';
import type { StepWrites } from '../../ports/step-writes.ts';
import type { ArticleStore } from '../../ports/stores.ts';
import { AppError } from '../../errors.ts';
import {
  buildWaitingMessage,
  mentionWaitOverMs,
  progressEveryMs,
} from '../../messages/describe-wait.ts';
import { fetchArticle } from '../fetch-article.ts';
import { createSequentialStepWrites } from './create-sequential-step-writes.ts';

export interface HandleArticleIngestDependencies {
  fetcher: PageFetcher;
  extractor: ArticleExtractor;
  articles: ArticleStore;
  briefQueue: JobQueue<ArticleBriefJob>;
  /** Stores the article and queues its brief in one round trip; default: one call after another. */
  writes?: StepWrites;
  /**
   * For a brief that will call a model: reserves its turn under the model-rate limit and says
   * when it may start. Undefined when no model is involved (the offline engine).
   */
  modelTurnFor?(workspaceId: string): Promise<Date | undefined>;
  /** Runs the brief step inside this job, for a brief that waits for no one (no model call). */
  briefInPlace?(job: ArticleBriefJob, article: Article, signal?: AbortSignal): Promise<unknown>;
  /** Replaces the progress message with how long the wait is; never throws. */
  showProgress?(ref: PostedMessageRef, message: ChatMessage): Promise<void>;
  clock?: Clock;
}

/**
 * The ingest step (I/O-bound): fetch and extract the article and store it by content hash.
 * A brief that needs no model is written right here (no queue hop: issue 13); one that calls
 * a model gets its turn under the model-rate limit and waits for it in the brief queue, and
 * the user is told roughly how long when that is more than a few seconds. Fetch failures keep
 * their AppError: retryable ones (timeouts, 5xx) are retried with backoff, the rest reach the
 * user as one sentence.
 */
export async function handleArticleIngest(
  dependencies: HandleArticleIngestDependencies,
  job: ArticleIngestJob,
  signal?: AbortSignal,
): Promise<{ articleId: string }> {
  const { input, ...rest } = job;
  const article =
    input.kind === 'url'
      ? await fetchArticle(dependencies, input.url, signal)
      : await storedArticle(dependencies.articles, input.articleId);
  const briefJob: ArticleBriefJob = { ...rest, articleId: article.id };
  const turn = await dependencies.modelTurnFor?.(job.target.workspaceId);
  if (turn === undefined && dependencies.briefInPlace !== undefined) {
    if (input.kind === 'url') await dependencies.articles.put(article);
    await dependencies.briefInPlace(briefJob, article, signal);
    return { articleId: article.id };
  }

  const now = (dependencies.clock?.now() ?? new Date()).getTime();
  const waitMs = turn === undefined ? 0 : turn.getTime() - now;
  const queued = turn === undefined ? briefJob : { ...briefJob, startAt: turn.toISOString() };
  const enqueue = {
    jobId: `brief-${job.requestId}`,
    // A long wait is slept in steps, so the progress message can say how long is left.
    ...(waitMs > 0 ? { delayMs: Math.min(waitMs, progressEveryMs) } : {}),
  };
  if (input.kind === 'url') {
    const writes = dependencies.writes ?? createSequentialStepWrites(dependencies);
    await writes.storeArticleAndQueueBrief(article, queued, enqueue);
  } else {
    await dependencies.briefQueue.enqueue(queued, enqueue);
  }
  if (waitMs > mentionWaitOverMs && job.progress !== undefined)
    await dependencies.showProgress?.(job.progress, buildWaitingMessage(job.reply, waitMs));
  return { articleId: article.id };
}

async function storedArticle(articles: ArticleStore, articleId: string): Promise<Article> {
  const stored = await articles.get(articleId);
  if (stored === undefined) {
    throw new AppError({
      code: 'input-missing',
      userMessage: 'That article is no longer stored; please send it again.',
      details: { articleId },
    });
  }
  return stored;
}
