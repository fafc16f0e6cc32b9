import type { BriefWriter } from '../../ports/brief-writer.ts';
import { keyQuoteLimits } from '../../pipeline/select-key-quotes.ts';
import { findKeyQuotes } from '../quotes/find-key-quotes.ts';
import { summarizeArticle } from '../summary/summarize-article.ts';
import { offlineEngineVersion } from './offline-engine-version.ts';

export { offlineEngineVersion };

/**
 * The offline extractive engine: summary bullets are the article's own best sentences and key
 * quotes come from the quote finder, so nothing can be invented. Deterministic, no network.
 */
export function createOfflineBriefWriter(): BriefWriter {
  return {
    cacheIdentity: `offline@${offlineEngineVersion}`,
    async write(article, options) {
      const summary = summarizeArticle(
        { title: article.title, text: article.text },
        { length: options.length },
      );
      const quotes = findKeyQuotes(article.text, { max: keyQuoteLimits[options.length] });
      return {
        headline: summary.headline,
        bullets: summary.bullets.map((bullet) => bullet.text),
        quoteCandidates: quotes.map((quote) => ({
          text: quote.text,
          speaker: quote.speaker,
          ...(quote.group === undefined ? {} : { group: quote.group }),
        })),
        engine: { name: 'offline' },
      };
    },
  };
}
