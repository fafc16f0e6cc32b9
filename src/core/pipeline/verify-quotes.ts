import type { KeyQuote, QuoteCandidate } from '../model/quote.ts';
import { analyzeQuotations, type AnalyzedQuotation } from '../engines/quotes/find-quotations.ts';
import { sentenceAround } from '../engines/quotes/find-key-quotes.ts';
import { quoteMarkCharacters } from '../engines/quotes/quote-marks.ts';
import { findNameRuns } from '../engines/quotes/person-names.ts';
import { titleWords } from '../engines/quotes/speaker-words.ts';
import { locateExactSpans, locateSpan } from './locate-span.ts';
import { hasSpacelessScript, segmentWords } from '../text/words.ts';

/**
 * Why a proposed quote was not shown. 'wrong-speaker': the text clearly gives the words to
 * someone else but only through a pronoun or role, so the finder will not correct it;
 * 'not-quoted': the words are the reporter's, not inside quotation marks.
 */
export type QuoteDropReason =
  'not-found' | 'speaker-not-in-text' | 'too-short' | 'duplicate' | 'wrong-speaker' | 'not-quoted';

export interface DroppedQuote {
  candidate: QuoteCandidate;
  reason: QuoteDropReason;
}

export interface QuoteVerification {
  /** Quotes safe to show: each text === articleText.slice(start, end). */
  verified: KeyQuote[];
  dropped: DroppedQuote[];
  /** How many verified quotes were near-verbatim paraphrases repaired to the exact span. */
  repaired: number;
  /** How many verified quotes had their speaker corrected to the one the text names. */
  speakerCorrected: number;
}

export interface VerifyQuotesOptions {
  /** Replace a near-verbatim paraphrase with the exact source span (default true). */
  repair?: boolean;
  /** How far (characters) from the quote the speaker must be named when no attribution is found (default 400). */
  speakerWindow?: number;
}

const minimumWords = 3;
const ellipsis = /\s*(?:\.\s?\.\s?\.|…)\s*/u;
const outerJunk = new RegExp(
  `^[\\s${quoteMarkCharacters}…]+|[\\s${quoteMarkCharacters}…,]+$`,
  'gu',
);

function cleanCandidateText(text: string): string {
  return text
    .replace(outerJunk, '')
    .replace(/^(?:\.\s?){3}|(?:\s?\.){3}$/gu, '')
    .trim();
}

