import type { DomElement } from './dom-types.ts';

/**
 * Class, id and data-component words that name page furniture. We match whole words of the
 * names ("ad-slot" → ad, slot), never substrings, so "shadow" or "header" are not ads.
 */

export const debrisWords = new Set([
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
  'comment',
  'discussion',
  'reactions',
  // Reader-revenue appeals ("epic" is the Guardian's name, copied by other designs).
  'epic',
  'donate',
  'donation',
  'disclaimer',
  'jwplayer',
  // The same furniture in other languages' class names.
  'comentarios',
  'kommentare',
  'commentaires',
  'commenti',
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
  ['video', 'container'],
  ['sign', 'up'],
  ['more', 'on'],
  // Medium marks its author, clap and follow widgets for its text-to-speech reader.
  ['speechify', 'ignore'],
  // The class names in the platforms' own embed code, so the same on every site that pastes
  // a post in: the placeholder text ("View this post on Instagram") is not the article's.
  ['instagram', 'media'],
  ['twitter', 'tweet'],
  ['tiktok', 'embed'],
  ['bluesky', 'embed'],
];

/**
 * Attributes that name an element's role. data-qa is the test hook Arc XP sites (the
 * Washington Post and its licensees) put on every module, often alongside hashed classes
 * ("wpds-c-PJLV") that say nothing: data-qa="newsletter-signup" is the only readable name.
 */
export const nameAttributes = ['class', 'id', 'data-component', 'data-testid', 'data-qa'];

/** The words of an element's class, id, data-component, data-testid and data-qa names, lowercased. */
export function nameWords(element: DomElement): string[] {
  const names = nameAttributes.map((attribute) => element.getAttribute(attribute) ?? '').join(' ');
  return names
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/u)
    .filter((word) => word.length > 0);
}

/** The dek under the headline: the title's companion, not the body. */
const deckWords = new Set([
  'standfirst',
  'dek',
  'deck',
  'strapline',
  'subtitle',
  'subheading',
  // German and CMS names for the same line ("article-teaser", "story-summary").
  'teaser',
  'summary',
]);

/**
 * True when the names call the element a dek. Some sites use the same names for subheads
 * inside the body, so the caller only trusts this above the first body paragraph.
 */
export function isDeckByName(element: DomElement): boolean {
  const words = nameWords(element);
  if (words.some((word) => deckWords.has(word))) return true;
  const joined = new Set(words);
  return joined.has('sub') && (joined.has('title') || joined.has('heading'));
}

/** True when the element's class, id or data-component names it as page furniture. */
export function isFurnitureByName(element: DomElement): boolean {
  const words = nameWords(element);
  if (words.length === 0) return false;
  const joined = new Set(words);
  if (words.some((word) => debrisWords.has(word))) return true;
  return debrisPairs.some(([first, second]) => joined.has(first) && joined.has(second));
}
