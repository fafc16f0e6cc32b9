import { describe, expect, it } from 'vitest';
import { createReadabilityExtractor } from '../../../src/adapters/web/readability/create-readability-extractor.ts';
import { AppError } from '../../../src/core/errors.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { articleFromFeedItem } from '../../../src/core/pipeline/digests/article-from-feed-item.ts';
import {
  bridgeQuote,
  chronicleBridgeParagraphs,
  gazetteBridgePage,
  gazetteBridgeParagraphs,
} from '../../integration/digests/digest-feeds.ts';
import { createFakePageFetcher, feedItem } from './digest-unit-kit.ts';

const base = 'https://news.example';
const pageUrl = `${base}/gazette/news/harbour-bridge-vote`;
const fullText = chronicleBridgeParagraphs.join('\n\n');
const teaser = 'Councillors voted seven to four for the east harbour bridge.';

function dependencies(pages: Map<string, string | Error>) {
  const fetcher = createFakePageFetcher(pages);
  return { fetcher, extractor: createReadabilityExtractor(), logger: silentLogger };
}

describe('articleFromFeedItem', () => {
  it('takes long feed content as the whole article, read from the item link, without fetching', async () => {
    const deps = dependencies(new Map());
    const article = await articleFromFeedItem(
      deps,
      feedItem('g1', 'Council approves bridge funding', {
        url: `${pageUrl}?utm_source=rss`,
        canonicalUrl: pageUrl,
        contentText: fullText,
        summary: teaser,
        publishedAt: '2024-11-27T23:40:00.000Z',
      }),
      { feedTitle: 'Harbourside Chronicle' },
    );
    expect(deps.fetcher.fetched).toEqual([]);
    expect(article?.text).toBe(fullText);
    expect(article?.text).toContain(bridgeQuote);
    expect(article?.source).toEqual({
      origin: 'page',
      completeness: 'full',
      location: pageUrl,
      canonicalUrl: pageUrl,
    });
    expect(article).toMatchObject({
      title: 'Council approves bridge funding',
      siteName: 'Harbourside Chronicle',
      publishedAt: '2024-11-27T23:40:00.000Z',
    });
  });

  it('reads the linked page when the feed gives only a teaser', async () => {
    const deps = dependencies(new Map([[pageUrl, gazetteBridgePage(base)]]));
    const article = await articleFromFeedItem(
      deps,
      feedItem('g2', 'Councillors back bridge', { url: pageUrl, summary: teaser }),
      { feedTitle: 'Coastal Gazette feed' },
    );
    expect(deps.fetcher.fetched).toEqual([pageUrl]);
    expect(article?.source).toMatchObject({ origin: 'page', completeness: 'full' });
    expect(article?.text).toBe(gazetteBridgeParagraphs.join('\n\n'));
    // The page names its outlet; the feed title is only a fallback.
    expect(article?.siteName).toBe('Coastal Gazette');
  });

  it('falls back to the feed excerpt, marked partial, when the page cannot be read', async () => {
    const refused = new AppError({
      code: 'fetch-http-error',
      userMessage: 'The website refused access to the page (HTTP 403).',
    });
    const deps = dependencies(new Map([[pageUrl, refused]]));
    const article = await articleFromFeedItem(
      deps,
      feedItem('g3', 'Councillors back bridge', { url: pageUrl, summary: teaser }),
    );
    expect(article?.text).toBe(teaser);
    expect(article?.source).toEqual({
      origin: 'feed-excerpt',
      completeness: 'partial',
      location: pageUrl,
    });
  });

  it('skips an item with no link and no words', async () => {
    const deps = dependencies(new Map());
    expect(await articleFromFeedItem(deps, feedItem('g4', 'Live updates'))).toBeUndefined();
  });
});
