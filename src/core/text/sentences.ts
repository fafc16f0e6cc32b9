import { latinLexicons } from './lexicon/index.ts';
import { englishStopwords } from './stopwords.ts';

/** One sentence of a text. `text === source.slice(start, end)`, without surrounding whitespace. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** 0-based position among all sentences of the text. */
  index: number;
  /** 0-based paragraph number; paragraphs are separated by blank lines. */
  paragraph: number;
}

/** Abbreviations that end a sentence only when no number follows ("Nov. 28", "No. 5"). */
const beforeNumberAbbreviations = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig p pp ch sec op'.split(' '),
);
/**
 * Abbreviations that may or may not end a sentence ("Apple Inc. said" / "… Apple Inc. The
 * company …"). They end one only when the next word is a common sentence opener.
 */
const ambiguousAbbreviations = new Set(
  'inc corp ltd co jr sr st ave blvd rd bros mt ft plc llc'.split(' '),
);
/**
 * Titles that always precede a name, so a period after them never ends a sentence: English
 * ones, and those of the other languages' lexicons (Mme., Sra., Dott., Dhr.) unless English
 * reads the same letters otherwise ("Sr." is also "senior").
 */
const titleAbbreviations = new Set([
  ...'mr mrs ms messrs dr prof gen sen rep gov lt col capt cmdr sgt adm maj rev hon pres supt insp fr vs'.split(
    ' ',
  ),
  ...latinLexicons
    .flatMap((lexicon) => lexicon.titleAbbreviations)
    .filter((word) => !ambiguousAbbreviations.has(word) && !beforeNumberAbbreviations.has(word)),
]);
/** Words that often open a sentence though they are not stopwords. */
const sentenceOpeners = new Set(
  'also earlier later last next instead still yet many most some several one two three officials police'.split(
    ' ',
  ),
);

/**
 * Marks that close a quote after its stop: English ” ’, French » (after a space or a narrow
 * no-break space: « … scrutin. », not German » before a word, which opens), German “ and « (closing „…“ and »…«; a “ before a word opens
 * the next quote, as in Chinese 。“…), 」』 and brackets.
 */
