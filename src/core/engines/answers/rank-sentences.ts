import type { Sentence } from '../../text/sentences.ts';
import { tokenize } from '../../text/tokenize.ts';
import { contentTerms, lightStem } from '../summary/term-vectors.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { weakWordWeight } from './analyze-question.ts';
import type { AnswerShape } from './answer-shapes.ts';
import { countsNear, hasShape } from './answer-shapes.ts';
import { rootOf, rootsMatch, termsMatch } from './match-terms.ts';
import { preferLeadFact } from './prefer-lead-fact.ts';
import { preferFirstSpeech } from './prefer-first-speech.ts';
import { preferLede } from './prefer-lede.ts';
import { boost } from './speech-boosts.ts';
import { sentenceAfterPreviousAnswer } from './follow-previous-answer.ts';
import type { RankingWeights } from './ranking-weights.ts';
import { defaultRankingWeights } from './ranking-weights.ts';

export { termsMatch } from './match-terms.ts';

export interface RankedSentence {
  sentence: Sentence;
  /** BM25 over the question's terms, times the boosts for the shape of answer asked for. */
  score: number;
  /** IDF-weighted share of the question's terms this sentence contains (0–1). */
  coverage: number;
  /** The question's terms this sentence holds, itself, by a paraphrase or by a pronoun. */
  matchedTerms: string[];
}

export interface SentenceIndex {
  sentences: readonly Sentence[];
  termsOf: string[][];
  /** Matching roots of each sentence's terms (see rootOf). */
  rootsOf: string[][];
  averageLength: number;
}

