/**
 * Offline answer engine evaluation.
 * Run: npx tsx bench/eval-answers.ts [original|blind|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|all]   (default: original)
 *   original — tests/fixtures/answers/answer-questions.ts (the set the engine was built on)
 *   blind    — tests/fixtures/answers/answer-questions-blind.ts (written before tuning)
 *   fresh    — tests/fixtures/answers/answer-questions-fresh.ts (over tests/fixtures/summaries-fresh,
 *              articles the engine was never tuned on)
 *   fresh2   — tests/fixtures/answers/answer-questions-fresh2.ts (over the tests/fixtures/quotes-fresh4
 *              news articles, never used for answers before)
 *   fresh3   — tests/fixtures/answers/answer-questions-fresh3.ts (over the tests/fixtures/quotes-fresh3
 *              news articles, never used for answers before)
 *   fresh4   — tests/fixtures/answers/answer-questions-fresh4.ts (over the tests/fixtures/summaries-fresh2
 *              articles, never used for answers before)
 *   fresh5   — tests/fixtures/answers/answer-questions-fresh5.ts (over the tests/fixtures/quotes-fresh5
 *              news articles, never used for answers before; chat-style questions)
 *   fresh6   — tests/fixtures/answers/answer-questions-fresh6.ts (over 8 tests/fixtures/summaries-blind
 *              articles, never used for answers before; chat-style questions)
 *   fresh7   — tests/fixtures/answers/answer-questions-fresh7.ts (over 8 other summaries-blind
 *              articles, never used for answers before; chat-style questions)
 *   fresh8   — tests/fixtures/answers/answer-questions-fresh8.ts (over the 6 summaries-blind articles
 *              and 4 tests/fixtures/quotes-fresh articles no set used before; chat-style
 *              questions written before the engine ran on them)
 *   fresh9   — tests/fixtures/answers/answer-questions-fresh9.ts (over 10 other
 *              tests/fixtures/quotes-fresh articles no set used before; chat-style questions
 *              written before the engine ran on them)
 *   fresh10  — tests/fixtures/answers/answer-questions-fresh10.ts (over 10 tests/fixtures/quotes-fresh2
 *              articles no set used before; chat-style questions written before the engine ran
 *              on them, with a few thread follow-ups)
 *   fresh11  — tests/fixtures/answers/answer-questions-fresh11.ts (over 10 other quotes-fresh2
 *              articles, written the same way)
 *   fresh12  — tests/fixtures/answers/answer-questions-fresh12.ts (over 10 more quotes-fresh2
 *              articles, written the same way)
 * Prints, for answerable questions, top-1 citation accuracy (the best-ranked sentence is an
 * expected one) and any-citation accuracy (one of the cited sentences is); for unanswerable
 * ones, how often the engine said "the article doesn't say"; false refusals; how often it gave
 * only the closest passages (labelled, not an answer and not a refusal); how often the reader
 * sees an expected sentence first, as the answer or as the first closest passage; and the time.
 * A case's `history` is replayed as a thread: each earlier question and the engine's answer.
 */
import { answerOffline, decideOfflineAnswer } from '../src/core/engines/answers/answer-offline.ts';
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

const sets: Record<string, AnswerQuestionCase[]> = {
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
  ],
};
const setName = process.argv[2] ?? 'original';
const cases = sets[setName];
if (cases === undefined)
  throw new Error(
    `Unknown set ${setName}; use original, blind, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12 or all.`,
  );

const articles = new Map([
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
let answerable = 0;
let topOne = 0;
let anyCited = 0;
let falseRefusals = 0;
let unanswerable = 0;
let refused = 0;
let closestAnswerable = 0;
let closestRight = 0;
let closestUnanswerable = 0;
let elapsed = 0;
const misses: string[] = [];

for (const item of cases) {
  const article = articles.get(item.article);
  if (article === undefined) throw new Error(`No article ${item.article}`);
  const history = threadBefore(article, item.history ?? []);
  const started = performance.now();
  const { answer, best: bestSentence } = decideOfflineAnswer(article, item.question, history);
  elapsed += performance.now() - started;
  if (item.expected === null) {
    unanswerable += 1;
    if (answer.closestPassages === true) closestUnanswerable += 1;
    else if (!answer.answerable) refused += 1;
    else misses.push(`answered unanswerable: ${item.question} → ${answer.text.slice(0, 90)}`);
    continue;
  }
  answerable += 1;
  const expected = item.expected;
  const matches = (text: string) => expected.some((part) => text.includes(part));
  const best = bestSentence?.text ?? '';
  if (answer.answerable && matches(best)) topOne += 1;
  if (answer.citations.some((citation) => matches(citation.text))) anyCited += 1;
  else misses.push(`miss: [${item.article}] ${item.question} → ${answer.text.slice(0, 100)}`);
  if (answer.closestPassages === true) {
    closestAnswerable += 1;
    if (matches(best)) closestRight += 1;
  } else if (!answer.answerable) falseRefusals += 1;
}

/**
 * The thread as production stores it: each earlier reader question followed by the bot's
 * answer to it (the offline engine's, given the thread so far).
 */
function threadBefore(article: Article, questions: readonly string[]): ThreadTurn[] {
  const turns: ThreadTurn[] = [];
  for (const question of questions) {
    const answer = answerOffline(article, question, turns);
    turns.push({ role: 'user', text: question }, { role: 'assistant', text: answer.text });
  }
  return turns;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
console.log(`set: ${setName} (${cases.length} questions)`);
console.log(`answerable questions: ${answerable}`);
console.log(`  top-1 citation accuracy: ${topOne}/${answerable} (${percent(topOne, answerable)})`);
console.log(
  `  any-citation accuracy:   ${anyCited}/${answerable} (${percent(anyCited, answerable)})`,
);
console.log(
  `  expected sentence first: ${topOne + closestRight}/${answerable} (${percent(topOne + closestRight, answerable)}; as the answer or as the first closest passage)`,
);
console.log(`  false "doesn't say":     ${falseRefusals}/${answerable}`);
console.log(
  `  closest passages only:   ${closestAnswerable}/${answerable} (the best an expected one: ${closestRight})`,
);
console.log(`unanswerable questions: ${unanswerable}`);
console.log(
  `  said "doesn't say":      ${refused}/${unanswerable} (${percent(refused, unanswerable)})`,
);
console.log(`  closest passages only:   ${closestUnanswerable}/${unanswerable}`);
console.log(`time: ${(elapsed / cases.length).toFixed(2)} ms per question`);
for (const miss of misses) console.log(`  ${miss}`);
