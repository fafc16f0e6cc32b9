import { fresh13AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh13.ts';
import { loadFresh10AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// 10 more quotes-fresh2 articles; chat-style questions written in session 19 by a helper who never
// ran the engine or read its source, scored once at that session's end, never tuned on:
// 33/80 top-1 (41.3 %, as fresh12), expected sentence first 37/80, 46/80 cited somewhere,
// 10 answerable refused, 11 of 20 unanswerable not answered (3 refused, 8 closest passages).
// Floors just below.
describeAnswerSet('fresh13', fresh13AnswerQuestionCases, loadFresh10AnswerArticles(), {
  topOne: 0.4,
  anyCitation: 0.55,
  refused: 0.5,
});
