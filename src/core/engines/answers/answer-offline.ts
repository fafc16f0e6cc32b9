import type { Article } from '../../model/article.ts';
import type { Answer, Citation, ThreadTurn } from '../../model/answer.ts';
import { findInstructionSpans } from '../../pipeline/guard-model-output.ts';
import type { Sentence } from '../../text/sentences.ts';
import { splitSentences } from '../../text/sentences.ts';
import { analyzeQuestion } from './analyze-question.ts';
import { notCoveredText } from './not-covered-text.ts';
import { rootOf, rootsMatch } from './match-terms.ts';
import type { RankedSentence } from './rank-sentences.ts';
import { factualShapes, indexSentences, rankSentences, termsMatch } from './rank-sentences.ts';
import { holdsShapeAskedFor } from './answer-shapes.ts';

/**
 * Below this IDF-weighted share of the question's terms, the best sentences are about
 * something else ("What did Putin say about the stock market?" matches only "Putin").
 */
export const minimumCoverage = 0.34;
/** Share of the question's key terms the article may lack and still answer it. */
const maxMissingShare = 0.3;
/** A runner-up joins the answer when it scores at least this share of the best sentence. */
const runnerUpShare = 0.85;
const maxSentences = 3;
/** Past this length one sentence (with its context) is enough for a chat reply. */
const maxAnswerCharacters = 700;
const saysUnknown =
  /\b(?:did|does|do|would|could) not (?:say|disclose|specify|reveal|know|give)\b|\b(?:not|never) (?:been )?(?:disclosed|released|revealed|made public)\b|\bunclear\b|\bunknown\b/i;
const referringOpener = /^["“‘]?(?:he|she|they|it|this|that|these|those|his|her|their|its)\b/i;

/**
 * Answers a question from the article alone, without a model: the sentences that best match
 * the question (BM25 with boosts for the kind of question) are the answer, verbatim, and its
 * citations. When the question's names are missing from the article or no sentence covers
 * enough of its terms, the answer is the explicit "The article doesn't say" sentence.
 * Deterministic: the same article and question always give the same answer.
 */
export function answerOffline(
  article: Pick<Article, 'title' | 'text'>,
  question: string,
  history: readonly ThreadTurn[] = [],
): Answer {
  const analysis = analyzeQuestion(question, history);
  const injected = findInstructionSpans(article.text);
  const sentences = splitSentences(article.text).filter(
    (sentence) =>
      !injected.some((span) => span.start <= sentence.start && sentence.end <= span.end),
  );
  const notCovered: Answer = {
    question,
    answerable: false,
    text: notCoveredText(article),
    citations: [],
    engine: { name: 'offline' },
  };
  if (sentences.length === 0) return notCovered;
  if (analysis.asksForGist) return answerWith(question, sentences.slice(0, 2));

  const index = indexSentences(sentences);
  const articleTerms = index.termsOf.flat();
  const missingEntity = analysis.entities.some(
    (group) => !group.some((entity) => articleTerms.some((term) => termsMatch(term, entity))),
  );
  if ((analysis.terms.size === 0 && analysis.shape === undefined) || missingEntity)
    return notCovered;
  // "What is the price of bitcoin?" in an article without bitcoin: a sentence about prices
  // would match half the question, but the thing asked about is not there. A long question
  // may miss one modifier ("disaster aid" where the article says "emergency aid").
  const articleRoots = [...new Set(index.rootsOf.flat())];
  const missing = analysis.keyTerms.filter((term) => {
    const root = rootOf(term);
    const paraphrases = analysis.paraphrases.get(term) ?? [];
    return !articleRoots.some((word) => rootsMatch(word, root) || paraphrases.includes(word));
  });
  if (missing.length > maxMissingShare * analysis.keyTerms.length) return notCovered;

  const ranked = rankSentences(index, analysis);
  const chosen = chooseSentences(ranked, sentences);
  const covered = coverageOf(chosen, ranked);
  if (chosen.length === 0 || covered < minimumCoverage) return notCovered;
  // "How much does the program cost?" answered by a sentence about the program with no amount
  // in it is not an answer: the article names the thing but not the figure asked for.
  // A sentence saying the figure is not known ("did not say how many jobs") answers too.
  const shape = analysis.shape;
  if (
    shape !== undefined &&
    factualShapes.has(shape) &&
    !chosen.some(
      (sentence) => holdsShapeAskedFor(sentence.text, shape) || saysUnknown.test(sentence.text),
    )
  )
    return notCovered;
  return answerWith(question, chosen);
}

/**
 * The best sentence, close runners-up, and the sentence before one that opens with a pronoun
 * ("He said the missiles…") so the answer says who "he" is. Returned best first (after its
 * context sentence), then the runners-up in rank order: the reply is these sentences, and a
 * chat reader takes the first one as the answer, so it must not open with an earlier,
 * weaker sentence just because it comes first in the article.
 */
function chooseSentences(ranked: readonly RankedSentence[], all: readonly Sentence[]): Sentence[] {
  const best = ranked[0];
  if (best === undefined || best.score <= 0) return [];
  const picked = new Map<number, Sentence>();
  const previous = all[all.indexOf(best.sentence) - 1];
  if (referringOpener.test(best.sentence.text) && previous !== undefined)
    picked.set(previous.start, previous);
  picked.set(best.sentence.start, best.sentence);
  for (const candidate of ranked.slice(1, maxSentences)) {
    if (picked.size >= maxSentences || candidate.score < best.score * runnerUpShare) break;
    if (candidate.coverage < minimumCoverage) continue;
    const length = [...picked.values()].reduce((sum, sentence) => sum + sentence.text.length, 0);
    if (length + candidate.sentence.text.length > maxAnswerCharacters) break;
    picked.set(candidate.sentence.start, candidate.sentence);
  }
  return [...picked.values()];
}

/** Coverage of the chosen sentences: the best single sentence's, since each is judged alone. */
function coverageOf(chosen: readonly Sentence[], ranked: readonly RankedSentence[]): number {
  return Math.max(
    0,
    ...ranked.filter((item) => chosen.includes(item.sentence)).map((item) => item.coverage),
  );
}

function answerWith(question: string, sentences: readonly Sentence[]): Answer {
  const citations: Citation[] = sentences.map(({ text, start, end }) => ({ text, start, end }));
  return {
    question,
    answerable: true,
    text: sentences.map((sentence) => sentence.text.replace(/\s+/g, ' ')).join(' '),
    citations,
    engine: { name: 'offline' },
  };
}
