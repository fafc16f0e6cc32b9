import { fresh8AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh8.ts';
import { loadFresh8AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// 6 summaries-blind and 4 quotes-fresh articles no other set used; chat-style questions written
// in session 16 before any run and scored once after that session's engine changes: first
// contact 36/76 top-1 (47.4 %), 42/76 cited somewhere, 22/76 answerable refused, 8/20
// unanswerable refused. The floors sit just below those figures.
// Session 18 (causes: first statement of a speaker, the lede's main fact, shorthands, one-name
// questions): 38/76 top-1; floors raised just below.
describeAnswerSet('fresh8', fresh8AnswerQuestionCases, loadFresh8AnswerArticles(), {
  topOne: 0.5,
  anyCitation: 0.55,
  refused: 0.4,
});
