import { z } from 'zod';
import { contentHash } from '../text/content-hash.ts';
import { chatTargetSchema } from './chat-message.ts';
import { keyQuoteSchema } from './quote.ts';

/** One article behind a digest story, for the context line of links. */
export const digestSourceSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  url: z.string().optional(),
  siteName: z.string().optional(),
});
export type DigestSource = z.infer<typeof digestSourceSchema>;

/**
 * A story's best quote: one verified key quote from a brief, with the other parts of the same
 * split quote. Offsets point into the text of the article `articleId`, like the brief's.
 */
export const digestQuoteSchema = z.object({
  articleId: z.string(),
  speaker: z.string(),
  parts: z.array(keyQuoteSchema).min(1),
});
export type DigestQuote = z.infer<typeof digestQuoteSchema>;

export const digestStorySchema = z.object({
  storyId: z.string(),
  headline: z.string(),
  /** Link for the headline: the representative article's URL. */
  url: z.string().optional(),
  /** One line, no line breaks. */
  summary: z.string(),
  /** Only ever taken from a brief's verified key quotes, never written by the composer. */
  bestQuote: digestQuoteSchema.optional(),
  /** Every article of the story, representative first. */
  sources: z.array(digestSourceSchema).min(1),
});
export type DigestStory = z.infer<typeof digestStorySchema>;

export const digestSchema = z.object({
  /** Idempotency key: the same subscription and window end always give the same id. */
  id: z.string(),
  subscriptionId: z.string().optional(),
  target: chatTargetSchema.optional(),
  /** ISO 8601 instants; the digest covers articles that arrived in [windowStart, windowEnd). */
  windowStart: z.string(),
  windowEnd: z.string(),
  /** IANA time zone the intro's times are written in; UTC when absent. */
  timeZone: z.string().optional(),
  intro: z.string(),
  stories: z.array(digestStorySchema),
});
export type Digest = z.infer<typeof digestSchema>;

/**
 * The digest id for one subscription's window: recorded with the post, so a retried digest job
 * finds it was already delivered. Free of ':' and never all digits, as BullMQ job ids must be.
 */
export function digestIdFor(subscriptionId: string, windowEnd: string): string {
  // The same instant written two ways ("Z" or "+00:00") must give the same id.
  const time = Date.parse(windowEnd);
  const end = Number.isNaN(time) ? windowEnd : new Date(time).toISOString();
  return `digest-${contentHash(`${subscriptionId}\n${end}`)}`;
}