const closingMarks =
  /(?:["'\u201D\u2019)\]\u300D\u300F\uFF09\u00AB]|\u201C(?=[\s,;:)]|$)|[ \u00A0\u202F]?\u00BB(?![\p{L}\p{N}]))*/uy;
/** Full stops of Chinese and Japanese (。！？ and the halfwidth ｡): no space follows them. */
const ideographicStops = /^[\u3002\uFF01\uFF1F\uFF61]+$/u;
/**
 * What may follow a closed quotation in Japanese or Chinese without ending the sentence: the
 * quotative と / って (「…。」と述べた) or a comma.
 */
const quotationContinues = /^[\u3068\u3063\u3001\uFF0C,]/u;
const openingMarks = /^["'\u201C\u2018\u00AB([]+/;
const speechVerbs =
  /^(?:[A-Z][\p{L}'\u2019.-]*\s+){1,3}(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|continued|shouted|recalled|explained|wondered)\b/u;

/**
 * Splits a text into sentences with exact offsets. Handles abbreviations (Mr., U.S., Jan. 5,
 * Inc.), initials (J. K. Rowling), decimals (3.5), ellipses, and quotations: a sentence that
 * ends inside a closing quote ends after the mark, and "?” she asked" stays one sentence.
 * A single line break ends a sentence unless it is a hard wrap (the next line starts lowercase
 * and the previous line has no closing punctuation); a blank line also starts a new paragraph.
 */
export function splitSentences(text: string): Sentence[] {
  const spans: { start: number; end: number }[] = [];
  const candidate = /[.!?\u2026]+|[\u3002\uFF01\uFF1F\uFF61]+|\n/g;
  let segmentStart = 0;
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const position = match.index;
    if (match[0] === '\n') {
      if (!isHardWrap(text, segmentStart, position)) {
        spans.push({ start: segmentStart, end: position });
        segmentStart = position + 1;
      }
      continue;
    }
    closingMarks.lastIndex = position + match[0].length;
    closingMarks.exec(text);
    const end = closingMarks.lastIndex;
    candidate.lastIndex = end;
    if (endsSentence(text, segmentStart, position, match[0], end)) {
      spans.push({ start: segmentStart, end });
      segmentStart = end;
    }
  }
  spans.push({ start: segmentStart, end: text.length });
  return toSentences(text, spans);
}

function isHardWrap(text: string, segmentStart: number, newline: number): boolean {
  const before = text.slice(segmentStart, newline).trimEnd();
  const rest = text.slice(newline + 1, newline + 200);
  if (before === '' || /^[ \t\r]*\n/.test(rest)) return false;
  return !/[.!?\u2026:;"'\u201D\u2019)\]]$/.test(before) && /^\p{Ll}/u.test(rest.trimStart());
}

function endsSentence(
  text: string,
  segmentStart: number,
  position: number,
  marks: string,
  end: number,
): boolean {
  if (end >= text.length) return true;
  if (ideographicStops.test(marks)) return !quotationContinues.test(text.charAt(end));
  const following = text.slice(end, end + 80);
  // "3.5", "U.S.-supplied", "example.com": a sentence end is followed by whitespace.
  if (!/^\s/.test(following)) return false;
  // "GLENBROOK, Ill. (AP) — A school board …": a dateline's state abbreviation, not an end.
  if (/^\s+\((?:AP|Reuters|CNN|AFP|UPI)\)\s*(?:--|-|\u2013|\u2014)\s/u.test(following))
    return false;
  // "HARLAN COUNTY, Ky. — Every weekday …": no English sentence opens with a dash, so a
  // period before one ends an abbreviation in a dateline, not a sentence.
  if (/^\s+(?:--|\u2013|\u2014)\s/u.test(following)) return false;
  const nextWord = following.trimStart().split(/\s/, 1)[0] ?? '';
  const nextBare = nextWord.replace(openingMarks, '');
  if (nextBare === '') return true;
  // A lowercase continuation ("?” she asked", "e.g. the", "… and then") is the same sentence.
  if (/^\p{Ll}/u.test(nextBare)) return false;
  const closedQuote = end > position + marks.length;
  if (closedQuote && /[?!]/.test(marks) && speechVerbs.test(following.trimStart())) return false;
  if (marks !== '.') return true;
  const wordBefore = (/(\S+)$/.exec(text.slice(segmentStart, position))?.[1] ?? '').replace(
    openingMarks,
    '',
  );
  const bare = wordBefore.toLowerCase();
  const nextStartsNumber = /^\p{N}/u.test(nextBare);
  const nextIsOpener = isSentenceOpener(nextBare);
  if (titleAbbreviations.has(bare)) return false;
  if (beforeNumberAbbreviations.has(bare)) return !nextStartsNumber;
  if (ambiguousAbbreviations.has(bare)) return nextIsOpener;
  // Dotted acronyms (U.S, e.g, a.m) and single-letter initials (J. K. Rowling).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(wordBefore) || /^\p{Lu}$/u.test(wordBefore)) return nextIsOpener;
  return true;
}

function isSentenceOpener(word: string): boolean {
  const bare = word.replace(/[^\p{L}]+$/u, '').toLowerCase();
  return englishStopwords.has(bare) || sentenceOpeners.has(bare);
}

function toSentences(text: string, spans: { start: number; end: number }[]): Sentence[] {
  const breaks = [...text.matchAll(/\n[ \t\r]*\n/g)].map((match) => match.index);
  const sentences: Sentence[] = [];
  let breakCursor = 0;
  let paragraph = -1;
  let lastRawParagraph = -1;
  for (const span of spans) {
    const raw = text.slice(span.start, span.end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = span.start + leading;
    while (breakCursor < breaks.length && (breaks[breakCursor] ?? Infinity) < start)
      breakCursor += 1;
    if (breakCursor !== lastRawParagraph) {
      lastRawParagraph = breakCursor;
      paragraph += 1;
    }
    sentences.push({
      text: trimmed,
      start,
      end: start + trimmed.length,
      index: sentences.length,
      paragraph,
    });
  }
  return sentences;
}
