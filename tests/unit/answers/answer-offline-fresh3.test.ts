import { fresh3AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh3.ts';
import { loadFresh3AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// The 30 quotes-fresh3 news articles. Honest first contact, before any change: 24/57 top-1,
// 30/57 cited somewhere, 13/17 unanswerable refused. After the changes: 29/57, 35/57, 13/17.
// Session 18 (causes: first statement of a speaker, the lede's main fact, shorthands, one-name
// questions): 34/57 top-1; floors raised just below.
describeAnswerSet('fresh3', fresh3AnswerQuestionCases, loadFresh3AnswerArticles(), {
  topOne: 0.59,
  anyCitation: 0.59,
  refused: 0.7,
});
