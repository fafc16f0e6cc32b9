import type { Article } from '../../model/article.ts';
import type { Answer, Citation, ThreadTurn } from '../../model/answer.ts';
import { findInstructionSpans } from '../../pipeline/guard-model-output.ts';
import type { Sentence } from '../../text/sentences.ts';
import { splitSentences } from '../../text/sentences.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { analyzeQuestion } from './analyze-question.ts';
import { closestPassages, closestPassagesLabel } from './closest-passages.ts';
import { notCoveredText } from './not-covered-text.ts';
import { rootOf, rootsMatch } from './match-terms.ts';
import type { RankedSentence, SentenceIndex } from './rank-sentences.ts';
import { factualShapes, indexSentences, rankSentences, termsMatch } from './rank-sentences.ts';
import { holdsShapeAskedFor } from './answer-shapes.ts';
import { withLowercaseNames } from './lowercase-names.ts';
import { withRoleNames } from './role-names.ts';
import { withSpellingVariants } from './spelling-variants.ts';
import { withCompoundHeads } from './compound-heads.ts';
import { withAcronyms } from './acronyms.ts';
import type { RankingWeights } from './ranking-weights.ts';
import { defaultRankingWeights } from './ranking-weights.ts';

/**
 * Below this IDF-weighted share of the question's terms, the best sentences are about
 * something else ("What did Putin say about the stock market?" matches only "Putin").
 * The other thresholds (maxMissingShare, runnerUpShare, neighbourShare) are in ranking-weights.ts.
 */
export const minimumCoverage = defaultRankingWeights.minimumCoverage;
const maxSentences = 3;
/** Past this length one sentence (with its context) is enough for a chat reply. */
const maxAnswerCharacters = 700;
const saysUnknown =
  /\b(?:did|does|do|would|could) not (?:say|disclose|specify|reveal|know|give)\b|\b(?:not|never) (?:yet )?(?:been )?(?:disclosed|released|revealed|made public|scheduled|set|announced)\b|\bunclear\b|\bunknown\b/i;
