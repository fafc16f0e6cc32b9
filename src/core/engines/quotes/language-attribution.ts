import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { lexiconFor } from '../../text/lexicon/index.ts';
import { cjkAttribution } from './cjk-attribution.ts';
import { namesIn } from './latin-speakers.ts';
import type { AttributionBounds } from './attribute-speaker.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';

/**
 * Speakers of quotes in languages other than English, by an ordered list of named rules built
 * from each language's lexicon. The first rule that names someone wins, and the quotation
 * carries that rule's name (so a wrong speaker can be traced to the rule that gave it).
 */

export interface LanguageAttribution {
  /** The person's name, or null when the rule found the speaker is unnamed. */
  speaker: string | null;
  rule: string;
}

interface Context {
  text: string;
  span: QuoteSpan;
  lexicon: SpeechLexicon;
  /** The quote's sentence before the opening mark, and after the closing one. */
  before: { from: number; to: number };
  after: { from: number; to: number };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, String.raw`\s+`);
}

const alternatives = (list: readonly string[]): string =>
  [...list]
    .sort((left, right) => right.length - left.length)
    .map(escape)
    .join('|');

/** The last person named before a pronoun or a dropped subject ("«…», ha assicurato."). */
function previousPerson(context: Context, before: number): string | null {
  const from = Math.max(0, before - 800);
  return namesIn(context.text, from, before, context.lexicon).at(-1)?.name ?? null;
}

function startsWithPronoun(text: string, lexicon: SpeechLexicon): boolean {
  const pronouns = alternatives(lexicon.pronouns);
  return new RegExp(String.raw`^\s*(?:${pronouns})(?![\p{L}])`, 'iu').test(text);
}

type Rule = (context: Context) => string | null | undefined;

/** «…», a déclaré X / „…“, sagte X / «…», ha aggiunto Basile / ‘…’, aldus Wiersma. */
const verbAfterQuote: Rule = (context) => {
  const { text, lexicon, after } = context;
  const window = text.slice(after.from, after.to);
  const verbs = alternatives([...lexicon.speechVerbs, ...lexicon.accordingTo]);
  const inverted = lexicon.invertedPronoun;
  if (inverted !== undefined && new RegExp(String.raw`^[\s,]*${inverted}`, 'u').test(window))
    return previousPerson(context, context.span.openIndex);
  const verb = new RegExp(
    String.raw`^[\s,]*(?:[\p{L}-]+\s+){0,1}?(?:${verbs})(?![\p{L}])`,
    'iu',
  ).exec(window);
  if (verb === null) return undefined;
  const restFrom = after.from + verb[0].length;
  const rest = text.slice(restFrom, after.to);
  if (startsWithPronoun(rest, lexicon)) return previousPerson(context, context.span.openIndex);
  const named = namesIn(text, restFrom, after.to, lexicon)[0];
  if (named !== undefined) return named.name;
  // No subject after the verb: a language that drops it ("ha assicurato") means the last person.
  return /^[\s.,;]*$/u.test(rest) ? previousPerson(context, context.span.openIndex) : undefined;
};

/** X a affirmé : «…» / Er erklärte: „…“ / El alcalde, Lluís Ferrer, afirmó: «…». */
const colonBeforeQuote: Rule = (context) => {
  const { text, lexicon, before } = context;
  const window = text.slice(before.from, before.to).trimEnd();
  if (!/:$/u.test(window)) return undefined;
  if (startsWithPronoun(window, lexicon)) return previousPerson(context, before.from);
  return namesIn(text, before.from, before.to, lexicon)[0]?.name;
};

/** Selon X, «…» / Según X, «…» / Laut X: „…“. */
const accordingToBefore: Rule = (context) => {
  const { text, lexicon, before } = context;
  const window = text.slice(before.from, before.to);
  const according = new RegExp(
    String.raw`(?<![\p{L}])(?:${alternatives(lexicon.accordingTo)})\s`,
    'iu',
  ).exec(window);
  if (according === null) return undefined;
  return namesIn(text, before.from + according.index, before.to, lexicon)[0]?.name;
};

/** X dijo, «…» / X verklaarde ‘…’: a speech verb between the speaker and the quote. */
const verbBeforeQuote: Rule = (context) => {
  const { text, lexicon, before } = context;
  const window = text.slice(before.from, before.to);
  const verb = new RegExp(
    String.raw`(?<![\p{L}])(?:${alternatives(lexicon.speechVerbs)})(?![\p{L}])[^.!?]{0,40}$`,
    'iu',
  ).exec(window);
  if (verb === null) return undefined;
  if (startsWithPronoun(window, lexicon)) return previousPerson(context, before.from);
  return namesIn(text, before.from, before.from + verb.index, lexicon)[0]?.name;
};

const latinRules: readonly { name: string; rule: Rule }[] = [
  { name: 'verb-after-quote', rule: verbAfterQuote },
  { name: 'colon-before-quote', rule: colonBeforeQuote },
  { name: 'according-to-before-quote', rule: accordingToBefore },
  { name: 'verb-before-quote', rule: verbBeforeQuote },
];

const sentenceEnd = /[.!?…](?:["»”“’«]?)(?=\s|$)/gu;

function sentenceAround(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): Pick<Context, 'before' | 'after'> {
  const floor = Math.max(span.paragraphStart, bounds.previousCloseIndex + 1);
  let beforeFrom = floor;
  for (const match of text.slice(floor, span.openIndex).matchAll(sentenceEnd))
    beforeFrom = floor + match.index + match[0].length;
  const afterFrom = Math.min(span.closeIndex + 1, span.paragraphEnd);
  const ceiling = Math.min(bounds.nextOpenIndex, span.paragraphEnd, afterFrom + 250);
  sentenceEnd.lastIndex = 0;
  const end = new RegExp(sentenceEnd.source, 'u').exec(text.slice(afterFrom, ceiling));
  return {
    before: { from: beforeFrom, to: span.openIndex },
    after: { from: afterFrom, to: end === null ? ceiling : afterFrom + end.index + 1 },
  };
}

/**
 * The speaker of a quote in the article's language, when that language has rules (fr, de, es,
 * pt, it, nl, ja, zh); undefined when no rule applies, so the English reader can try.
 */
export function attributeInLanguage(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
  language: string | undefined,
): LanguageAttribution | undefined {
  if (language === 'ja' || language === 'zh') return cjkAttribution(text, span, bounds, language);
  const lexicon = lexiconFor(language);
  if (lexicon === undefined) return undefined;
  const context: Context = { text, span, lexicon, ...sentenceAround(text, span, bounds) };
  for (const { name, rule } of latinRules) {
    const speaker = rule(context);
    if (speaker !== undefined) return { speaker, rule: name };
  }
  return undefined;
}
