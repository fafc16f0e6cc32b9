import type { DomDocument, DomElement } from './dom-types.ts';

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
];

const debrisWords = new Set([
  'share',
  'sharing',
  'sharebar',
  'social',
  'socials',
  'newsletter',
  'newsletters',
  'related',
  'recommended',
  'recommendations',
  'promo',
  'promos',
  'promotion',
  'advert',
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'adslot',
  'adunit',
  'dfp',
  'sponsored',
  'outbrain',
  'taboola',
  'subscribe',
  'subscription',
  'signup',
  'caption',
  'credit',
  'credits',
  'trending',
  'popular',
  'mostread',
  'breadcrumb',
  'breadcrumbs',
  'comments',
  'toolbar',
  'tags',
  'taglist',
  'topics',
  'sidebar',
  'rail',
  'modal',
  'popup',
  'overlay',
  'cookie',
  'consent',
  'gdpr',
  'paywall',
  'regwall',
  'sronly',
  'visuallyhidden',
  'tooltip',
  'cta',
  'pullquote',
  'player',
  // The same furniture in other languages' class names.
  'anzeige',
  'werbung',
  'teilen',
  'lesetipp',
  'publicite',
  'publicidad',
  'pubblicita',
  'compartir',
  'partager',
]);

/** Word pairs that mark furniture only together ("author bio", "read more", "more stories"). */
const debrisPairs: readonly (readonly [string, string])[] = [
  ['author', 'bio'],
  ['author', 'box'],
  ['author', 'card'],
  ['author', 'info'],
  ['about', 'author'],
  ['author', 'profile'],
  ['read', 'more'],
  ['more', 'stories'],
  ['most', 'read'],
  ['sr', 'only'],
  ['visually', 'hidden'],
  ['article', 'tools'],
  ['story', 'tools'],
  ['print', 'button'],
  ['see', 'also'],
  ['you', 'may'],
  ['also', 'like'],
  ['up', 'next'],
  ['live', 'ticker'],
  ['piano', 'offer'],
  ['pull', 'quote'],
  ['video', 'player'],
  ['video', 'resource'],
  ['audio', 'player'],
  ['media', 'player'],
];

function nameWords(element: DomElement): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('data-component') ?? ''}`;
  return names
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/u)
    .filter((word) => word.length > 0);
}

/** True when the element's class, id or data-component names it as page furniture. */
export function isFurnitureByName(element: DomElement): boolean {
  const words = nameWords(element);
  if (words.length === 0) return false;
  const joined = new Set(words);
  if (words.some((word) => debrisWords.has(word))) return true;
  return debrisPairs.some(([first, second]) => joined.has(first) && joined.has(second));
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
    document.querySelectorAll(`${furnitureTags.join(',')},[class],[id],[data-component],[hidden]`),
  );
  for (const element of candidates) {
    if (protectedTags.has(element.localName)) continue;
    const byTag =
      furnitureTags.includes(element.localName) || element.getAttribute('hidden') !== null;
    if (!byTag && !isFurnitureByName(element)) continue;
    if (element.querySelector('h1') !== null || textLength(element) > limit) continue;
    element.remove();
    removed += 1;
  }
  return removed;
}
