import type { Article } from '../model/article.ts';
import type { BriefEngine, BriefOptions, PartsRead, TokenUsage } from '../model/brief.ts';
import type { QuoteCandidate } from '../model/quote.ts';
import type { QuoteVerification } from '../pipeline/verify-quotes.ts';

/** What an engine proposes before quotes are verified against the source. */
export interface BriefDraft {
  headline: string;
  bullets: string[];
  quoteCandidates: QuoteCandidate[];
  engine: BriefEngine;
  usage?: TokenUsage;
  /** Set when the text was too long and only its first parts were read. */
  partsRead?: PartsRead;
  /**
   * `quoteCandidates` already checked by verifyQuotes against the article's text, where the
   * draft was written: the threaded offline engine does both in one task, so the article
   * crosses to a thread once (issue 13). Absent: briefArticle verifies them itself.
   */
  verification?: QuoteVerification;
}

/**
 * Something that writes briefs: the offline extractive engine or a model behind the prompt
 * layer. `cacheIdentity` names everything besides the text and options that changes the output
 * (engine, prompt id and version, model), so it goes into the cache key.
 */
export interface BriefWriter {
  readonly cacheIdentity: string;
  write(article: Article, options: BriefOptions, signal?: AbortSignal): Promise<BriefDraft>;
}
