import type { Sentence } from '../../text/sentences.ts';
import { tokenize } from '../../text/tokenize.ts';
import { contentTerms, lightStem } from '../summary/term-vectors.ts';
import type { QuestionAnalysis } from './analyze-question.ts';

export interface RankedSentence {
  sentence: Sentence;
  /** BM25 over the question's terms, times the boosts for the kind of question. */
  score: number;
  /** IDF-weighted share of the question's terms this sentence contains (0–1). */
  coverage: number;
}

export interface SentenceIndex {
  sentences: readonly Sentence[];
  termsOf: string[][];
  averageLength: number;
}

// BM25's usual constants: term frequency saturates quickly, long sentences are damped.
const k1 = 1.2;
const lengthDamping = 0.75;

const quotationMark = /["“”«»]/u;
const attributionPattern =
  /\b(?:said|says|told|tells|wrote|writes|added|stated|asked|argued|warned|according to|announced|insisted|explained)\b/i;
const speechVerbs = new Set(
  (
    'said says say told tells wrote writes added adds stated argued warned according insisted ' +
    'explained asked announced noted declared commented replied urged'
  ).split(' '),
);
/** How many words may sit between a speaker and the speech verb ("Kellogg also wrote"). */
const speakerDistance = 1;
const datePattern =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|week|month|year|(?:19|20)\d\d|a\.m\.|p\.m\.|\d{1,2}:\d\d)\b/i;
const placePattern = /\b(?:in|at|near|from|outside|across)\s+(?:the\s+)?\p{Lu}/u;
const reasonPattern =
  /\b(?:because|due to|since|so that|in order to|as a result|reason|caused|amid|after|following|blamed)\b/i;
const quantityPattern =
  /\p{N}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|percent)\b/iu;
const personPattern = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b(?:he|she)\s+(?:said|says)/u;

/** Two stems name the same thing: equal, or one a close prefix of the other (Russia/Russian). */
export function termsMatch(left: string, right: string): boolean {
  if (left === right) return true;
  if (left.length < 4 || right.length < 4 || Math.abs(left.length - right.length) > 3) return false;
  return left.startsWith(right) || right.startsWith(left);
}

/** Stemmed content terms of every sentence, computed once per article. */
export function indexSentences(sentences: readonly Sentence[]): SentenceIndex {
  const termsOf = sentences.map((sentence) => contentTerms(sentence.text));
  const total = termsOf.reduce((sum, terms) => sum + terms.length, 0);
  return { sentences, termsOf, averageLength: Math.max(1, total / Math.max(1, sentences.length)) };
}

/**
 * Ranks sentences for a question, best first (ties: earlier sentence first). Terms the article
 * never uses get the highest IDF, so a question about something absent has low coverage
 * everywhere, which is how the caller tells "the article doesn't say".
 */
