import type { ArticleBriefJob, ArticleIngestJob } from '../../model/jobs.ts';
import type { ArticleExtractor } from '../../ports/article-extractor.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { PageFetcher } from '../../ports/page-fetcher.ts';
import type { StepWrites } from '../../ports/step-writes.ts';
import type { ArticleStore } from '../../ports/stores.ts';
import { AppError } from '../../errors.ts';
import { fetchArticle } from '../fetch-article.ts';
import { createSequentialStepWrites } from './create-sequential-step-writes.ts';

export interface HandleArticleIngestDependencies {
  fetcher: PageFetcher;
  extractor: ArticleExtractor;
  articles: ArticleStore;
  briefQueue: JobQueue<ArticleBriefJob>;
  /** Stores the article and queues its brief in one round trip; default: one call after another. */
  writes?: StepWrites;
}

/**
 * The ingest step (I/O-bound): fetch and extract the article, store it by content hash, and
 * hand the brief step its id. Fetch failures keep their AppError: retryable ones (timeouts,
 * 5xx) are retried with backoff, the rest reach the user as one sentence.
 */
export async function handleArticleIngest(
  dependencies: HandleArticleIngestDependencies,
  job: ArticleIngestJob,
  signal?: AbortSignal,
): Promise<{ articleId: string }> {
  const writes = dependencies.writes ?? createSequentialStepWrites(dependencies);
  const { input, ...rest } = job;
  const briefJobId = { jobId: `brief-${job.requestId}` };
  if (input.kind === 'url') {
    const article = await fetchArticle(dependencies, input.url, signal);
    await writes.storeArticleAndQueueBrief(article, { ...rest, articleId: article.id }, briefJobId);
    return { articleId: article.id };
  }
  const stored = await dependencies.articles.get(input.articleId);
  if (stored === undefined) {
    throw new AppError({
      code: 'input-missing',
      userMessage: 'That article is no longer stored; please send it again.',
      details: { articleId: input.articleId },
    });
  }
  await dependencies.briefQueue.enqueue({ ...rest, articleId: stored.id }, briefJobId);
  return { articleId: stored.id };
}
