/**
 * The answer question sets and their articles, shared by bench/eval-answers.ts and
 * bench/fit-answer-weights.ts.
 */
import { answerOffline } from '../src/core/engines/answers/answer-offline.ts';
import type { RankingWeights } from '../src/core/engines/answers/ranking-weights.ts';
import { defaultRankingWeights } from '../src/core/engines/answers/ranking-weights.ts';
import type { ThreadTurn } from '../src/core/model/answer.ts';
import type { Article } from '../src/core/model/article.ts';
import type { AnswerQuestionCase } from '../tests/fixtures/answers/answer-questions.ts';
import { answerQuestionCases } from '../tests/fixtures/answers/answer-questions.ts';
import { blindAnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-blind.ts';
import { freshAnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh.ts';
import { fresh2AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh2.ts';
import { fresh3AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh3.ts';
import { fresh4AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh4.ts';
import { fresh5AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh5.ts';
import { fresh6AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh6.ts';
import { fresh7AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh7.ts';
import { fresh8AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh8.ts';
import { fresh9AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh9.ts';
import { fresh10AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh10.ts';
import { fresh11AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh11.ts';
import { fresh12AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh12.ts';
import { fresh13AnswerQuestionCases } from '../tests/fixtures/answers/answer-questions-fresh13.ts';
import {
  loadAnswerArticles,
  loadFresh10AnswerArticles,
  loadFresh2AnswerArticles,
  loadFresh3AnswerArticles,
  loadFresh4AnswerArticles,
  loadFresh5AnswerArticles,
  loadFresh6AnswerArticles,
  loadFresh8AnswerArticles,
  loadFresh9AnswerArticles,
  loadFreshAnswerArticles,
} from '../tests/fixtures/answers/load-answer-articles.ts';

/** The question sets by name, and `all` for every one of them. */
export const answerSets: Record<string, AnswerQuestionCase[]> = {
  original: answerQuestionCases,
  blind: blindAnswerQuestionCases,
  fresh: freshAnswerQuestionCases,
  fresh2: fresh2AnswerQuestionCases,
  fresh3: fresh3AnswerQuestionCases,
  fresh4: fresh4AnswerQuestionCases,
  fresh5: fresh5AnswerQuestionCases,
  fresh6: fresh6AnswerQuestionCases,
  fresh7: fresh7AnswerQuestionCases,
  fresh8: fresh8AnswerQuestionCases,
  fresh9: fresh9AnswerQuestionCases,
  fresh10: fresh10AnswerQuestionCases,
  fresh11: fresh11AnswerQuestionCases,
  fresh12: fresh12AnswerQuestionCases,
  fresh13: fresh13AnswerQuestionCases,
  all: [
    ...answerQuestionCases,
    ...blindAnswerQuestionCases,
    ...freshAnswerQuestionCases,
    ...fresh2AnswerQuestionCases,
    ...fresh3AnswerQuestionCases,
    ...fresh4AnswerQuestionCases,
    ...fresh5AnswerQuestionCases,
    ...fresh6AnswerQuestionCases,
    ...fresh7AnswerQuestionCases,
    ...fresh8AnswerQuestionCases,
    ...fresh9AnswerQuestionCases,
    ...fresh10AnswerQuestionCases,
    ...fresh11AnswerQuestionCases,
    ...fresh12AnswerQuestionCases,
    ...fresh13AnswerQuestionCases,
  ],
};
/** Every article an answer set asks about, by id. */
export async function loadAllAnswerArticles(): Promise<Map<string, Article>> {
  return new Map([
    ...(await loadAnswerArticles()),
    ...loadFreshAnswerArticles(),
    ...loadFresh2AnswerArticles(),
    ...loadFresh3AnswerArticles(),
    ...loadFresh4AnswerArticles(),
    ...loadFresh5AnswerArticles(),
    ...loadFresh6AnswerArticles(),
    ...loadFresh8AnswerArticles(),
    ...loadFresh9AnswerArticles(),
    ...loadFresh10AnswerArticles(),
  ]);
}

/**
 * The thread as production stores it: each earlier reader question followed by the bot's
 * answer to it (the offline engine's, given the thread so far).
 */
export function threadBefore(
  article: Article,
  questions: readonly string[],
  weights: Readonly<RankingWeights> = defaultRankingWeights,
): ThreadTurn[] {
  const turns: ThreadTurn[] = [];
  for (const question of questions) {
    const answer = answerOffline(article, question, turns, weights);
    turns.push({ role: 'user', text: question }, { role: 'assistant', text: answer.text });
  }
  return turns;
}
