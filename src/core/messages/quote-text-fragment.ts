/**
 * Links that open an article at a quote, with a URL text fragment (WICG "Text Fragments",
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`). Browsers that support it scroll to and
 * highlight the text; the others simply open the page, so a fragment that finds nothing costs
 * the reader nothing.
 */

/** One verbatim span of the article, as quote blocks carry it. */
export interface QuoteSpan {
  text: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
}

/** Quotes of at most this many words are matched whole; longer ones by their first and last words. */
export const wholeQuoteWords = 8;
/** Words in textStart and in textEnd to begin with (grown when they would match too early). */
export const edgeWords = 4;

/**
 * The article URL with a text fragment pointing at the quote, or undefined when there is
 * nothing to point at. An existing `#fragment` (an anchor, or another text directive) is
 * replaced: a URL has one fragment, and the quote is what the link is for.
 *
 * `articleText` (the text the parts' offsets point into) lets textStart grow until its first
 * match in the article is the quote itself; without it the words are chosen from the quote alone.
 */
export function quoteLink(
  articleUrl: string,
  parts: readonly QuoteSpan[],
  articleText?: string,
): string | undefined {
  const directive = textDirectiveFor(parts, articleText);
  if (directive === undefined) return undefined;
  const [base = articleUrl] = articleUrl.split('#');
  return `${base}#:~:text=${directive}`;
}

/**
 * `textStart` or `textStart,textEnd`, percent-encoded. A quote is matched whole when it is
 * short and sits in one block; otherwise by a few words at each end, since a text term can
 * only match inside one block of the page and the article text marks paragraphs with line
 * breaks (as it does the gap between the parts of a split quote).
 */
export function textDirectiveFor(
  parts: readonly QuoteSpan[],
  articleText?: string,
): string | undefined {
  const segments = parts
    .flatMap((part) => part.text.split(/\n+/))
    .map(words)
    .filter((segment) => segment.length > 0);
  const first = segments[0];
  const last = segments.at(-1);
  if (first === undefined || last === undefined) return undefined;
  if (segments.length === 1 && first.length <= wholeQuoteWords) {
    return encodeTextDirectiveTerm(first.join(' '));
  }
  const single = segments.length === 1;
  let startCount = Math.min(edgeWords, first.length);
  let endCount = Math.min(edgeWords, last.length);
  // In one segment the two terms must not overlap, or textEnd would be found inside textStart.
  const startLimit = () => (single ? first.length - endCount : first.length);
  const endLimit = () => (single ? last.length - startCount : last.length);

  const span = quoteRegion(parts, segments, articleText);
  const before = articleText === undefined ? undefined : precedingText(articleText, parts);
  while (
    startCount < startLimit() &&
    before !== undefined &&
    matchesEarlier(before, span, phrase(first.slice(0, startCount)))
  )
    startCount += 1;
  const startPhrase = phrase(first.slice(0, startCount));
  // textEnd is the first match after textStart: grow it while it would end the range early.
  while (
    endCount < endLimit() &&
    endsEarly(span, startPhrase, phrase(last.slice(last.length - endCount)))
  )
    endCount += 1;

  const start = first.slice(0, startCount).join(' ');
  const end = last.slice(last.length - endCount).join(' ');
  return `${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/**
 * Percent-encodes one term. `-`, `,` and `&` are the directive's own syntax and must be
 * encoded (encodeURIComponent leaves `-` alone); `(`, `)`, `'`, `!` and `*` are encoded too,
 * harmlessly since terms are percent-decoded before matching, so the URL can sit inside a
 * Markdown link `[…](…)` without ending it.
 */
export function encodeTextDirectiveTerm(term: string): string {
  // A lone surrogate cannot be UTF-8 encoded (encodeURIComponent would throw).
  const wellFormed = term.replace(loneSurrogate, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(
    /[-()'!*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whitespace-separated words: a page matches text across any run of whitespace. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** Lower case, whitespace collapsed: close enough to the browser's case-insensitive search. */
function phrase(list: readonly string[]): string {
  return list.join(' ').toLowerCase();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/** The quoted passage from its first word to its last, with what stands between split parts. */
function quoteRegion(
  parts: readonly QuoteSpan[],
  segments: readonly string[][],
  articleText: string | undefined,
): string {
  const from = parts[0]?.start;
  const to = parts.at(-1)?.end;
  if (articleText !== undefined && from !== undefined && to !== undefined && from < to) {
    const region = articleText.slice(from, to);
    if (region.startsWith(parts[0]?.text.trimEnd() ?? '')) return collapse(region).trim();
  }
  return segments.map((segment) => phrase(segment)).join(' ');
}

/** The article before the quote, when the offsets agree with the text. */
function precedingText(articleText: string, parts: readonly QuoteSpan[]): string | undefined {
  const firstPart = parts[0];
  if (firstPart === undefined) return undefined;
  if (articleText.slice(firstPart.start, firstPart.end) !== firstPart.text) return undefined;
  return collapse(articleText.slice(0, firstPart.start));
}

/** Whether `term` is found before the quote begins (it may run into the quote). */
function matchesEarlier(before: string, region: string, term: string): boolean {
  return `${before}${region}`.indexOf(term) < before.length;
}

/** Whether `endTerm`, searched after `startTerm`, is found before the end of the quote. */
function endsEarly(region: string, startTerm: string, endTerm: string): boolean {
  const startAt = region.indexOf(startTerm);
  const from = startAt < 0 ? 0 : startAt + startTerm.length;
  const found = region.indexOf(endTerm, from);
  return found >= 0 && found + endTerm.length < region.length;
}
