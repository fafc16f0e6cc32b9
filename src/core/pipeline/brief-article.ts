import type { Article } from '../model/article.ts';
import type { Brief, BriefOptions } from '../model/brief.ts';
import type { BriefDraft, BriefWriter } from '../ports/brief-writer.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import { inProcessQuoteVerifier, type QuoteVerifier } from '../ports/quote-verifier.ts';
import type { BriefStore } from '../ports/stores.ts';
import { isAppError } from '../errors.ts';
import { cleanTitle } from '../engines/summary/make-headline.ts';
import { briefCacheKey } from './brief-cache-key.ts';
import { guardModelOutput } from './guard-model-output.ts';
import { selectKeyQuotes } from './select-key-quotes.ts';
import { detectLanguage } from '../text/detect-language.ts';

export interface BriefArticleDependencies {
  writer: BriefWriter;
  /** Writes the brief when `writer` fails (the offline engine); omitted when writer is offline. */
  fallbackWriter?: BriefWriter;
  briefStore?: BriefStore;
  clock: Clock;
  logger: Logger;
  /** Where quotes are verified; the worker runs it in a thread. Default: in process. */
  quoteVerifier?: QuoteVerifier;
}

/**
 * Writes a brief for an article: from the cache when the same text was briefed with the same
 * engine and options, otherwise by the writer (falling back to the offline engine when a model
 * fails). Every engine's quotes go through verifyQuotes: only verbatim spans with a speaker
 * found in the text reach the brief.
 */
export async function briefArticle(
  dependencies: BriefArticleDependencies,
  article: Article,
  options: BriefOptions,
  signal?: AbortSignal,
): Promise<Brief> {
  const { writer, briefStore, logger } = dependencies;
  const cacheKey = briefCacheKey(article, writer.cacheIdentity, options);
  const cached = await briefStore?.get(cacheKey);
  if (cached !== undefined) {
    logger.info({ articleId: article.id, cacheKey }, 'brief served from cache');
    return { ...cached, fromCache: true };
  }

  const { draft, injectedQuotes } = await groundedDraft(dependencies, article, options, signal);
  const verifier = dependencies.quoteVerifier ?? inProcessQuoteVerifier;
  const verification =
    draft.verification ?? (await verifier.verify(article.text, draft.quoteCandidates));
  if (verification.dropped.length > 0) {
    logger.warn(
      {
        articleId: article.id,
        engine: draft.engine.name,
        dropped: verification.dropped.map((item) => ({
          reason: item.reason,
          text: item.candidate.text.slice(0, 80),
        })),
      },
      'quotes dropped by verification',
    );
  }
  const language = detectLanguage(article.text, article.language);
  const brief: Brief = {
    articleId: article.id,
    headline: draft.headline,
    bullets: draft.bullets,
    keyQuotes: selectKeyQuotes(verification.verified, options.length),
    engine: draft.engine,
    options,
    ...(draft.usage === undefined ? {} : { usage: draft.usage }),
    ...(draft.partsRead === undefined ? {} : { partsRead: draft.partsRead }),
    droppedQuotes: verification.dropped.length + injectedQuotes,
    createdAt: dependencies.clock.now().toISOString(),
    fromCache: false,
    ...(language === undefined ? {} : { language }),
  };
  // A fallback brief is not cached under the model's key: the next request should try the model again.
  if (draft.engine.fallbackReason === undefined) await briefStore?.put(cacheKey, brief);
  return brief;
}

/**
 * A model's draft, kept to what the article says (see guardModelOutput). A model whose
 * bullets are all ungrounded is treated like a failed model: the offline engine writes instead.
 */
async function groundedDraft(
  dependencies: BriefArticleDependencies,
  article: Article,
  options: BriefOptions,
  signal?: AbortSignal,
): Promise<{ draft: BriefDraft; injectedQuotes: number }> {
  const draft = await writeDraft(dependencies, article, options, signal);
  if (draft.engine.name === 'offline') return { draft, injectedQuotes: 0 };
  const guarded = guardModelOutput(article.text, draft, options.language !== undefined);
  if (guarded.droppedBullets.length > 0 || guarded.droppedQuotes > 0) {
    dependencies.logger.warn(
      {
        articleId: article.id,
        droppedBullets: guarded.droppedBullets,
        droppedQuotes: guarded.droppedQuotes,
      },
      'model output not grounded in the article was dropped',
    );
  }
  if (guarded.draft.bullets.length === 0 && dependencies.fallbackWriter !== undefined) {
    const fallback = await dependencies.fallbackWriter.write(article, options, signal);
    const engine = {
      ...fallback.engine,
      fallbackReason: 'The model’s summary did not match the article.',
    };
    const usage = draft.usage === undefined ? {} : { usage: draft.usage };
    return { draft: { ...fallback, engine, ...usage }, injectedQuotes: guarded.droppedQuotes };
  }
  const headline =
    guarded.draft.headline === '' ? cleanTitle(article.title) : guarded.draft.headline;
  return { draft: { ...guarded.draft, headline }, injectedQuotes: guarded.droppedQuotes };
}

async function writeDraft(
  dependencies: BriefArticleDependencies,
  article: Article,
  options: BriefOptions,
  signal?: AbortSignal,
): Promise<BriefDraft> {
  const { writer, fallbackWriter, logger } = dependencies;
  try {
    return await writer.write(article, options, signal);
  } catch (error) {
    if (fallbackWriter === undefined || signal?.aborted === true) throw error;
    const reason = isAppError(error) ? error.userMessage : 'The model failed.';
    logger.error(
      { articleId: article.id, err: error },
      'model brief failed; using the offline engine',
    );
    const draft = await fallbackWriter.write(article, options, signal);
    return { ...draft, engine: { ...draft.engine, fallbackReason: reason } };
  }
}
