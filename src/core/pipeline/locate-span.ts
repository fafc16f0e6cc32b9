/**
 * Finds where a piece of text sits in an article, for quote verification and for grounded
 * answers that cite sentences. The exact search forgives only quotation-mark style (curly or
 * straight, single or double) and whitespace; the optional repair search forgives a changed
 * word or two, case and punctuation, and then returns the article's own span instead.
 */

export interface LocatedSpan {
  start: number;
  end: number;
  /** True when the article has the text itself (up to quote-mark style and whitespace). */
  exact: boolean;
  /** 1 for an exact match; token similarity (0–1) of the repaired span otherwise. */
  similarity: number;
}

export interface LocateSpanOptions {
  /** Look for a near-verbatim span when there is no exact one (default true). */
  repair?: boolean;
  /** Lowest token similarity a repaired span may have (default 0.85: two changed words in a 14-word sentence). */
  minSimilarity?: number;
  /** Fewest words a text needs before it may be repaired (default 5): short texts must match exactly. */
  minRepairWords?: number;
}

const doubleMarks = /["“”„«»‟]/gu;
const singleMarks = /['‘’‚‹›‛`´]/gu;

interface Normalized {
  text: string;
  /** offsets[i] is the article offset of normalized character i. */
  offsets: number[];
}

function normalize(text: string): Normalized {
  let normalized = '';
  const offsets: number[] = [];
  let lastWasSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    let char = text.charAt(index);
    if (/\s/u.test(char)) {
      if (lastWasSpace) continue;
      char = ' ';
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
      char = char.replace(doubleMarks, '"').replace(singleMarks, "'");
    }
    normalized += char;
    offsets.push(index);
  }
  return { text: normalized, offsets };
}

/** Every exact (quote-mark and whitespace normalised) occurrence of `needle`, in order. */
export function locateExactSpans(
  articleText: string,
  needle: string,
): { start: number; end: number }[] {
  const article = normalize(articleText);
  const wanted = normalize(needle.trim()).text;
  if (wanted === '') return [];
  const found: { start: number; end: number }[] = [];
  for (let at = article.text.indexOf(wanted); at >= 0; at = article.text.indexOf(wanted, at + 1)) {
    const start = article.offsets[at];
    const last = article.offsets[at + wanted.length - 1];
    if (start !== undefined && last !== undefined) found.push({ start, end: last + 1 });
  }
  return found;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    tokens.push({
      word: match[0].toLowerCase().replace(/’/gu, "'"),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Token edit distance, bounded: stops early once it exceeds `limit`. */
function editDistance(left: string[], right: string[], limit: number): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let rowMinimum = row;
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      const value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}

function repairSpan(
  articleText: string,
  candidateText: string,
  minSimilarity: number,
  minWords: number,
): LocatedSpan | undefined {
  const wanted = tokenize(candidateText).map((token) => token.word);
  if (wanted.length < minWords) return undefined;
  const article = tokenize(articleText);
  const positions = new Map<string, number[]>();
  wanted.forEach((word, index) => positions.set(word, [...(positions.get(word) ?? []), index]));
  // Each shared word votes for where the candidate would start; only well-supported starts are scored.
  const votes = new Map<number, number>();
  article.forEach((token, index) => {
    for (const position of positions.get(token.word) ?? [])
      votes.set(index - position, (votes.get(index - position) ?? 0) + 1);
  });
  const limit = Math.floor(wanted.length * (1 - minSimilarity));
  let best: { start: number; end: number; similarity: number } | undefined;
  for (const [offset, count] of votes) {
    // A dropped or added word splits the votes between two starts, so half is enough support.
    if (count * 2 < wanted.length) continue;
    for (let shift = -limit; shift <= limit; shift += 1) {
      for (let length = wanted.length - limit; length <= wanted.length + limit; length += 1) {
        const from = offset + shift;
        const window = article.slice(Math.max(0, from), from + length);
        if (from < 0 || window.length !== length || length <= 0) continue;
        const distance = editDistance(
          window.map((token) => token.word),
          wanted,
          limit,
        );
        const similarity = 1 - distance / Math.max(length, wanted.length);
        if (similarity >= minSimilarity && (!best || similarity > best.similarity)) {
          const first = window[0];
          const last = window[window.length - 1];
          if (first && last) best = { start: first.start, end: last.end, similarity };
        }
      }
    }
  }
  if (!best) return undefined;
  let end = best.end;
  // Keep the sentence's own final punctuation when the candidate ended a sentence too.
  if (/[.!?]$/u.test(candidateText.trim()) && /[.!?]/u.test(articleText.charAt(end))) end += 1;
  return { start: best.start, end, exact: false, similarity: best.similarity };
}

/**
 * Where `candidateText` sits in `articleText`: the first exact occurrence, else (with repair)
 * the best near-verbatim span. The returned offsets always index the article's own characters.
 */
export function locateSpan(
  articleText: string,
  candidateText: string,
  options: LocateSpanOptions = {},
): LocatedSpan | undefined {
  const exact = locateExactSpans(articleText, candidateText)[0];
  if (exact) return { ...exact, exact: true, similarity: 1 };
  if (options.repair === false) return undefined;
  return repairSpan(
    articleText,
    candidateText,
    options.minSimilarity ?? 0.85,
    options.minRepairWords ?? 5,
  );
}
