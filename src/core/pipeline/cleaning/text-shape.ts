import { latinLexicons } from '../../text/lexicon/index.ts';

/**
 * Small predicates about the shape of a paragraph (sentence or not, a person's name or not),
 * shared by the debris rules and the plain-text parser.
 */

/** A sentence's end: Latin stops, or the ideographic 。！？ of Chinese and Japanese. */
const terminalPunctuation = /[.!?…。！？]["'”’»)\]」』]*$/u;

/** True when the paragraph ends like a sentence (a period, question or exclamation mark, ellipsis). */
export function endsLikeSentence(paragraph: string): boolean {
  return terminalPunctuation.test(paragraph.trim());
}

/** Lowercased, quotes and dashes unified, punctuation at the ends dropped: for equality checks only. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛`´]/gu, "'")
    .replace(/[“”„‟«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s"'|:.,-]+|[\s"'|:.,-]+$/gu, '');
}

/** Small words inside names: those of every language's lexicon, and Arabic "al", "bin". */
const nameParticles = new Set([
  ...latinLexicons.flatMap((lexicon) => lexicon.nameParticles),
  'al',
  'el',
  'bin',
  'and',
  '&',
]);

/** Words that make a capitalised line a section label ("World News"), not a person's name. */
const notNameWords = new Set([
  'news',
  'world',
  'politics',
  'business',
  'opinion',
  'analysis',
  'sport',
  'sports',
  'breaking',
  'live',
  'exclusive',
  'technology',
  'tech',
  'health',
  'science',
  'video',
  'videos',
  'photos',
  'economy',
  'markets',
  'entertainment',
  'culture',
  'lifestyle',
  'local',
  'national',
  'international',
  'reporter',
  'editor',
  'correspondent',
  'updated',
  'published',
  'home',
  'menu',
  'search',
  'subscribe',
  'advertisement',
  'the',
  'more',
  'latest',
  'top',
  'stories',
  'related',
  'share',
  'print',
  'email',
  'comments',
  'travel',
  'food',
  'style',
  'arts',
  'books',
  'us',
  'uk',
  'europe',
  'asia',
  'africa',
  'americas',
  'middle',
  'east',
  'read',
  'watch',
  'listen',
  'newsletter',
  'newsletters',
]);

/** "Jane Doe", "JANE DOE", "Jean-Luc de la Croix", "A. B. Smith": 2–5 capitalised words, nothing else. */
export function looksLikePersonName(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 4 || trimmed.length > 60 || /\d/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (notNameWords.has(lower.replace(/[^\p{L}]/gu, ''))) return false;
    if (nameParticles.has(lower)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
    capitalised += 1;
  }
  return capitalised >= 2;
}

/** A list of names: "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Lee". */
export function looksLikeNameList(text: string): boolean {
  const parts = text
    .split(/\s*(?:,|\band\b|&)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return parts.length > 0 && parts.every(looksLikePersonName);
}

/** Counts sentence ends followed by a space and a capital (or the end): a cheap sentence count. */
export function countSentences(text: string): number {
  const matches = text.match(/[.!?…]["'”’)\]]*(?=\s+["'“‘(]?\p{Lu}|\s*$)|[。！？][”」』]*/gu);
  return matches?.length ?? 0;
}
