import { z } from 'zod';

/** How the article's text was obtained: shown on every brief ("Says what it read"). */
export const textOrigins = ['file', 'stdin', 'pasted', 'page', 'feed-excerpt'] as const;
export type TextOrigin = (typeof textOrigins)[number];

/** Whether we believe we have the whole body, a part of it, or only what a paywall let through. */
export const textCompleteness = ['full', 'partial', 'paywalled'] as const;
export type TextCompleteness = (typeof textCompleteness)[number];

export const articleSourceSchema = z.object({
  origin: z.enum(textOrigins),
  completeness: z.enum(textCompleteness),
  /** File path, URL, or "stdin" — where the text came from, for the footer. */
  location: z.string(),
  /** The URL after redirects, or the page's canonical link when it declares one. */
  canonicalUrl: z.string().optional(),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

export const articleSchema = z.object({
  /** Stable id: a hash of the normalised text (see core/text/content-hash). */
  id: z.string(),
  title: z.string(),
  byline: z.string().optional(),
  publishedAt: z.string().optional(),
  siteName: z.string().optional(),
  language: z.string().optional(),
  /**
   * The cleaned body. Every quote and cited sentence is an exact span of this string,
   * so it is never rewritten after quotes are located.
   */
  text: z.string(),
  source: articleSourceSchema,
});
export type Article = z.infer<typeof articleSchema>;