function surname(name: string): string {
  const tokens = name.trim().split(/\s+/u);
  return (tokens[tokens.length - 1] ?? '').toLowerCase().replace(/[’']s?$/u, '');
}

/** "President Putin", "putin", "Vladimir Putin" are one person; titles are not names. */
function samePerson(left: string, right: string): boolean {
  return surname(left) !== '' && surname(left) === surname(right);
}

function withoutTitles(name: string): string {
  const tokens = name.trim().split(/\s+/u);
  const kept = tokens.filter(
    (token, index) =>
      index === tokens.length - 1 || !titleWords.has(token.toLowerCase().replace(/\.$/u, '')),
  );
  return kept.join(' ');
}

function findsWord(haystack: string, word: string): boolean {
  if (word === '') return false;
  // A Japanese or Chinese name runs into the words around it (岸川健一首相は): no boundary.
  if (hasSpacelessScript(word)) return haystack.includes(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(haystack);
}

/** The fullest form of a name in the text ("Putin" → "Vladimir Putin"), or undefined if absent. */
function fullestInText(
  text: string,
  runs: ReturnType<typeof findNameRuns>,
  speaker: string,
): string | undefined {
  const wanted = surname(withoutTitles(speaker));
  let best: string | undefined;
  for (const run of runs) {
    if (surname(run.name) !== wanted || run.name.split(' ').length > 4) continue;
    if (!best || run.name.length > best.length) best = run.name;
  }
  return (
    best ??
    (findsWord(text, withoutTitles(speaker).replace(/\s+/gu, ' '))
      ? withoutTitles(speaker)
      : undefined)
  );
}

interface PartResult {
  start: number;
  end: number;
  repaired: boolean;
  quotation?: AnalyzedQuotation;
}

/**
 * Checks every quote an engine proposes against the article, so that only verbatim quotes
 * with a speaker the text supports are shown. Quote-mark style and whitespace are forgiven;
 * a near-verbatim paraphrase is replaced by the article's own span (repair); a candidate with
 * an elision ("…") is verified part by part and every part must be found, each part becoming
 * its own quote in one group. The speaker must be named in the text; when the attribution
 * engine finds the span explicitly attributed to someone else by name, the speaker is
 * corrected to that name; when it only resolves a pronoun or role to someone else, the quote
 * is dropped ('wrong-speaker').
 */
export function verifyQuotes(
  articleText: string,
  candidates: QuoteCandidate[],
  options: VerifyQuotesOptions = {},
): QuoteVerification {
  const repair = options.repair ?? true;
  const speakerWindow = options.speakerWindow ?? 400;
  const analyzed = analyzeQuotations(articleText).filter((quotation) => quotation.depth === 0);
  const runs = findNameRuns(articleText);
  const textHasQuotes = analyzed.length > 0;
  const result: QuoteVerification = { verified: [], dropped: [], repaired: 0, speakerCorrected: 0 };
  const taken: { start: number; end: number }[] = [];
  let nextGroup = Math.max(0, ...analyzed.map((quotation) => quotation.group + 1)) + 1000;

  const containing = (start: number, end: number): AnalyzedQuotation | undefined =>
    analyzed.find((quotation) => quotation.start <= start && end <= quotation.end + 1);

  const locatePart = (part: string): PartResult | undefined => {
    // Several exact occurrences: prefer the one inside quotation marks.
    const exact = locateExactSpans(articleText, part);
    const quoted = exact.find((span) => containing(span.start, span.end)) ?? exact[0];
    if (quoted)
      return { ...quoted, repaired: false, quotation: containing(quoted.start, quoted.end) };
    const near = repair ? locateSpan(articleText, part, { repair: true }) : undefined;
    return near
      ? {
          start: near.start,
          end: near.end,
          repaired: true,
          quotation: containing(near.start, near.end),
        }
      : undefined;
  };

  for (const candidate of candidates) {
    const drop = (reason: QuoteDropReason): void => void result.dropped.push({ candidate, reason });
    const cleaned = cleanCandidateText(candidate.text);
    const words = hasSpacelessScript(cleaned)
      ? segmentWords(cleaned).length
      : cleaned.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (words < minimumWords) {
      drop('too-short');
      continue;
    }
    const whole = locateExactSpans(articleText, cleaned).length > 0;
    const texts = whole
      ? [cleaned]
      : cleaned
          .split(ellipsis)
          .map((part) => part.trim())
          .filter((part) => part !== '');
    const parts = texts.map(locatePart);
    if (parts.some((part) => part === undefined)) {
      drop('not-found');
      continue;
    }
    const located = parts.filter((part): part is PartResult => part !== undefined);
    if (textHasQuotes && located.some((part) => !part.quotation)) {
      drop('not-quoted');
      continue;
    }
    if (
      located.some((part) => taken.some((span) => part.start < span.end && span.start < part.end))
    ) {
      drop('duplicate');
      continue;
    }
    const speakerInText = fullestInText(articleText, runs, candidate.speaker);
    if (speakerInText === undefined) {
      drop('speaker-not-in-text');
      continue;
    }
    const attributed = located
      .map((part) => part.quotation)
      // A described speaker ("a senior adviser") names no one to check a candidate's name against.
      .find((quotation) => quotation?.speaker != null && quotation.speakerKind !== 'description');
    let speaker = speakerInText;
    if (attributed?.speaker != null) {
      if (samePerson(attributed.speaker, speakerInText)) {
        speaker = attributed.speaker;
      } else if (attributed.speakerConfidence === 'named') {
        speaker = attributed.speaker;
        result.speakerCorrected += 1;
      } else {
        drop('wrong-speaker');
        continue;
      }
    } else {
      const first = located[0];
      const window = first
        ? articleText.slice(Math.max(0, first.start - speakerWindow), first.end + speakerWindow)
        : '';
      if (!findsWord(window, surname(speakerInText))) {
        drop('speaker-not-in-text');
        continue;
      }
    }
    const group =
      located.length > 1 ? nextGroup++ : (located[0]?.quotation?.group ?? candidate.group);
    for (const part of located) {
      taken.push({ start: part.start, end: part.end });
      const quotation = part.quotation;
      result.verified.push({
        text: articleText.slice(part.start, part.end),
        speaker,
        start: part.start,
        end: part.end,
        context: sentenceAround(
          articleText,
          part.start,
          part.end,
          quotation?.paragraphStart ?? 0,
          quotation?.paragraphEnd ?? articleText.length,
        ),
        ...(group === undefined ? {} : { group }),
      });
    }
    if (located.some((part) => part.repaired)) result.repaired += 1;
  }
  return result;
}
