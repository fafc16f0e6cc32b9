import { parseFeed as parseAnyFeed } from 'feedsmith';
import type { AnyFeed } from 'feedsmith';
import { AppError } from '../../../core/errors.ts';
import type { FeedDocument } from '../../../core/model/feed.ts';
import { normalizeAtomFeed } from './normalize-atom-feed.ts';
import { normalizeJsonFeed } from './normalize-json-feed.ts';
import { normalizeRdfFeed } from './normalize-rdf-feed.ts';
import { normalizeRssFeed } from './normalize-rss-feed.ts';

export interface ParseFeedOptions {
  /** The URL the feed was fetched from (after redirects): relative links resolve against it. */
  baseUrl?: string;
}

export const notAFeedMessage = 'That link is not a news feed (RSS, Atom or JSON Feed).';

function notAFeedError(contentType: string, reason: string, cause?: unknown): AppError {
  return new AppError({
    code: 'feed-invalid',
    userMessage: notAFeedMessage,
    details: { contentType, reason },
    cause,
  });
}

function normalize(parsed: AnyFeed, baseUrl: string | undefined): FeedDocument {
  switch (parsed.format) {
    case 'rss':
      return normalizeRssFeed(parsed.feed, baseUrl);
    case 'atom':
      return normalizeAtomFeed(parsed.feed, baseUrl);
    case 'rdf':
      return normalizeRdfFeed(parsed.feed, baseUrl);
    case 'json':
      return normalizeJsonFeed(parsed.feed, baseUrl);
  }
}

function fallbackTitle(document: FeedDocument): string {
  if (document.siteUrl === undefined) return 'Untitled feed';
  return new URL(document.siteUrl).hostname;
}

/**
 * Reads an RSS 0.9x/2.0, Atom 0.3/1.0, RDF/RSS 1.0 or JSON Feed 1.x body (format detected by
 * feedsmith from the content, since servers mislabel feeds) into one FeedDocument with
 * plain-text fields. Throws AppError 'feed-invalid' for an empty body, an HTML page,
 * malformed XML/JSON, or a document with neither a title nor any item.
 */
export function parseFeed(
  body: string,
  contentType: string,
  options: ParseFeedOptions = {},
): FeedDocument {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text === '') throw notAFeedError(contentType, 'empty body');
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed(text);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unparseable';
    throw notAFeedError(contentType, reason, error);
  }
  const document = normalize(parsed, options.baseUrl);
  if (document.title === '' && document.items.length === 0) {
    throw notAFeedError(contentType, `empty ${parsed.format} document`);
  }
  return document.title === '' ? { ...document, title: fallbackTitle(document) } : document;
}
