import { z } from 'zod';
import { keyQuoteSchema } from './quote.ts';

export const briefLengths = ['short', 'standard', 'detailed'] as const;
export type BriefLength = (typeof briefLengths)[number];

export const briefOptionsSchema = z.object({
  length: z.enum(briefLengths).default('standard'),
  /** Output language for headline and bullets (BCP 47); quotes always stay in the source's language. */
  language: z.string().optional(),
});
export type BriefOptions = z.infer<typeof briefOptionsSchema>;

export const engineNames = ['offline', 'openai'] as const;
export type EngineName = (typeof engineNames)[number];

export const tokenUsageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  calls: z.number().int().nonnegative(),
});
export type TokenUsage = z.infer<typeof tokenUsageSchema>;

export const briefEngineSchema = z.object({
  name: z.enum(engineNames),
  model: z.string().optional(),
  promptId: z.string().optional(),
  promptVersion: z.string().optional(),
  /** Set when a model was asked but the offline engine wrote this brief instead. */
  fallbackReason: z.string().optional(),
});
export type BriefEngine = z.infer<typeof briefEngineSchema>;

/** How much of a very long text a model read: its first `read` of `total` parts. */
export const partsReadSchema = z.object({
  read: z.number().int().positive(),
  total: z.number().int().positive(),
});
export type PartsRead = z.infer<typeof partsReadSchema>;

export const briefSchema = z.object({
  articleId: z.string(),
  headline: z.string(),
  bullets: z.array(z.string()),
  keyQuotes: z.array(keyQuoteSchema),
  engine: briefEngineSchema,
  options: briefOptionsSchema,
  usage: tokenUsageSchema.optional(),
  partsRead: partsReadSchema.optional(),
  /** Quotes proposed by the engine that failed verification and were not shown. */
  droppedQuotes: z.number().int().nonnegative(),
  createdAt: z.string(),
  fromCache: z.boolean().default(false),
  /** The article's language (BCP 47), detected from its text or, failing that, the page's lang. */
  language: z.string().optional(),
});
export type Brief = z.infer<typeof briefSchema>;
