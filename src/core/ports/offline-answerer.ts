import type { Answer, ThreadTurn } from '../model/answer.ts';
import type { Article } from '../model/article.ts';
import { answerOffline } from '../engines/answers/answer-offline.ts';

/**
 * The offline question answerer (BM25 over the article's sentences). A port so the worker can
 * run it in a worker thread under a time limit, while tests and the CLI call it in process.
 */
export interface OfflineAnswerer {
  answer(
    article: Pick<Article, 'title' | 'text'>,
    question: string,
    history: readonly ThreadTurn[],
  ): Promise<Answer>;
}

/** answerOffline on the calling thread. */
export const inProcessOfflineAnswerer: OfflineAnswerer = {
  answer: async (article, question, history) => answerOffline(article, question, history),
};
