import { z } from 'zod';

/** The syndication formats newsbrief reads (RSS covers 0.9x and 2.0; RDF is RSS 1.0). */
export const feedFormats = ['rss', 'atom', 'rdf', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const feedItemSchema = z.object({
  /**
   * Stable identity across reads: the item's guid (Atom id, JSON Feed id, RDF about), else
   * its canonical link, else a content hash of title + summary.
   */
  id: z.string().min(1),
  guid: z.string().optional(),
  /** The item's link, made absolute against the feed. */
  url: z.string().optional(),
  /** `url` without tracking parameters (utm_*, fbclid, gclid …) or fragment, host lower-cased. */
  canonicalUrl: z.string().optional(),
  title: z.string(),
  /** A short plain-text excerpt (HTML stripped, entities decoded). */
  summary: z.string().optional(),
  /** Plain text of the full content (content:encoded, Atom content, JSON content_*) when given. */
  contentText: z.string().optional(),
  /** ISO 8601, when the feed gave a date we could read. */
  publishedAt: z.string().optional(),
  author: z.string().optional(),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export const feedDocumentSchema = z.object({
  title: z.string(),
  siteUrl: z.string().optional(),
  format: z.enum(feedFormats),
  items: z.array(feedItemSchema),
});
export type FeedDocument = z.infer<typeof feedDocumentSchema>;

export const feedErrorSchema = z.object({
  /** An AppError code, or "internal" for anything else. */
  code: z.string(),
  /** The sentence safe to show the channel that subscribed. */
  message: z.string(),
  at: z.string(),
});
export type FeedError = z.infer<typeof feedErrorSchema>;

export const feedStateSchema = z.object({
  url: z.string(),
  /** Validators from the last 200 response, sent back for a conditional GET. */
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /**
   * Identity keys (guid, canonical link, content hash; hashed, prefixed by kind) of items
   * already handled, newest first and bounded so a long-lived feed does not grow forever.
   */
  seenItemKeys: z.array(z.string()),
  consecutiveFailures: z.number().int().nonnegative(),
  lastError: feedErrorSchema.optional(),
  lastSuccessAt: z.string().optional(),
  /** False after repeated failures; the subscribed channel is told once when it flips. */
  healthy: z.boolean(),
  /**
   * Set when an unhealthy feed read well again: the failure streak that ended (named, like its
   * notice, by the last success before it), so each channel told of the streak hears it is over.
   */
  recoveredFrom: z.object({ streak: z.string(), at: z.string() }).optional(),
});
export type FeedState = z.infer<typeof feedStateSchema>;

/** Names the current failure streak by the last success before it ("never" for a new feed). */
export function failureStreakOf(state: Pick<FeedState, 'lastSuccessAt'>): string {
  return state.lastSuccessAt ?? 'never';
}

/** The state of a feed nobody has read yet: healthy, nothing seen. */
export function initialFeedState(url: string): FeedState {
  return { url, seenItemKeys: [], consecutiveFailures: 0, healthy: true };
}
