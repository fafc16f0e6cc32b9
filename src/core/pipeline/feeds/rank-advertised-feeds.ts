import type { FeedDocument } from '../../model/feed.ts';

/** An advertised feed that was read and parsed. */
export interface ReadableFeed {
  url: string;
  /** The title the page gave the link, if any. */
  linkTitle?: string;
  document: FeedDocument;
}

/**
 * Picks the feed a person pasting this page most likely wants. Sites list their main feed
 * first, so page order decides ties; but a section page (`/world/`) or an article in a section
 * (`/news/local/2026/…`) also advertises the site-wide feed, often first, and the section's
 * own feed is the one whose address or title names the section. Comment feeds (WordPress
 * lists "Comments Feed" beside the posts) are never preferred over a posts feed.
 */
export function pickBestAdvertisedFeed(
  pageUrl: string,
  feeds: readonly ReadableFeed[],
): ReadableFeed | undefined {
  const sections = sectionWordsOf(pageUrl);
  let best: { feed: ReadableFeed; score: number } | undefined;
  for (const feed of feeds) {
    const score = scoreOf(feed, sections);
    if (best === undefined || score > best.score) best = { feed, score };
  }
  return best?.feed;
}

function scoreOf(feed: ReadableFeed, sections: ReadonlySet<string>): number {
  const words = new Set([
    ...wordsOf(pathOf(feed.url)),
    ...wordsOf(feed.linkTitle ?? ''),
    ...wordsOf(feed.document.title),
  ]);
  const matches = [...sections].filter((section) => words.has(section)).length;
  const isComments = words.has('comments') || words.has('comment');
  return matches - (isComments ? 10 : 0);
}

/**
 * The page's section names: its path segments that are words, not dates, ids or the article's
 * slug (the last segment of a path with several, when it has hyphens).
 */
function sectionWordsOf(pageUrl: string): Set<string> {
  const segments = pathOf(pageUrl)
    .split('/')
    .filter((segment) => segment !== '');
  const sectionSegments =
    segments.length > 1 && (segments.at(-1) ?? '').includes('-') ? segments.slice(0, -1) : segments;
  return new Set(
    sectionSegments
      .map((segment) => segment.toLowerCase().replace(/\.[a-z]+$/, ''))
      .filter((segment) => /^[a-z][a-z-]{1,}$/.test(segment) && !genericSegments.has(segment)),
  );
}

/** Segments that name no section: every feed of a site could contain them. */
const genericSegments = new Set(['index', 'home', 'www', 'en', 'amp']);

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((word) => [word, ...word.split('-')])
    .filter((word) => word !== '');
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
