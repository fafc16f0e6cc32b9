import { fresh2AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh2.ts';
import { loadFresh2AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// The 15 quotes-fresh4 news articles. Honest first contact, before any change: 34/83 top-1,
// 42/83 cited somewhere, 15/20 unanswerable refused. After the changes: 48/83, 56/83, 15/20.
// Session 18 (causes: first statement of a speaker, the lede's main fact, shorthands, one-name
// questions): 53/83 top-1; floors raised just below.
describeAnswerSet('fresh2', fresh2AnswerQuestionCases, loadFresh2AnswerArticles(), {
  topOne: 0.63,
  anyCitation: 0.63,
  refused: 0.7,
});
