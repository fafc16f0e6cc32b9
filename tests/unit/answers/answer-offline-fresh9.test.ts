import { fresh9AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh9.ts';
import { loadFresh9AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// 10 quotes-fresh articles no other set used; chat-style questions written in session 16 after
// fresh8 was measured, before any run, and scored once on that session's final engine: first
// contact 27/75 top-1 (36.0 %), 31/75 cited somewhere, 34/75 answerable refused, 16/20
// unanswerable refused. The floors sit just below those figures.
// Session 18 (causes: first statement of a speaker, the lede's main fact, shorthands, one-name
// questions): 29/75 top-1; floors raised just below.
describeAnswerSet('fresh9', fresh9AnswerQuestionCases, loadFresh9AnswerArticles(), {
  topOne: 0.38,
  anyCitation: 0.41,
  refused: 0.85,
});
