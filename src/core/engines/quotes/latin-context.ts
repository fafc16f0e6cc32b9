import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import type { AttributionBounds } from './attribute-speaker.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { isTitle, namesIn, type FoundName } from './latin-speakers.ts';
import type { Gender } from './speaker-types.ts';
import { isObjectMention } from './object-mentions.ts';
import { scanQuoteSpans, type QuoteSpan } from './scan-quote-spans.ts';
import { splitIncises } from './split-incise.ts';

/**
 * What the attribution rules of French, German, Spanish, Portuguese, Italian and Dutch read
 * around one quote: the quote's sentence before its opening mark and after its closing one,
 * the sentence before that, and the people named earlier outside quotes.
 */
export interface LatinContext {
  text: string;
  span: QuoteSpan;
  lexicon: SpeechLexicon;
  before: { from: number; to: number };
  after: { from: number; to: number };
  /** The sentence before the quote's own sentence, in the same paragraph (empty when none). */
  previousSentence: { from: number; to: number };
}

const sentenceEnd = /[.!?…](?:["»”“’«]?)(?=\s|$)/gu;

/** "M. Dupont", "Sra. Ruiz", "J. Smith": a full stop that ends no sentence. */
function endsSentence(text: string, at: number, lexicon: SpeechLexicon): boolean {
  if (text.charAt(at) !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false;
  return !lexicon.titleAbbreviations.includes(word.toLowerCase());
}

/** Offset just after the last sentence end in [from, to), or `from`. */
export function lastSentenceStart(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): number {
  let start = from;
  for (const match of text.slice(from, to).matchAll(sentenceEnd))
    if (endsSentence(text, from + match.index, lexicon))
      start = from + match.index + match[0].length;
  return start;
}

export function latinContext(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
  lexicon: SpeechLexicon,
): LatinContext {
  const floor = Math.max(span.paragraphStart, bounds.previousCloseIndex + 1);
  const beforeFrom = lastSentenceStart(text, floor, span.openIndex, lexicon);
  const previousFrom =
    beforeFrom > span.paragraphStart
      ? lastSentenceStart(
          text,
          span.paragraphStart,
          Math.max(span.paragraphStart, beforeFrom - 1),
          lexicon,
        )
      : beforeFrom;
  const afterFrom = Math.min(span.closeIndex + 1, span.paragraphEnd);
  const ceiling = Math.min(bounds.nextOpenIndex, span.paragraphEnd, afterFrom + 250);
  let afterTo = ceiling;
  for (const match of text.slice(afterFrom, ceiling).matchAll(sentenceEnd)) {
    if (!endsSentence(text, afterFrom + match.index, lexicon)) continue;
    afterTo = afterFrom + match.index + 1;
    break;
  }
  return {
    text,
    span,
    lexicon,
    before: { from: beforeFrom, to: span.openIndex },
    after: { from: afterFrom, to: afterTo },
    previousSentence: { from: previousFrom, to: beforeFrom },
  };
}

let cachedText: string | undefined;
let cachedSpans: readonly QuoteSpan[] = [];

/** The quotes of a text (the last text's, kept: every quote of an article asks in turn). */
function quotedSpans(text: string, lexicon: SpeechLexicon): readonly QuoteSpan[] {
  if (cachedText !== text) {
    const outer = scanQuoteSpans(text).filter((span) => span.depth === 0);
    cachedSpans = splitIncises(text, outer, lexicon);
    cachedText = text;
  }
  return cachedSpans;
}

/** Names in a stretch of text that are not inside a quote ("»Kürzere Arbeitszeiten …« sagte er"). */
export function namesOutsideQuotes(
  context: LatinContext,
  from: number,
  to: number,
): ReturnType<typeof namesIn> {
  const spans = quotedSpans(context.text, context.lexicon);
  return namesIn(context.text, from, to, context.lexicon).filter(
    (found) => !spans.some((span) => found.index >= span.start && found.index < span.end),
  );
}

/**
 * "La Fiscalía Anticorrupción pide …", "Il Comune di Napoli": two capitalised words right after
 * a definite article, the first no known given name, are an institution, not a person.
 */
function isInstitution(context: LatinContext, found: { name: string; index: number }): boolean {
  const words = found.name.split(' ');
  if (words.length !== 2 || genderOfFirstName(words[0] ?? '') !== undefined) return false;
  const before = /([\p{L}]+)\s+$/u.exec(
    context.text.slice(Math.max(0, found.index - 12), found.index),
  );
  return (
    before !== null && context.lexicon.definiteArticles.includes((before[1] ?? '').toLowerCase())
  );
}

/**
 * "wethouder Ilse Bakker (Openbare Ruimte)", "Sabine Kerkhoff (CDU)": the words in brackets
 * right after a name are the person's department or party, not someone else.
 */
function bracketedAfterName(
  context: LatinContext,
  found: { name: string; index: number },
): boolean {
  const { text } = context;
  if (text.charAt(found.index - 1) !== '(') return false;
  if (text.charAt(found.index + found.name.length) !== ')') return false;
  return /\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*\s*$/u.test(
    text.slice(Math.max(0, found.index - 60), found.index - 1),
  );
}

/**
 * The gender the subject opening `phrase` gives: a pronoun ("elle", "raconte-t-elle", "ella")
 * or an office's article ("La cheffe refuse …", "il sindaco"), in the languages whose lexicon
 * tells a woman's words from a man's. An elided article ("l'élue") tells nothing.
 */
export function pronounGender(phrase: string, lexicon: SpeechLexicon): Gender | undefined {
  const feminine = lexicon.femininePronouns;
  if (feminine === undefined) return undefined;
  const opening = /^[\s,]*(?:\p{L}+(?:-t)?-)?(\p{L}+)(?:\s+(\p{Ll}+))?/u.exec(phrase);
  const word = opening?.[1]?.toLowerCase() ?? '';
  if (lexicon.pronouns.includes(word)) return feminine.includes(word) ? 'female' : 'male';
  if (!lexicon.definiteArticles.includes(word) || !isTitle(opening?.[2] ?? '', lexicon))
    return undefined;
  return (lexicon.feminineDefiniteArticles ?? []).includes(word) ? 'female' : 'male';
}

/**
 * The last person named before an offset: who a pronoun or a dropped subject points back to.
 * With the pronoun's gender, "Elle éclate de rire" skips a Louis named last for the Marie-Ève
 * the paragraphs are about; a name of no known gender stays a candidate.
 */
export function previousPerson(
  context: LatinContext,
  before: number,
  gender?: Gender,
): string | null {
  const agrees = (found: FoundName) => {
    const known = genderOfFirstName(found.name);
    return gender === undefined || known === undefined || known === gender;
  };
  const within = (from: number) =>
    namesOutsideQuotes(context, from, before).filter(
      (found) =>
        !isInstitution(context, found) && !bracketedAfterName(context, found) && agrees(found),
    );
  // A long paragraph about someone introduced further up names no one near the quote: the
  // last person named anywhere before is still who a dropped subject means.
  const near = within(Math.max(0, before - 800));
  const named = near.length > 0 ? near : within(0);
  // "… al colombiano Esteban Quiroga. «…», relató el ciclista": an object is no antecedent.
  const subjects = named.filter(
    (found) => !isObjectMention(context.text, found.index, context.lexicon.language),
  );
  return (subjects.length > 0 ? subjects : named).at(-1)?.name ?? null;
}
