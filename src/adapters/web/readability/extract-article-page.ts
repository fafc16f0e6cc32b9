import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AppError } from '../../../core/errors.ts';
import type { ExtractedPage } from '../../../core/ports/article-extractor.ts';
import { silentLogger, type Logger } from '../../../core/ports/logger.ts';
import { noArticleText, pageTooComplex } from '../../../core/pipeline/page-errors.ts';
import { collectBlockText } from './collect-block-text.ts';
import type { DomDocument, DomElement } from './dom-types.ts';
import { hasPaywallMarkers, judgeArticleShape } from './judge-article-shape.ts';
import { readPageMetadata, toIsoDate } from './read-page-metadata.ts';
import { markHeadlineBoxes, pruneArticleContent } from './prune-article-content.ts';
import { protectSubheads } from './protect-subheads.ts';
import { readKeyPoints } from './read-key-points.ts';
import { defaultDomLimits, measureDom, type DomLimits } from './measure-dom.ts';
import { removeDebrisElements } from './remove-debris-elements.ts';

export interface ExtractArticlePageOptions {
  logger?: Logger;
  /** Caps on the DOM checked before Readability runs; default defaultDomLimits. */
  limits?: DomLimits;
}

const notAnArticle =
  'That page does not look like a news article, so there is nothing to summarize.';
const paywalledOnly =
  'That article is behind a paywall and the page shows too little of it to summarize.';

/**
 * Parses HTML with linkedom, refuses a body with no element (linkedom's document.head throws a
 * TypeError there) or a DOM over the caps, and points relative links at the page's own URL.
 */
function parseDocument(html: string, url: string, limits: DomLimits): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const root = document.documentElement;
  if (root === null) throw noArticleText({ url, reason: 'no-elements' });
  const size = measureDom(root, limits);
  if (size.overLimit)
    throw pageTooComplex({ url, reason: 'dom-over-limit', ...size, limits: { ...limits } });
  const head = document.head ?? root;
  if (document.querySelector('base[href]') === null) {
    const base = document.createElement('base');
    base.setAttribute('href', url);
    head.prepend(base);
  }
  return document;
}

function optional(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/gu, ' ').trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Bylines often arrive glued to the date line ("Jane Doe Sept. 18, 2024, 5:00 a.m. ET") or
 * prefixed with "By"; keep the names only.
 */
function cleanByline(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const names = value
    .replace(/^by\s+/iu, '')
    .split(
      /\s*[|·•]\s*|\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\s+(?=\d)/iu,
    )[0]
    ?.replace(/[\s,;:–—-]+$/u, '')
    .trim();
  return names ? names : undefined;
}

/**
 * Reads one page with @mozilla/readability over linkedom (about five times faster than jsdom).
 * Synchronous and CPU-bound: the service runs it in a worker thread under a time limit (see
 * adapters/threads), the CLI on its own thread. Page furniture is removed before Readability
 * runs; the body is rebuilt from block elements so paragraphs stay apart; pages that are not
 * articles fail with AppError not-an-article, DOMs over the caps with page-too-complex.
 */
export function extractArticlePage(
  html: string,
  url: string,
  options: ExtractArticlePageOptions = {},
): ExtractedPage {
  const logger = options.logger ?? silentLogger;
  const started = performance.now();
  const document = parseDocument(html, url, options.limits ?? defaultDomLimits);
  const metadata = readPageMetadata(document, url);
  const paywallMarkers = hasPaywallMarkers(document);
  const keyPoints = readKeyPoints(document);
  const removedElements = removeDebrisElements(document);
  markHeadlineBoxes(document);
  protectSubheads(document);
  // A page that was all furniture (a lone <svg>, say) has no root left, and Readability throws
  // a plain Error on a document without one.
  if (document.documentElement === null) {
    throw new AppError({
      code: 'not-an-article',
      userMessage: notAnArticle,
      details: { url, reason: 'only-page-furniture' },
    });
  }
  const article = new Readability<DomElement>(document, {
    serializer: (node: DomElement) => node,
  }).parse();
  const content = article?.content;
  if (article === null || content === null || content === undefined) {
    throw new AppError({
      code: 'not-an-article',
      userMessage: notAnArticle,
      details: { url, reason: 'readability-found-nothing' },
    });
  }
  const prunedElements = pruneArticleContent(content);
  const blocks = collectBlockText(content);
  const missingKeyPoints = keyPoints.filter(
    (point) => !blocks.paragraphs.some((paragraph) => paragraph.includes(point)),
  );
  const text = [...missingKeyPoints, ...blocks.paragraphs].join('\n\n');
  const paywalled = metadata.declaresPaywall || (paywallMarkers && text.length < 2500);
  const shape = judgeArticleShape(blocks, metadata.declaresArticle);
  const elapsedMs = Math.round(performance.now() - started);
  logger.debug(
    {
      url,
      elapsedMs,
      characters: text.length,
      removedElements,
      prunedElements,
      shape,
      paywalled,
    },
    'page extracted',
  );
  if (shape === 'index') {
    throw new AppError({
      code: 'not-an-article',
      userMessage: notAnArticle,
      details: { url, reason: 'index-page' },
    });
  }
  if (shape === 'too-short' && !(paywalled && text.length >= 80)) {
    if (paywalled)
      throw new AppError({ code: 'paywalled', userMessage: paywalledOnly, details: { url } });
    throw new AppError({
      code: 'not-an-article',
      userMessage: notAnArticle,
      details: { url, reason: 'too-short', characters: text.length },
    });
  }
  // og:title and JSON-LD headline rarely carry the site-name or section prefix Readability keeps.
  const title = metadata.title ?? optional(article.title) ?? '';
  const readabilityByline = optional(article.byline);
  // A byline with digits swallowed a date line; the page's metadata is the cleaner source.
  const byline = cleanByline(
    readabilityByline !== undefined && /\d/u.test(readabilityByline)
      ? (metadata.byline ?? readabilityByline)
      : (readabilityByline ?? metadata.byline),
  );
  return {
    title,
    byline,
    publishedAt: toIsoDate(optional(article.publishedTime)) ?? metadata.publishedAt,
    siteName: optional(article.siteName) ?? metadata.siteName,
    language: metadata.language ?? optional(article.lang),
    canonicalUrl: metadata.canonicalUrl,
    text,
    paywalled,
  };
}
