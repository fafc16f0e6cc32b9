import { z } from 'zod';
import { engineNames, tokenUsageSchema } from './brief.ts';

/** One earlier message in the thread under a brief: a reader's question or the bot's answer. */
export const threadTurnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  text: z.string(),
});
export type ThreadTurn = z.infer<typeof threadTurnSchema>;

/** A sentence an answer relies on: always a verbatim span, `text === article.text.slice(start, end)`. */
export const citationSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Citation = z.infer<typeof citationSchema>;

export const answerEngineSchema = z.object({
  name: z.enum(engineNames),
  model: z.string().optional(),
  promptVersion: z.string().optional(),
  /** Set when a model was asked but the offline engine answered instead, and why. */
  fallbackReason: z.string().optional(),
});
export type AnswerEngine = z.infer<typeof answerEngineSchema>;

/**
 * The answer to a thread question, from the article only. When `answerable` is false the text
 * is the explicit "The article doesn't say …" sentence and there are no citations, or, with
 * `closestPassages`, the article mentions what the question is about without answering it and
 * the citations are the closest sentences about it, labelled as such in the text.
 */
export const answerSchema = z.object({
  question: z.string(),
  answerable: z.boolean(),
  text: z.string(),
  citations: z.array(citationSchema),
  engine: answerEngineSchema,
  /** Not an answer but the sentences nearest to one; `answerable` is false. */
  closestPassages: z.boolean().optional(),
  /** Tokens spent by the model, also when its answer was discarded for the offline one. */
  usage: tokenUsageSchema.optional(),
});
export type Answer = z.infer<typeof answerSchema>;
