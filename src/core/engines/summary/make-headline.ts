import { englishStopwords } from '../../text/stopwords.ts';
import { countWords, hasSpacelessScript, segmentWords } from '../../text/words.ts';

const maximumHeadlineLength = 100;
const separators = [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' :: ', ' \u00B7 ', ' \u2022 '] as const;
const siteNameLinkWords = new Set(['the', 'of', 'and', '&', 'on', 'for', 'de', 'la', 'le']);
const placeholderTitles =
  /^(?:untitled(?: document)?|home|homepage|news|article|index|page not found|404.*)$/i;
/** "WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) — ": a dateline, not part of the news. */
const dateline =
  /^\p{Lu}[\p{Lu} .'\u2019-]+(?:,[^()\n\u2013\u2014-]{1,30})?\s*(?:\([^)\n]{1,40}\))?\s*(?:-|\u2013|\u2014){1,2}\s+/u;
const clauseBoundary = /[,;:]\s|\s[\u2013\u2014-]\s|\u2014|\s\((?=\S)/g;
const clauseWords =
  /\s(?=(?:who|which|after|as|while|because|when|where|although|though|despite|amid|saying|according)\s)/g;

/**
 * The brief's headline: the article's title without a site suffix ("… | Reuters",
 * "… - BBC News") when it reads like a headline; otherwise the lead sentence condensed to
 * about 100 characters, cut at a clause boundary. Returns "" when there is nothing to use.
 */
export function makeHeadline(title: string, leadSentence: string | undefined): string {
  const cleaned = cleanTitle(title);
  if (isSensibleTitle(cleaned)) return cleaned;
  return leadSentence === undefined ? '' : condenseSentence(leadSentence);
}

/** Drops site names after the last separator, up to twice ("Story - Section | Site"). */
export function cleanTitle(title: string): string {
  let cleaned = title.replace(/\s+/g, ' ').trim();
  for (let round = 0; round < 2; round += 1) {
    const cut = Math.max(...separators.map((separator) => cleaned.lastIndexOf(separator)));
    if (cut <= 0) break;
    const head = cleaned.slice(0, cut).trim();
    const tail = cleaned.slice(cut).replace(/^\s*\S+\s*/, '');
    const isPipe = cleaned.startsWith(' | ', cut) || cleaned.startsWith(' :: ', cut);
    if (
      countWords(head) < 3 ||
      !(looksLikeSiteName(tail) || (isPipe && tail.split(' ').length <= 6))
    )
      break;
    cleaned = head;
  }
  return cleaned;
}

function looksLikeSiteName(text: string): boolean {
  const words = text.split(' ');
  if (words.length > 5 || text.length > 40) return false;
  if (/\.(?:com|org|net|co\.uk|news|io)\b/i.test(text)) return true;
  return words.every(
    (word) => /^[\p{Lu}\p{N}]/u.test(word) || siteNameLinkWords.has(word.toLowerCase()),
  );
}

function isSensibleTitle(title: string): boolean {
  const words = hasSpacelessScript(title)
    ? segmentWords(title)
    : title.split(' ').filter((word) => /\p{L}/u.test(word));
  return (
    words.length >= 3 &&
    title.length <= 200 &&
    !placeholderTitles.test(title) &&
    !/^https?:\/\//i.test(title)
  );
}

/** Shortens a sentence to a headline: no dateline, no final period, cut at a clause boundary. */
export function condenseSentence(sentence: string): string {
  let text = sentence.replace(/\s+/g, ' ').trim().replace(dateline, '');
  text = text.replace(/\.$/, '');
  if (text.length <= maximumHeadlineLength) return text;
  const cuts = [...text.matchAll(clauseBoundary), ...text.matchAll(clauseWords)]
    .map((match) => match.index)
    .filter((index) => index >= 30 && index <= maximumHeadlineLength)
    .sort((left, right) => right - left);
  const cut = cuts[0];
  if (cut !== undefined) return tidyEnd(text.slice(0, cut));
  const lastSpace = text.lastIndexOf(' ', maximumHeadlineLength - 1);
  return `${tidyEnd(text.slice(0, lastSpace > 0 ? lastSpace : maximumHeadlineLength - 1))}\u2026`;
}

/** Removes a trailing conjunction, article or preposition and an unmatched opening quote. */
function tidyEnd(text: string): string {
  let words = text
    .trim()
    .replace(/[,;:\u2013\u2014-]+$/, '')
    .split(' ');
  while (
    words.length > 3 &&
    englishStopwords.has((words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''))
  ) {
    words = words.slice(0, -1);
  }
  let result = words.join(' ').replace(/[,;:]+$/, '');
  const opening = result.lastIndexOf('\u201C');
  if (opening > result.lastIndexOf('\u201D') && opening >= 30)
    result = tidyEnd(result.slice(0, opening));
  return result;
}
