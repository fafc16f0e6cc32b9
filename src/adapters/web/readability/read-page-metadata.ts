import type { DomDocument } from './dom-types.ts';

/** What the page says about itself in meta tags, JSON-LD and <html lang>, read before Readability edits the DOM. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  language?: string;
  canonicalUrl?: string;
  /** og:type article or a JSON-LD *Article / *Posting: the page calls itself an article. */
  declaresArticle: boolean;
  /** JSON-LD isAccessibleForFree: false (on the article or one of its parts). */
  declaresPaywall: boolean;
}

const articleTypes =
  /(?:Article|BlogPosting|LiveBlogPosting|Report|NewsArticle|SocialMediaPosting)$/u;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in a JSON-LD value, including those inside @graph and nested arrays. */
function jsonLdObjects(value: unknown, found: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 6) return found;
  if (Array.isArray(value)) {
    for (const item of value) jsonLdObjects(item, found, depth + 1);
  } else if (isObject(value)) {
    found.push(value);
    if (value['@graph'] !== undefined) jsonLdObjects(value['@graph'], found, depth + 1);
  }
  return found;
}

function typeNames(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((name): name is string => typeof name === 'string') : [];
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim();
  if (Array.isArray(value)) return value.map(stringField).find((name) => name !== undefined);
  if (isObject(value)) return stringField(value['name']);
  return undefined;
}

function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

function readJsonLd(document: DomDocument): JsonObject | undefined {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
  const objects = scripts.flatMap((script) => {
    try {
      return jsonLdObjects(JSON.parse(script.textContent ?? '') as unknown);
    } catch {
      return []; // Broken JSON-LD is common; the meta tags still speak.
    }
  });
  return objects.find((object) => typeNames(object).some((name) => articleTypes.test(name)));
}

function meta(document: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function absoluteHttpUrl(value: string | undefined, base: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Normalises a parseable date to ISO 8601; keeps the page's own string otherwise. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
}

/** Reads the page's self-description. Call before Readability runs: it removes scripts and metas. */
export function readPageMetadata(document: DomDocument, url: string): PageMetadata {
  const jsonLd = readJsonLd(document);
  const parts = jsonLd?.['hasPart'];
  const partList = Array.isArray(parts) ? parts : [parts];
  const declaresPaywall =
    jsonLd !== undefined &&
    (isFalse(jsonLd['isAccessibleForFree']) ||
      partList.some((part) => isObject(part) && isFalse(part['isAccessibleForFree'])));
  const timeElement = document.querySelector('article time[datetime], time[datetime]');
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta(document, 'og:url');
  const language =
    document.documentElement?.getAttribute('lang')?.trim() ||
    meta(document, 'og:locale', 'content-language', 'language');
  const metadata: PageMetadata = {
    title: stringField(jsonLd?.['headline']) ?? meta(document, 'og:title', 'twitter:title'),
    byline:
      stringField(jsonLd?.['author']) ??
      meta(document, 'author', 'article:author', 'parsely-author', 'byl'),
    publishedAt: toIsoDate(
      stringField(jsonLd?.['datePublished']) ??
        meta(
          document,
          'article:published_time',
          'datePublished',
          'pubdate',
          'publishdate',
          'parsely-pub-date',
          'date',
          'dc.date',
          'DC.date.issued',
        ) ??
        timeElement?.getAttribute('datetime') ??
        undefined,
    ),
    siteName:
      meta(document, 'og:site_name', 'application-name') ?? stringField(jsonLd?.['publisher']),
    language: language?.replace('_', '-'),
    canonicalUrl: absoluteHttpUrl(canonical ?? undefined, url),
    declaresArticle: jsonLd !== undefined || meta(document, 'og:type')?.toLowerCase() === 'article',
    declaresPaywall,
  };
  return metadata;
}
