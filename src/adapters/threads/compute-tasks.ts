import type { ThreadTurn } from '../../core/model/answer.ts';
import type { Article } from '../../core/model/article.ts';
import type { BriefOptions } from '../../core/model/brief.ts';
import type { BriefDraft } from '../../core/ports/brief-writer.ts';
import type { QuoteCandidate } from '../../core/model/quote.ts';
import { createOfflineBriefWriter } from '../../core/engines/offline/create-offline-brief-writer.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { verifyQuotes } from '../../core/pipeline/verify-quotes.ts';
import type { ParseFeedOptions } from '../web/feed/parse-feed.ts';
import { extractArticlePage } from '../web/readability/extract-article-page.ts';
import type { DomLimits } from '../web/readability/measure-dom.ts';

/** What every compute thread is started with. */
export interface ComputeThreadSettings {
  domLimits: DomLimits;
}

/**
 * The CPU-bound work the service runs in worker threads, by task name. Loaded only inside the
 * threads (the parent imports the type alone), so linkedom and Readability stay out of the
 * main thread's heap. A brief's steps load with the thread; feed parsing (feedsmith, digests
 * only) and the answer engine (thread questions only) on their first task, so a thread that
 * never gets one never holds them (docs/decisions/0012).
 */
export function createComputeTasks(settings: ComputeThreadSettings, logger: Logger) {
  const offlineWriter = createOfflineBriefWriter();
  return {
    'extract-page': (input: { html: string; url: string }) =>
      extractArticlePage(input.html, input.url, { logger, limits: settings.domLimits }),
    // The brief and the check of its quotes in one task: the article is copied to the thread
    // once, and only the draft and the verification come back (issue 13).
    'write-offline-brief': async (input: {
      article: Article;
      options: BriefOptions;
    }): Promise<BriefDraft> => {
      const draft = await offlineWriter.write(input.article, input.options);
      return { ...draft, verification: verifyQuotes(input.article.text, draft.quoteCandidates) };
    },
    'answer-offline': async (input: {
      article: Pick<Article, 'title' | 'text'>;
      question: string;
      history: readonly ThreadTurn[];
    }) => {
      const { answerOffline } = await import('../../core/engines/answers/answer-offline.ts');
      return answerOffline(input.article, input.question, input.history);
    },
    'verify-quotes': (input: { articleText: string; candidates: QuoteCandidate[] }) =>
      verifyQuotes(input.articleText, input.candidates),
    'parse-feed': async (input: {
      body: string;
      contentType: string;
      options: ParseFeedOptions;
    }) => {
      const { parseFeed } = await import('../web/feed/parse-feed.ts');
      return parseFeed(input.body, input.contentType, input.options);
    },
  };
}

export type ComputeTasks = ReturnType<typeof createComputeTasks>;