// The boosts and shares below are named in ranking-weights.ts, with what each one is for.
/** Shapes a sentence must hold to answer at all: numbers, dates and times. */
export const factualShapes: ReadonlySet<AnswerShape> = new Set<AnswerShape>([
  'count',
  'money',
  'amount',
  'percent',
  'tally',
  'odds',
  'age',
  'duration',
  'distance',
  'temperature',
  'time',
  'date',
  'causeOfDeath',
]);
/** Figures a news lead states first: the lead beats a later detail sharing a word (see preferLeadFact). */
const leadFactShapes: ReadonlySet<AnswerShape> = new Set<AnswerShape>([
  'count',
  'money',
  'amount',
  'percent',
]);
const referringOpener = /^["“‘]?(?:he|she|they|his|her|their|him|them)\b/i;
/**
 * "Erin Mallory starts doing math … The 34-year-old teacher has type 1 diabetes": news refers
 * back to the person just named by an age epithet, as a reader resolves "he".
 */
const epithetOpener = /^["“‘]?the \d{1,3}-year-old\b/i;
const quotationOpener = /^["“‘]/u;
const attributed = /\b(?:said|says|told|tells|wrote|writes|added|according to)\b/i;

/** Stemmed content terms of every sentence, computed once per article. */
export function indexSentences(sentences: readonly Sentence[]): SentenceIndex {
  const termsOf = sentences.map((sentence) => contentTerms(sentence.text));
  const rootsOf = termsOf.map((terms) => terms.map(rootOf));
  const total = termsOf.reduce((sum, terms) => sum + terms.length, 0);
  return {
    sentences,
    termsOf,
    rootsOf,
    averageLength: Math.max(1, total / Math.max(1, sentences.length)),
  };
}

/**
 * Ranks sentences for a question, best first (ties: earlier sentence first). A term matches
 * its word family (by root) fully and a news paraphrase partly. Terms the article never uses
 * get the highest IDF, so a question about something absent has low coverage everywhere,
 * which is how the caller tells "the article doesn't say". Sentences holding a fact of the
 * shape asked for (a count, a date, a tally) are boosted; a question that is nothing but its
 * shape ("how old was she?") is answered by the first such sentence.
 */
export function rankSentences(
  index: SentenceIndex,
  analysis: QuestionAnalysis,
  weights: Readonly<RankingWeights> = defaultRankingWeights,
): RankedSentence[] {
  const { sentences, rootsOf, averageLength } = index;
  const {
    termSaturation,
    lengthDamping,
    paraphraseShare,
    carriedShare,
    continuedShare,
    repeatedShare,
    echoNewWords,
    echoFactor,
  } = weights;
  const matchers = [...analysis.terms].map(([term, weight]) => ({
    term,
    weight,
    root: rootOf(term),
    paraphrases: analysis.paraphrases.get(term) ?? [],
  }));
  const features = sentenceFeatures(index, analysis, matchers);
  // How often, and how closely, each term occurs in each sentence: [frequency, strength].
  const matches = features.termCounts.map((row) =>
    row.map(([frequency, exact]) =>
      exact
        ? ([frequency, 1] as [number, number])
        : ([frequency, frequency > 0 ? paraphraseShare : 0] as [number, number]),
    ),
  );
  // A name in one sentence carries into the next ("The Senate approved … The measure passed
  // 68-31"): the next sentence gets a share of it, as a reader resolves "the measure". A
  // sentence opening with a pronoun ("His advice includes…" after "Kellogg wrote…") is still
  // about the name, nearly as much as if it said it, and so is the next pronoun after it.
  const names = new Set(analysis.entities.flat());
  const continues = features.continues;
  matchers.forEach(({ term }, termPosition) => {
    if (!names.has(term)) return;
    const mentioned = matches.map((row) => (row[termPosition]?.[0] ?? 0) > 0);
    let about = false;
    matches.forEach((row, position) => {
      if (mentioned[position] === true) {
        about = true;
        return;
      }
      const previousMentions = mentioned[position - 1] === true;
      about = about && continues[position] === true;
      if (about) row[termPosition] = [1, continuedShare];
      else if (previousMentions) row[termPosition] = [1, carriedShare];
    });
  });
  const idf = new Map<string, number>();
  matchers.forEach(({ term }, position) => {
    const frequency = matches.filter((row) => (row[position]?.[0] ?? 0) > 0).length;
    idf.set(term, Math.log(1 + (sentences.length - frequency + 0.5) / (frequency + 0.5)));
  });
  const slots = termSlots(analysis);
  // A name's words share the IDF of its most frequent word, so the full name ("Keith Kellogg",
  // once) does not outweigh the surname the article uses afterwards ("Kellogg wrote").
  const slotIdf = new Map<string, number>();
  for (const [term, slot] of slots)
    slotIdf.set(slot, Math.min(slotIdf.get(slot) ?? Infinity, idf.get(term) ?? Infinity));
  for (const [term, slot] of slots) idf.set(term, slotIdf.get(slot) ?? idf.get(term) ?? 0);
  const slotWeight = new Map<string, number>();
  const unmatched = new Set(
    matchers.filter((_, position) => matches.every((row) => (row[position]?.[0] ?? 0) === 0)),
  );
  for (const [term, weight] of analysis.terms) {
    // A generic word the article never uses ("what is Texas going to do") says nothing about
    // whether it answers; left in, its high IDF would drag every sentence's coverage down.
    if (weight <= weakWordWeight && [...unmatched].some((matcher) => matcher.term === term))
      continue;
    const slot = slots.get(term) ?? term;
    slotWeight.set(slot, Math.max(slotWeight.get(slot) ?? 0, weight * (idf.get(term) ?? 0)));
  }
  const topicWeight = [...slotWeight.values()].reduce((sum, weight) => sum + weight, 0);
  // The shape counts as one more slot, as heavy as an average topic word.
  const shapeWeight =
    analysis.shape === undefined ? 0 : slotWeight.size === 0 ? 1 : topicWeight / slotWeight.size;
  const totalWeight = topicWeight + shapeWeight;
  // "How long could they get?": generic verbs only, so the question is its shape alone, even
  // though "get" is a term (it would otherwise leave every sentence at zero).
  const shapeOnly =
    slotWeight.size === 0 ||
    [...analysis.terms.values()].every((weight) => weight <= weakWordWeight);
  // "What did she get?", "what went wrong?": generic words only and no shape to look for, so
  // the question is about the story itself, and a news lead states its main fact.
  const topicless =
    analysis.shape === undefined &&
    analysis.terms.size > 0 &&
    [...analysis.terms.values()].every((weight) => weight <= weakWordWeight);
  const firstMention = firstEntitySentence(index.termsOf, analysis.entities);
  const previousAnswer = analysis.previousAnswer ?? '';
  const ownTerms = new Set(analysis.ownTerms);
  // A follow-up with nothing but a pronoun and a shape ("what did that cost?") asks about the
  // fact just given: the sentence after it, if it holds the shape, is the likeliest answer.
  const nextSentence =
    analysis.keyTerms.length === 0 && analysis.shape !== undefined && previousAnswer !== ''
      ? sentenceAfterPreviousAnswer(sentences, previousAnswer)
      : -1;

  const ranked = sentences.map((sentence, position) => {
    const row = matches[position] ?? [];
    const length = rootsOf[position]?.length ?? 0;
    const damping = 1 - lengthDamping + (lengthDamping * length) / averageLength;
    const contributions = new Map<string, number>();
    const matchedTerms: string[] = [];
    const repeated = features.repeated[position] === true;
    matchers.forEach(({ term, weight }, termPosition) => {
      const [frequency, strength] = row[termPosition] ?? [0, 0];
      if (frequency === 0) return;
      matchedTerms.push(term);
      // "What happened to him?" after "… to Kelvin Kiptum": the words borrowed from the thread
      // came from the sentence the reader just got, so there they are weak evidence of an answer
      // (still some: "how old is he?" may be answered by the sentence that named him).
      const borrowed = repeated && !ownTerms.has(term) ? repeatedShare : 1;
      const termIdf = idf.get(term) ?? 0;
      const contribution =
        (borrowed * strength * weight * termIdf * frequency * (termSaturation + 1)) /
        (frequency + termSaturation * damping);
      const slot = slots.get(term) ?? term;
      contributions.set(slot, Math.max(contributions.get(slot) ?? 0, contribution));
    });
    const counted = features.countedNear[position] === true ? weights.countNearBoost : 1;
    const shaped = counted > 1 || features.holdsShape[position] === true;
    let score = [...contributions.values()].reduce((sum, value) => sum + value, 0);
    // Nothing but a shape asked for ("how old was she?"): the sentences holding it compete.
    if (shaped && shapeOnly) score += weights.shapeOnlyScore;
    if (topicless && position === 0) score += weights.topiclessLeadScore;
    if (position === nextSentence && shaped) score = (score + 1) * weights.nextSentenceBoost;
    const covered = [...contributions.keys()].reduce(
      (sum, slot) => sum + (slotWeight.get(slot) ?? 0),
      0,
    );
    if (score > 0) {
      score *= boost(sentence.text, position === firstMention, analysis, weights);
      const novel = features.novel[position] ?? 0;
      if (novel < echoNewWords) score *= echoFactor ** (echoNewWords - novel);
      if (shaped) score *= weights.shapeBoost * counted;
      // "How much" is not answered by a sentence without an amount, however well it matches.
      else if (analysis.shape !== undefined && factualShapes.has(analysis.shape))
        score *= weights.missingShapeFactor;
      // With nothing but a shape ("how much will it cost?"), "it" is what the lead is about.
      const lead = shapeOnly
        ? weights.shapeOnlyLeadBoost
        : analysis.shape === 'reason'
          ? weights.reasonLeadBoost
          : weights.leadBoost;
      score *= 1 + lead * Math.max(0, 1 - position / weights.leadFadeSentences);
      // A question in the text (an explainer's subheading) restates, never answers.
      if (/\?["”’]?$/u.test(sentence.text)) score *= weights.questionSentenceFactor;
      // A section heading in capitals ("HOW THE MONEY WAS SPENT") names a topic, never a fact.
      if (!/\p{Ll}/u.test(sentence.text)) score *= weights.headingFactor;
      // A line ending in a bare word is a link, caption or heading a page left in the text
      // ("Toddler injured in attack by family dog"), not a reported sentence.
      else if (/[\p{L}\p{N}]$/u.test(sentence.text)) score *= weights.unpunctuatedFactor;
    }
    // The sentence after the previous answer covers "that" by its place, not by its words.
    const coverage =
      (topicless && position === 0) || (position === nextSentence && shaped)
        ? 1
        : totalWeight === 0
          ? 0
          : (covered + (shaped ? shapeWeight : 0)) / totalWeight;
    return { sentence, score, coverage, matchedTerms };
  });
  const sorted = ranked.sort(
    (left, right) => right.score - left.score || left.sentence.index - right.sentence.index,
  );
  const shape = analysis.shape;
  const lede = preferLede(
    sorted,
    analysis,
    shape !== undefined && factualShapes.has(shape),
    weights.ledeScoreShare,
  );
  return shape !== undefined && leadFactShapes.has(shape)
    ? preferLeadFact(lede, (text) => hasShape(text, shape), weights.leadFactScoreShare)
    : preferFirstSpeech(lede, analysis, weights.firstSpeechScoreShare);
}

/** What ranking reads of each sentence that no weight changes, computed once per question. */
interface SentenceFeatures {
  /** Per sentence, per question term: how often it occurs, and whether by its own root. */
  termCounts: (readonly [number, boolean])[][];
  /** Words the question lacks. */
  novel: number[];
  /** The sentence is in the bot's previous answer. */
  repeated: boolean[];
  /** A number stands right before the counted word ("how many fans": "40,000 fans"). */
  countedNear: boolean[];
  /** Holds a fact of the shape asked for. */
  holdsShape: boolean[];
  /** Opens by referring back to the sentence before. */
  continues: boolean[];
}

/**
 * Kept per analysis, so ranking one question again with other weights (the weight-fitting
 * bench does, thousands of times) skips the word matching; a WeakMap lets them go with it.
 */
const featuresOf = new WeakMap<
  QuestionAnalysis,
  { index: SentenceIndex; features: SentenceFeatures }
>();

function sentenceFeatures(
  index: SentenceIndex,
  analysis: QuestionAnalysis,
  matchers: readonly { root: string; paraphrases: readonly string[] }[],
): SentenceFeatures {
  const known = featuresOf.get(analysis);
  if (known !== undefined && known.index === index) return known.features;
  const { sentences, rootsOf } = index;
  const previousAnswer = analysis.previousAnswer ?? '';
  const shape = analysis.shape;
  const features: SentenceFeatures = {
    termCounts: rootsOf.map((roots) =>
      matchers.map(({ root, paraphrases }) => {
        const exact = roots.filter((word) => rootsMatch(word, root)).length;
        if (exact > 0) return [exact, true] as const;
        return [roots.filter((word) => paraphrases.includes(word)).length, false] as const;
      }),
    ),
    novel: rootsOf.map(
      (roots) =>
        roots.filter(
          (word) =>
            !matchers.some(
              ({ root, paraphrases }) => rootsMatch(word, root) || paraphrases.includes(word),
            ),
        ).length,
    ),
    repeated: sentences.map((sentence) =>
      previousAnswer.includes(sentence.text.replace(/\s+/g, ' ')),
    ),
    countedNear: sentences.map((sentence, position) =>
      countedNear(rootsOf[position] ?? [], sentence, analysis),
    ),
    holdsShape: sentences.map((sentence) => shape !== undefined && hasShape(sentence.text, shape)),
    continues: sentences.map((sentence) => continuesPrevious(sentence.text)),
  };
  featuresOf.set(analysis, { index, features });
  return features;
}

/**
 * A sentence that opens by referring back ("He said…", "His advice includes…", "Their lawyer…"):
 * it goes on about whoever the sentence before was about.
 */
function continuesPrevious(text: string): boolean {
  // A paragraph that is only a quotation goes on with the speaker the sentence before named.
  return (
    referringOpener.test(text) ||
    epithetOpener.test(text) ||
    (quotationOpener.test(text) && !attributed.test(text))
  );
}

/** "How many fans": a number right before "fans" (or a paraphrase) is the answer itself. */
function countedNear(
  roots: readonly string[],
  sentence: Sentence,
  analysis: QuestionAnalysis,
): boolean {
  if (analysis.shape !== 'count') return false;
  const counted = analysis.keyTerms.flatMap((term) => [
    rootOf(term),
    ...(analysis.paraphrases.get(term) ?? []),
  ]);
  if (counted.length === 0 || roots.length === 0) return false;
  const words = tokenize(sentence.text).map((word) => rootOf(lightStem(word)));
  return countsNear(words, (word) => counted.some((root) => rootsMatch(word, root)));
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
