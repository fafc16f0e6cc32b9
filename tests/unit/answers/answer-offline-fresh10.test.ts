import { fresh10AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh10.ts';
import { loadFresh10AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// 10 quotes-fresh2 articles no other set used; chat-style questions written in session 17 before
// any run. First contact (the engine after the closest-passages change, decision 0015): 31/76
// top-1 (40.8 %), expected sentence first 39/76, 7 answerable refused; the session's starting
// engine also had 31/76 top-1 but refused 20. Then tuned on: 33/76 top-1, 53/76 cited somewhere,
// 13 of 19 unanswerable not answered (7 refused, 6 closest passages). Floors just below.
// Session 18 (causes: first statement of a speaker, the lede's main fact, shorthands, one-name
// questions): 39/76 top-1; floors raised just below.
describeAnswerSet('fresh10', fresh10AnswerQuestionCases, loadFresh10AnswerArticles(), {
  topOne: 0.51,
  anyCitation: 0.69,
  refused: 0.68,
});
