import type { DomDocument, DomElement } from './dom-types.ts';
import { isDeckByName, isFurnitureByName, nameAttributes, nameWords } from './furniture-names.ts';

/**
 * Removes page furniture that Readability keeps: its "unlikely candidate" test spares any
 * element whose class mentions "article" or "content", so "related-articles" and
 * "share-tools" boxes routinely end up inside the body. We match whole words of class and id
 * names ("ad-slot" → ad, slot), never substrings, so "shadow" or "header" are not ads.
 */

const furnitureTags = [
  'nav',
  'aside',
  'footer',
  'figcaption',
  'form',
  'button',
  'select',
  'textarea',
  'dialog',
  'iframe',
  'noscript',
  'svg',
  // AMP's custom elements for ads, share buttons, menus and consent banners.
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-social-share',
  'amp-sidebar',
  'amp-analytics',
  'amp-consent',
  'amp-geo',
  // AMP's social embeds: their fallback text is the platform's placeholder, not the article's.
  'amp-instagram',
  'amp-twitter',
  'amp-facebook',
  'amp-tiktok',
  'amp-bluesky',
];

/** compareDocumentPosition's bit for "the other node comes after this one". */
const followingNode = 4;
/** compareDocumentPosition's bit for "the other node is inside this one". */
const containedNode = 16;

const bylineWords = new Set(['byline', 'bylines', 'timestamp', 'dateline', 'meta', 'signature']);

/**
 * A byline, date or sign-off box ("Jane Doe" glued to "Sept. 30, 2024"): named so and short. Readability
 * reads the author from the page's metadata first, so removing the box costs it little.
 */
function isBylineBox(element: DomElement): boolean {
  return textLength(element) < 200 && nameWords(element).some((word) => bylineWords.has(word));
}

function textLength(element: DomElement | null): number {
  return element?.textContent?.replace(/\s+/gu, ' ').length ?? 0;
}

/**
 * Removes share bars, related-link lists, newsletter boxes, captions, author boxes and ads.
 * An element holding most of the page's paragraph text is never removed, whatever its name:
 * a body wrapper called "article-body has-share-bar" must survive.
 */
export function removeDebrisElements(document: DomDocument): number {
  const paragraphText = Array.from(document.querySelectorAll('p')).reduce(
    (sum, paragraph) => sum + textLength(paragraph),
    0,
  );
  const limit = Math.max(200, paragraphText * 0.5);
  const firstProse = Array.from(document.querySelectorAll('p')).find(
    (paragraph) => textLength(paragraph) >= 150,
  );
  // Only a dek above the body counts: below it the same names mark subheads, and a box
  // holding the first prose paragraph ("entry-summary" around the lede) is body, not a dek.
  const isDeckAboveBody = (element: DomElement): boolean => {
    if (firstProse === undefined) return false;
    const position = element.compareDocumentPosition(firstProse);
    return (
      (position & followingNode) !== 0 &&
      (position & containedNode) === 0 &&
      // A "summary" box of bullets holds the key points, which are body; a dek is one line.
      element.querySelectorAll('li').length < 2 &&
      isDeckByName(element)
    );
  };
  let removed = 0;
  const protectedTags = new Set([
    'html',
    'head',
    'body',
    'main',
    'article',
    'script',
    'meta',
    'link',
    'title',
    'h1',
    'time',
  ]);
  const candidates = Array.from(
    document.querySelectorAll(
      [...furnitureTags, ...nameAttributes.map((attribute) => `[${attribute}]`), '[hidden]'].join(
        ',',
      ),
    ),
  );
  for (const element of candidates) {
    if (protectedTags.has(element.localName)) continue;
    const byTag =
      furnitureTags.includes(element.localName) || element.getAttribute('hidden') !== null;
    if (!byTag && !isFurnitureByName(element) && !isBylineBox(element) && !isDeckAboveBody(element))
      continue;
    if (element.querySelector('h1') !== null || textLength(element) > limit) continue;
    element.remove();
    removed += 1;
  }
  return removed;
}
