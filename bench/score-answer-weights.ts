/**
 * Scores a set of ranking weights on the answer question sets, as bench/eval-answers.ts
 * scores the engine, with everything that no weight changes (sentences, index, the question's
 * analysis, the replayed thread) computed once. Used by bench/fit-answer-weights.ts.
 */
import type { PreparedQuestion } from '../src/core/engines/answers/answer-offline.ts';
import {
  decideOfflineAnswer,
  decidePreparedQuestion,
  prepareOfflineQuestion,
} from '../src/core/engines/answers/answer-offline.ts';
import type { RankingWeights } from '../src/core/engines/answers/ranking-weights.ts';
import type { ThreadTurn } from '../src/core/model/answer.ts';
import type { Article } from '../src/core/model/article.ts';
import type { AnswerQuestionCase } from '../tests/fixtures/answers/answer-questions.ts';
import { threadBefore } from './answer-question-sets.ts';

/** One question, ready to be ranked with any weights. */
export interface PreparedCase {
  set: string;
  article: Article;
  question: string;
  history: ThreadTurn[];
  expected: readonly string[] | null;
  /** Undefined for an article without sentences (decided without ranking). */
  prepared: PreparedQuestion | undefined;
}

/** What eval-answers.ts prints, for one set. */
export interface Tally {
  answerable: number;
  unanswerable: number;
  /** Answered, with an expected sentence ranked first. */
  topOne: number;
  /** An expected sentence first, as the answer or as the first closest passage. */
  expectedFirst: number;
  /** Answerable questions refused with "the article doesn't say". */
  falseRefusals: number;
  /** Unanswerable questions answered as if the article said so. */
  unanswerableAnswered: number;
}

export const emptyTally = (): Tally => ({
  answerable: 0,
  unanswerable: 0,
  topOne: 0,
  expectedFirst: 0,
  falseRefusals: 0,
  unanswerableAnswered: 0,
});

export function addTallies(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies)
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
  return total;
}

/**
 * The objective the search maximises: top-1 plus expected-sentence-first over answerable
 * questions, minus `penalty` for each unanswerable question answered and each answerable one
 * refused.
 */
export function objective(tally: Tally, penalty: number): number {
  return (
    tally.topOne +
    tally.expectedFirst -
    penalty * (tally.unanswerableAnswered + tally.falseRefusals)
  );
}

/**
 * The cases of the named sets with their threads replayed by the engine's default weights
 * (a thread's earlier answers then stay fixed while the weights vary; the held-out figures
 * are measured with `replayWithWeights` to check that this changes nothing that matters).
 */
export function prepareCases(
  sets: Readonly<Record<string, readonly AnswerQuestionCase[]>>,
  articles: ReadonlyMap<string, Article>,
): PreparedCase[] {
  return Object.entries(sets).flatMap(([set, cases]) =>
    cases.map((item) => {
      const article = articles.get(item.article);
      if (article === undefined) throw new Error(`No article ${item.article}`);
      const history = threadBefore(article, item.history ?? []);
      return {
        set,
        article,
        question: item.question,
        history,
        expected: item.expected,
        prepared: prepareOfflineQuestion(article, item.question, history),
      };
    }),
  );
}

/** Each set's tally under the weights, the threads as prepared. */
export function scoreCases(
  cases: readonly PreparedCase[],
  weights: Readonly<RankingWeights>,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const item of cases) {
    const decision =
      item.prepared === undefined
        ? decideOfflineAnswer(item.article, item.question, item.history, weights)
        : decidePreparedQuestion(item.prepared, weights);
    countDecision(tallies, item, decision.answer, decision.best?.text ?? '');
  }
  return tallies;
}

/** Each set's tally under the weights, every thread replayed with them too (slower, exact). */
export function scoreCasesExactly(
  sets: Readonly<Record<string, readonly AnswerQuestionCase[]>>,
  articles: ReadonlyMap<string, Article>,
  weights: Readonly<RankingWeights>,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const [set, cases] of Object.entries(sets))
    for (const item of cases) {
      const article = articles.get(item.article);
      if (article === undefined) throw new Error(`No article ${item.article}`);
      const history = threadBefore(article, item.history ?? [], weights);
      const decision = decideOfflineAnswer(article, item.question, history, weights);
      countDecision(
        tallies,
        { set, expected: item.expected },
        decision.answer,
        decision.best?.text ?? '',
      );
    }
  return tallies;
}

function countDecision(
  tallies: Map<string, Tally>,
  item: Pick<PreparedCase, 'set' | 'expected'>,
  answer: { answerable: boolean; closestPassages?: boolean },
  best: string,
): void {
  const tally = tallies.get(item.set) ?? emptyTally();
  tallies.set(item.set, tally);
  const expected = item.expected;
  if (expected === null) {
    tally.unanswerable += 1;
    if (answer.answerable) tally.unanswerableAnswered += 1;
    return;
  }
  tally.answerable += 1;
  const first = expected.some((part) => best.includes(part));
  if (answer.answerable && first) tally.topOne += 1;
  if (first && (answer.answerable || answer.closestPassages === true)) tally.expectedFirst += 1;
  if (!answer.answerable && answer.closestPassages !== true) tally.falseRefusals += 1;
}
