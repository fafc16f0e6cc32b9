import type { FetchPurpose } from '../../../core/ports/page-fetcher.ts';

/**
 * Which media types each purpose accepts.
 *
 * Pages: HTML and XHTML, plus text/plain — pasted-text and plain-text article sites exist,
 * and the extractor can treat plain text as the article body.
 * Feeds: RSS, Atom, RDF, generic XML and JSON Feed (with the legacy x- spellings some
 * servers still send). text/html is refused for feeds: it is the page linking to a feed,
 * and feed discovery is the feed reader's job, not the fetcher's.
 * Feed-or-page: both, for an address pasted to subscribe (discovery reads the page's links).
 */
const feedTypes: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'application/x-rss+xml',
  'application/x-atom+xml',
]);

const acceptedTypes: Readonly<Record<FetchPurpose, ReadonlySet<string>>> = {
  page: new Set(['text/html', 'application/xhtml+xml', 'text/plain']),
  feed: feedTypes,
  'feed-or-page': new Set([...feedTypes, 'text/html', 'application/xhtml+xml', 'text/plain']),
};

/** The Accept header sent for each purpose, preferring what we read best. */
export const acceptHeaders: Readonly<Record<FetchPurpose, string>> = {
  page: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8',
  'feed-or-page':
    'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,application/xhtml+xml;q=0.8,application/json;q=0.7',
};

/** "Text/HTML; charset=UTF-8" → "text/html"; missing header → "". */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** True when a body of this media type can serve the purpose. */
export function isAcceptedMediaType(purpose: FetchPurpose, mediaType: string): boolean {
  return acceptedTypes[purpose].has(mediaType);
}

/**
 * Guesses a media type for a response that declared none, from its first bytes: markup
 * that starts like a feed or like HTML. Returns "" when it cannot tell.
 */
export function sniffMediaType(purpose: FetchPurpose, head: string): string {
  const start = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (purpose !== 'page') {
    if (start.startsWith('<?xml') || /^<(rss|feed|rdf:rdf)\b/.test(start)) return 'application/xml';
    if (start.startsWith('{')) return 'application/json';
    if (purpose === 'feed') return '';
  }
  if (
    start.startsWith('<!doctype html') ||
    /^(<!--[\s\S]*?-->\s*)*<(html|head|body)\b/.test(start)
  ) {
    return 'text/html';
  }
  return '';
}
