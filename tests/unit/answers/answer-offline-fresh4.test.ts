import { fresh4AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh4.ts';
import { loadFresh4AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// The 15 summaries-fresh2 news articles. Honest first contact, before any change: 39/96 top-1,
// 45/96 cited somewhere, 28/96 answerable refused, 13/21 unanswerable refused. After the
// changes: 46/96, 60/96, 12/96 refused (2 more get only the closest passages), 13/21.
// Session 16: 51/96, 64/96, 7/96 refused (2 closest passages), 14/21.
// Session 18 (causes: first statement of a speaker, the lede's main fact, shorthands, one-name
// questions): 55/96 top-1; floors raised just below.
describeAnswerSet('fresh4', fresh4AnswerQuestionCases, loadFresh4AnswerArticles(), {
  topOne: 0.57,
  anyCitation: 0.65,
  refused: 0.71,
});
