import type { FeedItem } from '../../../core/model/feed.ts';
import { canonicalizeLink } from '../../../core/pipeline/feeds/canonicalize-link.ts';
import { feedItemContentHash } from '../../../core/pipeline/feeds/feed-item-keys.ts';
import { excerptOf, htmlToText } from './html-to-text.ts';

/** A piece of feed text and whether it is markup (RSS descriptions, Atom type="html"). */
export interface FeedText {
  value: string;
  html: boolean;
}

/** One item as each format's normaliser sees it, before cleaning. */
export interface RawFeedItem {
  guid?: string | undefined;
  link?: string | undefined;
  title?: FeedText | undefined;
  summary?: FeedText | undefined;
  content?: FeedText | undefined;
  published?: string | undefined;
  author?: string | undefined;
}

const summaryLength = 500;
const titleFromTextLength = 120;

/**
 * Lines blog engines append to every description: they name the site, not the story, and
 * would make every excerpt (and its content hash) share a tail.
 */
const boilerplateParagraphs = [
  /^The post .+ appeared first on .+$/su,
  /^(Continue reading|Read more|Read the full (story|article))\b.{0,80}$/isu,
  /^(Related|See also|More on this story|Read also)\s*:.{0,200}$/isu,
  /^(\[(…|\.\.\.)\]|…)$/u,
];

function withoutBoilerplate(text: string): string {
  return text
    .split('\n\n')
    .filter((paragraph) => !boilerplateParagraphs.some((pattern) => pattern.test(paragraph)))
    .map((paragraph) => paragraph.replace(/\s*\[(…|\.\.\.)\]$/u, '…'))
    .join('\n\n');
}

export function plainTextOf(text: FeedText | undefined): string {
  if (text === undefined) return '';
  const plain = text.html ? htmlToText(text.value) : text.value.replace(/[ \t]+/g, ' ').trim();
  return withoutBoilerplate(plain).trim();
}

/** An absolute http(s) link, or undefined: relative links resolve against `base`. */
export function resolveLink(
  link: string | undefined,
  base: string | undefined,
): string | undefined {
  if (link === undefined || link.trim() === '') return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isoDate(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/**
 * Cleans one item: plain-text title, excerpt and content, absolute and canonical links, an
 * ISO date, and a stable id (guid, else canonical link, else content hash). Returns undefined
 * for an item with nothing to show (no title, no text, no link).
 */
export function buildFeedItem(raw: RawFeedItem, base: string | undefined): FeedItem | undefined {
  const url = resolveLink(raw.link, base);
  const canonicalUrl = url === undefined ? undefined : canonicalizeLink(url);
  const contentPlain = plainTextOf(raw.content);
  const contentText = contentPlain === '' ? undefined : contentPlain;
  const summarySource = plainTextOf(raw.summary) || contentPlain;
  const summary = optionalText(excerptOf(summarySource, summaryLength));
  const title =
    optionalText(plainTextOf(raw.title)) ??
    (summary === undefined ? undefined : excerptOf(summary, titleFromTextLength)) ??
    url;
  if (title === undefined) return undefined;
  const guid = optionalText(raw.guid);
  const publishedAt = isoDate(raw.published);
  const author = optionalText(raw.author);
  return {
    id: guid ?? canonicalUrl ?? feedItemContentHash(title, summary),
    ...(guid === undefined ? {} : { guid }),
    ...(url === undefined ? {} : { url }),
    ...(canonicalUrl === undefined ? {} : { canonicalUrl }),
    title,
    ...(summary === undefined ? {} : { summary }),
    ...(contentText === undefined ? {} : { contentText }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(author === undefined ? {} : { author }),
  };
}
