import type { Article } from '../../model/article.ts';
import type { MessageDeliverJob, QuestionAnswerJob } from '../../model/jobs.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { LlmClient } from '../../ports/llm-client.ts';
import type { Logger } from '../../ports/logger.ts';
import type { OfflineAnswerer } from '../../ports/offline-answerer.ts';
import type {
  ArticleStore,
  OutboxStore,
  PostedMessageStore,
  ThreadStore,
} from '../../ports/stores.ts';
import type { PromptLibrary } from '../../prompts/prompt-template.ts';
import { buildAnswerMessage } from '../../messages/build-answer-message.ts';
import {
  articlesGoneSentence,
  buildSentenceMessage,
  notUnderStoriesSentence,
  questionRefusalFor,
} from '../../messages/question-refusal.ts';
import { isStopword } from '../../text/stopwords.ts';
import { tokenize } from '../../text/tokenize.ts';
import { answerQuestion } from '../answer-question.ts';
import { deliverNotice } from './deliver-notice.ts';

export interface HandleQuestionAnswerDependencies {
  postedMessages: PostedMessageStore;
  articles: ArticleStore;
  threads: ThreadStore;
  outbox: OutboxStore;
  deliverQueue: JobQueue<MessageDeliverJob>;
  /** The model for this workspace, or undefined for the offline retriever. */
  llmFor(workspaceId: string): Promise<{ llm?: LlmClient; prompts?: PromptLibrary }>;
  logger: Logger;
  /** Where offline answers run (a worker thread in the service); default in process. */
  offlineAnswerer?: OfflineAnswerer;
}

/** Turns kept as context for follow-ups ("and what did Kellogg say?"). */
const historyTurns = 6;

/**
 * A question asked in the thread under one of our briefs or digests: answered from the
 * article(s) that message was about, citing the sentences used, and posted in the thread.
 * Replies in threads we did not start are ignored (Slack sends every thread message); a
 * "Looking in the article…" shown for one is replaced by the sentence saying why, so no
 * progress message is left behind.
 */
export async function handleQuestionAnswer(
  dependencies: HandleQuestionAnswerDependencies,
  job: QuestionAnswerJob,
  signal?: AbortSignal,
): Promise<{ deliveryId?: string; ignored?: string }> {
  const { target } = job;
  const root = await dependencies.postedMessages.get(target, target.threadId);
  if (root === undefined || questionRefusalFor(root) !== undefined) {
    // Without a progress message nobody is waiting: the chat adapters decided not to say anything.
    if (job.progress !== undefined) await tellRefusal(dependencies, job, notUnderStoriesSentence);
    return { ignored: 'not a thread under a brief or digest' };
  }
  const candidates = await Promise.all(
    root.content.articleIds.map((id) => dependencies.articles.get(id)),
  );
  const articles = candidates.filter((article): article is Article => article !== undefined);
  const article = pickArticleForQuestion(articles, job.question);
  if (article === undefined) {
    // The question was asked under a real brief: silence would look like a hang.
    await tellRefusal(dependencies, job, articlesGoneSentence);
    return { ignored: 'the articles behind this thread are no longer stored' };
  }

  const threadKey = `${target.platform}|${target.workspaceId}|${target.channelId}|${target.threadId}`;
  const history = await dependencies.threads.history(threadKey, historyTurns);
  const model = await dependencies.llmFor(target.workspaceId);
  const answer = await answerQuestion(
    {
      ...model,
      logger: dependencies.logger,
      ...(dependencies.offlineAnswerer === undefined
        ? {}
        : { offlineAnswerer: dependencies.offlineAnswerer }),
    },
    { article, question: job.question, history },
    signal,
  );
  await dependencies.threads.append(threadKey, { role: 'user', text: job.question });
  await dependencies.threads.append(threadKey, { role: 'assistant', text: answer.text });

  const deliveryId = `answer-${job.requestId}`;
  await dependencies.outbox.put(deliveryId, buildAnswerMessage(answer));
  await dependencies.deliverQueue.enqueue(
    {
      deliveryId,
      target,
      ...(job.progress === undefined ? {} : { replace: job.progress }),
      content: { kind: 'answer', articleIds: [article.id] },
      effects: [],
    },
    { jobId: deliveryId },
  );
  return { deliveryId };
}

/** The sentence, replacing the progress message when there is one, else in the thread. */
async function tellRefusal(
  dependencies: HandleQuestionAnswerDependencies,
  job: QuestionAnswerJob,
  sentence: string,
): Promise<void> {
  await deliverNotice(dependencies, {
    deliveryId: `refused-${job.requestId}`,
    target: job.target,
    message: buildSentenceMessage(sentence),
    replace: job.progress,
  });
}

/** Under a digest, the article whose title and text share the most words with the question. */
export function pickArticleForQuestion(
  articles: readonly Article[],
  question: string,
): Article | undefined {
  if (articles.length <= 1) return articles[0];
  const words = new Set(tokenize(question).filter((word) => !isStopword(word)));
  let best: Article | undefined;
  let bestScore = -1;
  for (const article of articles) {
    const titleWords = new Set(tokenize(article.title));
    const textWords = new Set(tokenize(article.text));
    let score = 0;
    for (const word of words)
      score += (titleWords.has(word) ? 3 : 0) + (textWords.has(word) ? 1 : 0);
    if (score > bestScore) {
      best = article;
      bestScore = score;
    }
  }
  return best;
}