export function rankSentences(index: SentenceIndex, analysis: QuestionAnalysis): RankedSentence[] {
  const { sentences, termsOf, averageLength } = index;
  const idf = new Map<string, number>();
  for (const term of analysis.terms.keys()) {
    const frequency = termsOf.filter((terms) =>
      terms.some((word) => termsMatch(word, term)),
    ).length;
    idf.set(term, Math.log(1 + (sentences.length - frequency + 0.5) / (frequency + 0.5)));
  }
  const slots = termSlots(analysis);
  // A name's words share the IDF of its most frequent word, so the full name ("Keith Kellogg",
  // once) does not outweigh the surname the article uses afterwards ("Kellogg wrote").
  const slotIdf = new Map<string, number>();
  for (const [term, slot] of slots)
    slotIdf.set(slot, Math.min(slotIdf.get(slot) ?? Infinity, idf.get(term) ?? Infinity));
  for (const [term, slot] of slots) idf.set(term, slotIdf.get(slot) ?? idf.get(term) ?? 0);
  const slotWeight = new Map<string, number>();
  for (const [term, weight] of analysis.terms) {
    const slot = slots.get(term) ?? term;
    slotWeight.set(slot, Math.max(slotWeight.get(slot) ?? 0, weight * (idf.get(term) ?? 0)));
  }
  const totalWeight = [...slotWeight.values()].reduce((sum, weight) => sum + weight, 0);
  const firstMention = firstEntitySentence(termsOf, analysis.entities);

  const ranked = sentences.map((sentence, position) => {
    const terms = termsOf[position] ?? [];
    const damping = 1 - lengthDamping + (lengthDamping * terms.length) / averageLength;
    const contributions = new Map<string, number>();
    for (const [term, weight] of analysis.terms) {
      const frequency = terms.filter((word) => termsMatch(word, term)).length;
      if (frequency === 0) continue;
      const termIdf = idf.get(term) ?? 0;
      const contribution = (weight * termIdf * frequency * (k1 + 1)) / (frequency + k1 * damping);
      const slot = slots.get(term) ?? term;
      contributions.set(slot, Math.max(contributions.get(slot) ?? 0, contribution));
    }
    let score = [...contributions.values()].reduce((sum, value) => sum + value, 0);
    const covered = [...contributions.keys()].reduce(
      (sum, slot) => sum + (slotWeight.get(slot) ?? 0),
      0,
    );
    if (score > 0) score *= boost(sentence.text, position === firstMention, analysis);
    return { sentence, score, coverage: totalWeight === 0 ? 0 : covered / totalWeight };
  });
  return ranked.sort(
    (left, right) => right.score - left.score || left.sentence.index - right.sentence.index,
  );
}

/**
 * The words of one name count once: "Keith Kellogg" matched in full is no better evidence
 * than "Kellogg", the way articles name people after the first mention.
 */
function termSlots(analysis: QuestionAnalysis): Map<string, string> {
  const slots = new Map<string, string>();
  analysis.speakers.forEach((group, position) => {
    if (group.length < 2) return;
    for (const term of group) if (analysis.terms.has(term)) slots.set(term, `name ${position}`);
  });
  return slots;
}

/** Multipliers for sentences shaped like the answer the question asks for. */
function boost(text: string, isFirstMention: boolean, analysis: QuestionAnalysis): number {
  let factor = 1;
  const attributed = quotationMark.test(text) || attributionPattern.test(text);
  if (analysis.asksForSpeech) {
    if (attributed) factor *= 1.2;
    if (quotationMark.test(text)) factor *= 1.15;
    if (speaksHere(text, analysis.speakers)) factor *= 1.4;
  }
  if (analysis.asksForDefinition && isFirstMention) factor *= 1.35;
  const shaped = {
    who: analysis.asksForSpeech ? attributed : personPattern.test(text),
    when: datePattern.test(text),
    where: placePattern.test(text),
    why: reasonPattern.test(text),
    quantity: quantityPattern.test(text),
    how: false,
    what: false,
    other: false,
  }[analysis.kind];
  if (shaped) factor *= 1.2;
  // A figure written in digits is what "how many / how much" wants most.
  if (analysis.kind === 'quantity' && /\p{N}/u.test(text)) factor *= 1.25;
  return factor;
}

/** The sentence where the question's names first appear together (or, failing that, first at all). */
function firstEntitySentence(termsOf: readonly string[][], entities: readonly string[][]): number {
  if (entities.length === 0) return -1;
  const mentions = (terms: readonly string[]) =>
    entities.filter((group) =>
      group.some((entity) => terms.some((word) => termsMatch(word, entity))),
    ).length;
  const all = termsOf.findIndex((terms) => mentions(terms) === entities.length);
  return all >= 0 ? all : termsOf.findIndex((terms) => mentions(terms) > 0);
}

/** True when one of the question's names is the subject of a speech verb ("Kellogg wrote", "said Putin"). */
function speaksHere(text: string, speakers: readonly string[][]): boolean {
  const entities = speakers.flat();
  if (entities.length === 0) return false;
  const words = tokenize(text);
  const verbs = words.flatMap((word, position) => (speechVerbs.has(word) ? [position] : []));
  if (verbs.length === 0) return false;
  return words.some(
    (word, position) =>
      entities.some((entity) => termsMatch(lightStem(word), entity)) &&
      verbs.some((verb) => Math.abs(verb - position) <= speakerDistance + 1),
  );
}
