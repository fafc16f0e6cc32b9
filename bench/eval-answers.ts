/**
 * Offline answer engine evaluation over tests/fixtures/answers/answer-questions.ts.
 * Run: npx tsx bench/eval-answers.ts
 * Prints, for answerable questions, top-1 citation accuracy (the best-ranked sentence is an
 * expected one) and any-citation accuracy (one of the cited sentences is); for unanswerable
 * ones, how often the engine said "the article doesn't say"; and false refusals.
 */
import { answerOffline } from '../src/core/engines/answers/answer-offline.ts';
import { analyzeQuestion } from '../src/core/engines/answers/analyze-question.ts';
import { indexSentences, rankSentences } from '../src/core/engines/answers/rank-sentences.ts';
import type { ThreadTurn } from '../src/core/model/answer.ts';
import { splitSentences } from '../src/core/text/sentences.ts';
import { answerQuestionCases } from '../tests/fixtures/answers/answer-questions.ts';
import { loadAnswerArticles } from '../tests/fixtures/answers/load-answer-articles.ts';

const articles = loadAnswerArticles();
let answerable = 0;
let topOne = 0;
let anyCited = 0;
let falseRefusals = 0;
let unanswerable = 0;
let refused = 0;
const misses: string[] = [];

for (const item of answerQuestionCases) {
  const article = articles.get(item.article);
  if (article === undefined) throw new Error(`No article ${item.article}`);
  const history: ThreadTurn[] = (item.history ?? []).map((text) => ({ role: 'user', text }));
  const answer = answerOffline(article, item.question, history);
  if (item.expected === null) {
    unanswerable += 1;
    if (!answer.answerable) refused += 1;
    else misses.push(`answered unanswerable: ${item.question} → ${answer.text.slice(0, 80)}`);
    continue;
  }
  answerable += 1;
  const expected = item.expected;
  const matches = (text: string) => expected.some((part) => text.includes(part));
  const ranked = rankSentences(
    indexSentences(splitSentences(article.text)),
    analyzeQuestion(item.question, history),
  );
  const best = ranked[0]?.sentence.text ?? '';
  if (answer.answerable && matches(best)) topOne += 1;
  if (answer.citations.some((citation) => matches(citation.text))) anyCited += 1;
  else misses.push(`miss: ${item.question} → ${answer.text.slice(0, 100)}`);
  if (!answer.answerable) falseRefusals += 1;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
console.log(`answerable questions: ${answerable}`);
console.log(`  top-1 citation accuracy: ${topOne}/${answerable} (${percent(topOne, answerable)})`);
console.log(
  `  any-citation accuracy:   ${anyCited}/${answerable} (${percent(anyCited, answerable)})`,
);
console.log(`  false "doesn't say":     ${falseRefusals}/${answerable}`);
console.log(`unanswerable questions: ${unanswerable}`);
console.log(
  `  said "doesn't say":      ${refused}/${unanswerable} (${percent(refused, unanswerable)})`,
);
for (const miss of misses) console.log(`  ${miss}`);
