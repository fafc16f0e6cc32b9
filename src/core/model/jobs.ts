import { z } from 'zod';
import { briefOptionsSchema } from './brief.ts';
import { chatTargetSchema, postedMessageRefSchema } from './chat-message.ts';
import { subscriptionScheduleSchema } from './subscription.ts';

/**
 * Job payloads, one schema per queue. They carry ids and small user input (a URL, a question),
 * never article bodies, rendered messages or secrets: bodies live in the stores, secrets in
 * config. Every worker parses its payload with these schemas before doing anything.
 */

/** Queue names by resource profile (noun-verb, docs/conventions.md §2.11). */
export const queueNames = {
  articleIngest: 'article-ingest',
  articleBrief: 'article-brief',
  messageDeliver: 'message-deliver',
  digestBuild: 'digest-build',
  questionAnswer: 'question-answer',
  feedSubscribe: 'feed-subscribe',
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

export const requesterSchema = z.object({
  userId: z.string().min(1),
  displayName: z.string().optional(),
});
export type Requester = z.infer<typeof requesterSchema>;

/** What the user asked to see about an article. */
export const articleReplyKinds = ['brief', 'quotes'] as const;
export type ArticleReplyKind = (typeof articleReplyKinds)[number];

/** Job ids must not contain ':' and must not be all digits (BullMQ). */
export const jobIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]*[A-Za-z_-][A-Za-z0-9_-]*$/,
    'job ids use letters, digits, - and _ and are not all digits',
  );

export const articleIngestJobSchema = z.object({
  /** One id per user request, deterministic from the platform's own request id where there is one. */
  requestId: jobIdSchema,
  target: chatTargetSchema,
  /** A URL to fetch, or an article already stored (pasted text, a feed item with full content). */
  input: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('url'), url: z.string().url() }),
    z.object({ kind: z.literal('article'), articleId: z.string().min(1) }),
  ]),
  options: briefOptionsSchema,
  reply: z.enum(articleReplyKinds),
  /** The "Reading the article…" message to replace with the result. */
  progress: postedMessageRefSchema.optional(),
  requestedBy: requesterSchema,
});
export type ArticleIngestJob = z.infer<typeof articleIngestJobSchema>;

export const articleBriefJobSchema = articleIngestJobSchema.omit({ input: true }).extend({
  articleId: z.string().min(1),
  /** When this brief's model call may start (its place under the model-rate limit), ISO time. */
  startAt: z.string().optional(),
});
export type ArticleBriefJob = z.infer<typeof articleBriefJobSchema>;

/** What to do once a message is posted; applied by the deliver worker after the post succeeds. */
export const deliveryEffectSchema = z.discriminatedUnion('kind', [
  /** Moves the subscription's watermark: the digest covered everything up to windowEnd. */
  z.object({
    kind: z.literal('digest-watermark'),
    subscriptionId: z.string(),
    windowEnd: z.string(),
  }),
]);
export type DeliveryEffect = z.infer<typeof deliveryEffectSchema>;

/** What a posted message is about, so a reply in its thread can find the article(s). */
export const postedContentSchema = z.object({
  kind: z.enum(['brief', 'quotes', 'digest', 'answer', 'notice']),
  articleIds: z.array(z.string()),
  digestId: z.string().optional(),
});
export type PostedContent = z.infer<typeof postedContentSchema>;

export const messageDeliverJobSchema = z.object({
  /** Idempotency key: a delivery already recorded under this id is never posted again. */
  deliveryId: jobIdSchema,
  target: chatTargetSchema,
  /** The rendered, platform-neutral message waits in the outbox under deliveryId. */
  replace: postedMessageRefSchema.optional(),
  content: postedContentSchema,
  effects: z.array(deliveryEffectSchema).default([]),
});
export type MessageDeliverJob = z.infer<typeof messageDeliverJobSchema>;

export const digestBuildJobSchema = z.object({
  subscriptionId: z.string().min(1),
  /** schedule: a cron tick; command: `/news digest` (posts even when nothing is new). */
  trigger: z.enum(['schedule', 'command']),
  requestId: jobIdSchema.optional(),
  progress: postedMessageRefSchema.optional(),
  /**
   * ISO 8601 end of the digest window: the scheduled tick (or the command's enqueue time),
   * filled in by the worker from the BullMQ job so a retried or duplicated job rebuilds the
   * same digest id and the deliver log posts it once. The clock's now when absent.
   */
  windowEnd: z.string().optional(),
});
export type DigestBuildJob = z.infer<typeof digestBuildJobSchema>;

export const questionAnswerJobSchema = z.object({
  requestId: jobIdSchema,
  /** The thread: target.threadId is the root message the question was asked under. */
  target: chatTargetSchema.extend({ threadId: z.string().min(1) }),
  question: z.string().min(1).max(2_000),
  requestedBy: requesterSchema,
  progress: postedMessageRefSchema.optional(),
});
export type QuestionAnswerJob = z.infer<typeof questionAnswerJobSchema>;

/**
 * `/news subscribe` after its checks: the addresses as typed, read by the worker (a feed, or a
 * page advertising one) before anything is stored, so the platform's ack never waits on a site.
 */
export const feedSubscribeJobSchema = z.object({
  requestId: jobIdSchema,
  target: chatTargetSchema,
  /** Normalised http(s) addresses as the user typed them: feeds or the pages of sites. */
  addresses: z.array(z.string().url()).min(1),
  schedule: subscriptionScheduleSchema,
  scheduleSpecified: z.boolean(),
  timeZoneSpecified: z.boolean(),
  requestedBy: requesterSchema,
  /** The "Checking the feed…" message to replace with the outcome. */
  progress: postedMessageRefSchema.optional(),
});
export type FeedSubscribeJob = z.infer<typeof feedSubscribeJobSchema>;
