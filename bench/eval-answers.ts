/**
 * Offline answer engine evaluation.
 * Run: npx tsx bench/eval-answers.ts [original|blind|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|all]   (default: original)
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
 *   fresh13  — tests/fixtures/answers/answer-questions-fresh13.ts (over 10 more quotes-fresh2
 *              articles, written the same way, in session 19)
 * Prints, for answerable questions, top-1 citation accuracy (the best-ranked sentence is an
 * expected one) and any-citation accuracy (one of the cited sentences is); for unanswerable
 * ones, how often the engine said "the article doesn't say"; false refusals; how often it gave
 * only the closest passages (labelled, not an answer and not a refusal); how often the reader
 * sees an expected sentence first, as the answer or as the first closest passage; and the time.
 * A case's `history` is replayed as a thread: each earlier question and the engine's answer.
 */
import { decideOfflineAnswer } from '../src/core/engines/answers/answer-offline.ts';
import { answerSets, loadAllAnswerArticles, threadBefore } from './answer-question-sets.ts';

const setName = process.argv[2] ?? 'original';
const cases = answerSets[setName];
if (cases === undefined)
  throw new Error(
    `Unknown set ${setName}; use original, blind, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13 or all.`,
  );

const articles = await loadAllAnswerArticles();
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
