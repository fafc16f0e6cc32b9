import { fresh12AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh12.ts';
import { loadFresh10AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// 10 more quotes-fresh2 articles; chat-style questions written in session 18 by a helper who never
// ran the engine or read its source, scored once at that session's end, never tuned on:
// 33/80 top-1 (41.3 %; the session's starting engine 31/80), expected sentence first 36/80,
// 46/80 cited somewhere, 8 answerable refused, 16 of 20 unanswerable not answered (6 refused,
// 10 closest passages). Floors just below.
describeAnswerSet('fresh12', fresh12AnswerQuestionCases, loadFresh10AnswerArticles(), {
  topOne: 0.4,
  anyCitation: 0.55,
  refused: 0.75,
});
