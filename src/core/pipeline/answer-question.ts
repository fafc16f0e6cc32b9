import { isAppError } from '../errors.ts';
import { checkAnswerGrounding } from '../engines/answers/check-answer-grounding.ts';
import { notCoveredText } from '../engines/answers/not-covered-text.ts';
import type { Answer, Citation, ThreadTurn } from '../model/answer.ts';
import type { Article } from '../model/article.ts';
import type { LlmClient, LlmResponse } from '../ports/llm-client.ts';
import type { Logger } from '../ports/logger.ts';
import { inProcessOfflineAnswerer, type OfflineAnswerer } from '../ports/offline-answerer.ts';
import type { QuestionAnswerOutput } from '../prompts/output-schemas.ts';
import { questionAnswerOutput } from '../prompts/output-schemas.ts';
import type { PromptLibrary, PromptTemplate } from '../prompts/prompt-template.ts';
import { questionAnswerVariables } from '../prompts/question-answer-variables.ts';
import { renderPrompt } from '../prompts/render-prompt.ts';
import type { Sentence } from '../text/sentences.ts';
import { findInstructionSpans } from './guard-model-output.ts';

export interface AnswerQuestionDependencies {
  /** The model; without it (or without prompts) the offline engine answers. */
  llm?: LlmClient;
  prompts?: PromptLibrary;
  logger: Logger;
  /** Where offline answers are computed; the worker runs them in a thread. Default: in process. */
  offlineAnswerer?: OfflineAnswerer;
}

export interface AnswerQuestionInput {
  article: Article;
  question: string;
  /** Earlier turns of the thread, oldest first; follow-ups ("and what did he say?") need them. */
  history: ThreadTurn[];
}

export const questionAnswerPromptId = 'question-answer';

/** More citations than this is not an answer that relied on particular sentences. */
const maxCitations = 5;
const maxAnswerCharacters = 1_200;

export const answerFallbackReasons = {
  noCitations: 'The model’s answer cited no sentence of the article.',
  ungrounded: 'The model’s answer went beyond what the article says.',
} as const;

/**
 * Answers a thread question from the article only, citing the sentences it relied on (each an
 * exact span of article.text), or says explicitly that the article doesn't say.
 *
 * With a model: one question-answer call over the numbered sentences. Cited numbers map back to
 * sentences (out-of-range numbers and sentences that address a model are dropped). A model
 * answer that claims to be answerable but cites no valid sentence, or whose words or numbers
 * are not in the article, is never shown as grounded: the offline answer replaces it, labelled
 * with the reason (the reader gets verbatim sentences, or "the article doesn't say"). A model
 * failure also yields the offline answer, labelled. Without a model, the offline engine answers.
 */
export async function answerQuestion(
  dependencies: AnswerQuestionDependencies,
  input: AnswerQuestionInput,
  signal?: AbortSignal,
): Promise<Answer> {
  const { llm, prompts, logger } = dependencies;
  const offlineAnswerer = dependencies.offlineAnswerer ?? inProcessOfflineAnswerer;
  const { article, question, history } = input;
  if (llm === undefined || prompts === undefined) {
    if (llm !== undefined)
      logger.warn({ articleId: article.id }, 'model given without prompts; answering offline');
    return offlineAnswerer.answer(article, question, history);
  }
  const template = prompts.get(questionAnswerPromptId);
  const offline = async (fallbackReason: string): Promise<Answer> => {
    const answer = await offlineAnswerer.answer(article, question, history);
    return { ...answer, engine: { ...answer.engine, fallbackReason } };
  };

  let reply: ModelReply;
  try {
    reply = await askModel(llm, template, input, signal);
  } catch (error) {
    if (signal?.aborted === true) throw error;
    logger.error({ articleId: article.id, err: error }, 'model answer failed; answering offline');
    return offline(isAppError(error) ? error.userMessage : 'The model failed.');
  }
  const { response, sentences } = reply;

  const engine = {
    name: 'openai' as const,
    model: response.model,
    promptVersion: template.version,
  };
  const { value, usage } = response;
  if (!value.answerable) {
    return {
      question,
      answerable: false,
      text: notCoveredText(article),
      citations: [],
      engine,
      usage,
    };
  }
  const citations = citedSentences(article.text, sentences, value.citedSentenceNumbers);
  const text = value.answer.replace(/\s+/g, ' ').trim();
  const grounding = checkAnswerGrounding(article.text, text, question);
  const reason =
    citations.length === 0
      ? answerFallbackReasons.noCitations
      : grounding.grounded && text !== ''
        ? undefined
        : answerFallbackReasons.ungrounded;
  if (reason !== undefined) {
    logger.warn(
      {
        articleId: article.id,
        cited: value.citedSentenceNumbers,
        validCitations: citations.length,
        groundedShare: grounding.share,
        inventedNumbers: grounding.inventedNumbers,
      },
      'model answer not grounded in the article; answering offline',
    );
    return { ...(await offline(reason)), usage };
  }
  return {
    question,
    answerable: true,
    text: text.length > maxAnswerCharacters ? `${text.slice(0, maxAnswerCharacters)}…` : text,
    citations,
    engine,
    usage,
  };
}

interface ModelReply {
  response: LlmResponse<QuestionAnswerOutput>;
  /** The numbered sentences the prompt showed: number n is sentences[n - 1]. */
  sentences: Sentence[];
}

/** One question-answer call; the thread's reader/bot turns become the prompt's history. */
async function askModel(
  llm: LlmClient,
  template: PromptTemplate,
  input: AnswerQuestionInput,
  signal?: AbortSignal,
): Promise<ModelReply> {
  const prompt = questionAnswerVariables(input.article, input.question, input.history);
  const response = await llm.complete({
    messages: renderPrompt(template, prompt.variables),
    output: { name: template.output, schema: questionAnswerOutput },
    ...template.parameters,
    ...(signal === undefined ? {} : { signal }),
  });
  return { response, sentences: prompt.sentences };
}

/**
 * The sentences behind the model's numbers, in article order: numbers outside 1…n, repeats,
 * sentences that address a model, and (defensively) any sentence whose offsets do not give
 * back its text are dropped.
 */
function citedSentences(
  articleText: string,
  sentences: readonly Sentence[],
  numbers: readonly number[],
): Citation[] {
  const injected = findInstructionSpans(articleText);
  const chosen = new Map<number, Citation>();
  for (const number of numbers) {
    const sentence = Number.isInteger(number) && number >= 1 ? sentences[number - 1] : undefined;
    if (sentence === undefined || chosen.size >= maxCitations) continue;
    if (articleText.slice(sentence.start, sentence.end) !== sentence.text) continue;
    if (injected.some((span) => span.start <= sentence.start && sentence.end <= span.end)) continue;
    chosen.set(sentence.start, { text: sentence.text, start: sentence.start, end: sentence.end });
  }
  return [...chosen.values()].sort((left, right) => left.start - right.start);
}