const referringOpener = /^["“‘]?(?:he|she|they|it|this|that|these|those|his|her|their|its)\b/i;

/** What the rules read: the question, the article's sentences and their ranking. */
interface AnswerContext {
  analysis: QuestionAnalysis;
  sentences: readonly Sentence[];
  index: SentenceIndex;
  ranked: readonly RankedSentence[];
  /** The best sentence, close runners-up and context; empty when nothing scores. */
  chosen: readonly Sentence[];
  weights: Readonly<RankingWeights>;
  prepared: PreparedQuestion;
}

/** What a rule decides: the sentences that answer, the closest ones, or that the article is silent. */
type Verdict =
  | { reply: 'answer'; sentences: readonly Sentence[] }
  | { reply: 'closest'; sentences: readonly Sentence[] }
  | { reply: 'not-covered' };

interface AnswerRule {
  name: string;
  /** The verdict, or undefined to let the next rule decide. */
  decide: (context: AnswerContext) => Verdict | undefined;
}

const notCovered: Verdict = { reply: 'not-covered' };

/**
 * The rules in order; the first that decides wins. A question about something the article
 * never mentions is refused; one about something it mentions is answered by the best sentences
 * or, when none covers it, shown the closest sentences about it, labelled as such.
 */
const answerRules: readonly AnswerRule[] = [
  {
    name: 'gist',
    decide: ({ analysis, sentences }) =>
      analysis.asksForGist ? { reply: 'answer', sentences: sentences.slice(0, 2) } : undefined,
  },
  {
    // "What did Zelensky say?" in an article that never names him.
    name: 'name-absent',
    decide: ({ prepared }) => (prepared.nameAbsent ? notCovered : undefined),
  },
  {
    name: 'nothing-asked',
    decide: ({ analysis }) =>
      analysis.terms.size === 0 && analysis.shape === undefined ? notCovered : undefined,
  },
  {
    // "What is the price of bitcoin?" in an article without bitcoin: a sentence about prices
    // would match half the question, but the thing asked about is not there. A long question
    // may miss one modifier ("disaster aid" where the article says "emergency aid"). When the
    // article still speaks of the question's subject ("how much did the stock tank" beside
    // "shares fell 31 percent"), the reader sees those sentences under the closest-passages
    // label, which says they do not answer; a bare "doesn't say" would hide them (decision 0015).
    name: 'asked-thing-absent',
    decide: ({ analysis, prepared, ranked, weights }) => {
      const missing = prepared.missingKeyTerms;
      if (missing <= weights.maxMissingShare * analysis.keyTerms.length) return undefined;
      const closest = closestPassages(ranked, analysis, weights.minimumSubjectCoverage);
      return closest.length === 0 ? notCovered : { reply: 'closest', sentences: closest };
    },
  },
  {
    name: 'nothing-matches',
    decide: ({ chosen }) => (chosen.length === 0 ? notCovered : undefined),
  },
  {
    // "What did Kellogg say about the Oreshnik?": both are in the article, never together, so
    // a sentence about the missile is no answer about Kellogg. When no chosen sentence holds
    // every name of the question (itself or by a pronoun), the reader gets the closest
    // passages about them, not an answer. One name is enough: "was Sorensen injured?" is not
    // answered by a sentence about someone else's injury.
    name: 'names-apart',
    decide: ({ analysis, chosen, ranked, weights }) => {
      // A role's surname alone stands for a word of the question, not for one more name.
      const surnames = analysis.roleSurnames ?? [];
      const named = analysis.entities.filter((group) =>
        group.some((term) => !surnames.includes(term)),
      );
      if (named.length === 0) return undefined;
      const together = ranked.some(
        ({ sentence, matchedTerms }) =>
          chosen.includes(sentence) &&
          named.every((group) =>
            group.some((term) => matchedTerms.includes(term) || writesNumber([sentence], term)),
          ),
      );
      if (together) return undefined;
      const closest = closestPassages(ranked, analysis, weights.minimumSubjectCoverage);
      return closest.length === 0 ? notCovered : { reply: 'closest', sentences: closest };
    },
  },
  {
    // The best sentences share too little with the question: the article speaks of its
    // subject ("Kellogg") but not of what is asked about it, so the reader gets the sentences
    // about the subject, marked as the closest passages, never passed off as the answer.
    name: 'closest-passages',
    decide: ({ analysis, chosen, ranked, weights }) => {
      if (coverageOf(chosen, ranked) >= weights.minimumCoverage) return undefined;
      const closest = closestPassages(ranked, analysis, weights.minimumSubjectCoverage);
      return closest.length === 0 ? notCovered : { reply: 'closest', sentences: closest };
    },
  },
  {
    // "How much does the program cost?" answered by a sentence about the program with no
    // amount in it is not an answer: the article names the thing but not the figure asked
    // for. A sentence saying the figure is not known ("did not say how many jobs") answers.
    name: 'figure-absent',
    decide: ({ analysis, chosen }) => {
      const shape = analysis.shape;
      return shape !== undefined &&
        factualShapes.has(shape) &&
        !chosen.some(
          (sentence) => holdsShapeAskedFor(sentence.text, shape) || saysUnknown.test(sentence.text),
        )
        ? notCovered
        : undefined;
    },
  },
  {
    name: 'best-sentences',
    decide: ({ chosen }) => ({ reply: 'answer', sentences: chosen }),
  },
];

/** The offline answer and the name of the rule that decided it (for tests and evaluation). */
export interface OfflineDecision {
  answer: Answer;
  rule: string;
  /** The sentence the engine ranks first for the question, whatever it replied. */
  best?: Sentence;
}

/**
 * Answers a question from the article alone, without a model: the sentences that best match
 * the question (BM25 with boosts for the kind of question) are the answer, verbatim, and its
 * citations. When the article never speaks of what the question is about, the answer is the
 * explicit "The article doesn't say" sentence; when it speaks of it but no sentence covers what
 * is asked, the closest sentences about it, labelled as not answering.
 * Deterministic: the same article and question always give the same answer.
 */
export function answerOffline(
  article: Pick<Article, 'title' | 'text'>,
  question: string,
  history: readonly ThreadTurn[] = [],
  weights: Readonly<RankingWeights> = defaultRankingWeights,
): Answer {
  return decideOfflineAnswer(article, question, history, weights).answer;
}

/** answerOffline, with the rule that decided. */
export function decideOfflineAnswer(
  article: Pick<Article, 'title' | 'text'>,
  question: string,
  history: readonly ThreadTurn[] = [],
  weights: Readonly<RankingWeights> = defaultRankingWeights,
): OfflineDecision {
  const prepared = prepareOfflineQuestion(article, question, history);
  if (prepared === undefined)
    return { answer: replyWith(article, question, notCovered), rule: 'empty-article' };
  return decidePreparedQuestion(prepared, weights);
}

/** What answering a question needs that no ranking weight changes: sentences, index, analysis. */
export interface PreparedQuestion {
  article: Pick<Article, 'title' | 'text'>;
  question: string;
  sentences: readonly Sentence[];
  index: SentenceIndex;
  analysis: QuestionAnalysis;
  /** A name the question asks about never occurs in the article ("what did Zelensky say?"). */
  nameAbsent: boolean;
  /** How many of the question's key terms the article lacks, by root and paraphrase. */
  missingKeyTerms: number;
}

/**
 * The article's sentences (without injected instructions), their index and the question's
 * analysis; undefined for an article without sentences. Computed once, it can be decided with
 * many sets of weights (the weight-fitting bench does).
 */
export function prepareOfflineQuestion(
  article: Pick<Article, 'title' | 'text'>,
  question: string,
  history: readonly ThreadTurn[] = [],
): PreparedQuestion | undefined {
  const injected = findInstructionSpans(article.text);
  const sentences = splitSentences(article.text).filter(
    (sentence) =>
      !injected.some((span) => span.start <= sentence.start && sentence.end <= span.end),
  );
  if (sentences.length === 0) return undefined;
  const index = indexSentences(sentences);
  const analysis = withCompoundHeads(
    withSpellingVariants(
      withAcronyms(
        withRoleNames(
          withLowercaseNames(analyzeQuestion(question, history), question, sentences),
          sentences,
        ),
        sentences,
        index,
      ),
      index,
    ),
    index,
  );
  const articleTerms = index.termsOf.flat();
  const nameAbsent = analysis.entities.some(
    (group) =>
      !group.some(
        (entity) =>
          articleTerms.some((term) => termsMatch(term, entity)) || writesNumber(sentences, entity),
      ),
  );
  const articleRoots = [...new Set(index.rootsOf.flat())];
  const missingKeyTerms = analysis.keyTerms.filter((term) => {
    const root = rootOf(term);
    const paraphrases = analysis.paraphrases.get(term) ?? [];
    return !articleRoots.some((word) => rootsMatch(word, root) || paraphrases.includes(word));
  }).length;
  return { article, question, sentences, index, analysis, nameAbsent, missingKeyTerms };
}

/** Ranks a prepared question's sentences with the weights given and lets the rules decide. */
export function decidePreparedQuestion(
  prepared: PreparedQuestion,
  weights: Readonly<RankingWeights> = defaultRankingWeights,
): OfflineDecision {
  const { article, question, sentences, index, analysis } = prepared;
  const ranked = rankSentences(index, analysis, weights);
  const context: AnswerContext = {
    analysis,
    sentences,
    index,
    ranked,
    chosen: chooseSentences(ranked, sentences, new Set(analysis.entities.flat()), weights),
    weights,
    prepared,
  };
  const best = ranked[0]?.sentence;
  const decided = (verdict: Verdict, rule: string): OfflineDecision => ({
    answer: replyWith(article, question, verdict),
    rule,
    ...(best === undefined ? {} : { best }),
  });
  for (const rule of answerRules) {
    const verdict = rule.decide(context);
    if (verdict !== undefined) return decided(verdict, rule.name);
  }
  return decided(notCovered, 'no-rule');
}

/**
 * The best sentence, close runners-up, and the sentence before one that opens with a pronoun
 * ("He said the missiles…") so the answer says who "he" is. Returned best first (after its
 * context sentence), then the runners-up in rank order: the reply is these sentences, and a
 * chat reader takes the first one as the answer, so it must not open with an earlier,
 * weaker sentence just because it comes first in the article.
 */
function chooseSentences(
  ranked: readonly RankedSentence[],
  all: readonly Sentence[],
  names: ReadonlySet<string>,
  weights: Readonly<RankingWeights>,
): Sentence[] {
  const { runnerUpShare, neighbourShare, minimumCoverage: coverageNeeded } = weights;
  const best = ranked[0];
  if (best === undefined || best.score <= 0) return [];
  const picked = new Map<number, Sentence>();
  const previous = all[all.indexOf(best.sentence) - 1];
  if (referringOpener.test(best.sentence.text) && previous !== undefined)
    picked.set(previous.start, previous);
  picked.set(best.sentence.start, best.sentence);
  // A neighbour that covers the question as fully as the best sentence goes on with the same
  // fact ("His advice includes a cease-fire … Kellogg also advocated sanctions relief"), so it
  // joins at a lower score than a runner-up from elsewhere in the article.
  // It must hold what is asked, not just the name ("Who is Keith Kellogg?" is one sentence).
  const isNeighbour = (candidate: RankedSentence) =>
    Math.abs(candidate.sentence.index - best.sentence.index) === 1 &&
    candidate.coverage >= best.coverage &&
    candidate.matchedTerms.some((term) => !names.has(term));
  for (const candidate of ranked.slice(1)) {
    const share = isNeighbour(candidate) ? neighbourShare : runnerUpShare;
    if (picked.size >= maxSentences || candidate.score < best.score * neighbourShare) break;
    if (candidate.score < best.score * share || candidate.coverage < coverageNeeded) continue;
    const length = [...picked.values()].reduce((sum, sentence) => sum + sentence.text.length, 0);
    if (length + candidate.sentence.text.length > maxAnswerCharacters) break;
    picked.set(candidate.sentence.start, candidate.sentence);
  }
  return [...picked.values()];
}

/**
 * "Who won game 1?": a one-digit number is no content term of the article ("Game 1 of the World
 * Series"), so it is looked for in the text itself, as a whole number.
 */
function writesNumber(sentences: readonly Sentence[], entity: string): boolean {
  if (!/^\d$/u.test(entity)) return false;
  const written = new RegExp(String.raw`(?<![\d.,])${entity}(?![\d]|[.,]\d)`, 'u');
  return sentences.some((sentence) => written.test(sentence.text));
}

/** Coverage of the chosen sentences: the best single sentence's, since each is judged alone. */
function coverageOf(chosen: readonly Sentence[], ranked: readonly RankedSentence[]): number {
  return Math.max(
    0,
    ...ranked.filter((item) => chosen.includes(item.sentence)).map((item) => item.coverage),
  );
}

function replyWith(
  article: Pick<Article, 'title' | 'text'>,
  question: string,
  verdict: Verdict,
): Answer {
  const engine = { name: 'offline' as const };
  if (verdict.reply === 'not-covered')
    return { question, answerable: false, text: notCoveredText(article), citations: [], engine };
  const citations: Citation[] = verdict.sentences.map(({ text, start, end }) => ({
    text,
    start,
    end,
  }));
  const quoted = verdict.sentences.map((sentence) => sentence.text.replace(/\s+/g, ' ')).join(' ');
  if (verdict.reply === 'closest')
    return {
      question,
      answerable: false,
      closestPassages: true,
      text: `${closestPassagesLabel} ${quoted}`,
      citations,
      engine,
    };
  return { question, answerable: true, text: quoted, citations, engine };
}
