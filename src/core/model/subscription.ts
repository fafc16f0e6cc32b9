import { createHash } from 'node:crypto';
import { z } from 'zod';
import { briefOptionsSchema } from './brief.ts';
import { chatPlatforms, type ChatTarget } from './chat-message.ts';

/**
 * When a channel's digest runs: a 5-field cron read in an IANA time zone (what BullMQ's
 * `upsertJobScheduler({ pattern, tz })` takes), and the same schedule in words for people.
 */
export const subscriptionScheduleSchema = z.object({
  cron: z.string().min(9),
  timeZone: z.string().min(1),
  description: z.string(),
});
export type SubscriptionSchedule = z.infer<typeof subscriptionScheduleSchema>;

/** A channel, never a thread: digests go to the channel itself. */
export const subscriptionTargetSchema = z.object({
  platform: z.enum(chatPlatforms),
  workspaceId: z.string().min(1),
  channelId: z.string().min(1),
});
export type SubscriptionTarget = z.infer<typeof subscriptionTargetSchema>;

/**
 * One subscription per channel. A digest is per channel (one post grouping stories across all
 * its sources), so the feeds a channel follows share that channel's one schedule, time zone and
 * options; subscribing another feed adds it to the list. The id is derived from the channel,
 * so subscribing twice finds the same record and the job scheduler id stays stable.
 */
export const subscriptionSchema = z.object({
  id: z.string().regex(/^sub-[0-9a-f]{24}$/),
  target: subscriptionTargetSchema,
  /** Normalised http(s) feed URLs, in the order they were added, without duplicates. */
  feedUrls: z.array(z.url({ protocol: /^https?$/ })).min(1),
  schedule: subscriptionScheduleSchema,
  options: briefOptionsSchema,
  createdBy: z.object({ userId: z.string().min(1), displayName: z.string().optional() }),
  /** ISO 8601 instants, like every other timestamp in the model. */
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  enabled: z.boolean(),
  /** Why delivery stopped (channel deleted, permission lost), shown by `/news subscriptions`. */
  disabledReason: z.string().optional(),
  /** Watermark: the digest covers items that arrived after this; moved only after a post succeeds. */
  lastDigestAt: z.string().optional(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

/**
 * The stable id of a channel's subscription: `sub-` + 24 hex chars of SHA-256 over platform,
 * workspace and channel (a thread id is ignored). Safe as a BullMQ job-scheduler id (no `:`, never all digits).
 */
export function subscriptionIdFor(target: ChatTarget): string {
  const key = JSON.stringify([target.platform, target.workspaceId, target.channelId]);
  return `sub-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}
