import { z } from 'zod';
import { postedMessageRefSchema } from '../../../core/model/chat-message.ts';
import { postedContentSchema } from '../../../core/model/jobs.ts';
import type { ArrivedItem, PostedMessageRecord } from '../../../core/ports/stores.ts';

/** Schemas for port records that the core declares as interfaces only: values are checked on read. */
export const postedMessageRecordSchema = z.object({
  ref: postedMessageRefSchema,
  content: postedContentSchema,
  postedAt: z.string(),
}) satisfies z.ZodType<PostedMessageRecord>;

export const arrivedItemSchema = z.object({
  feedUrl: z.string(),
  itemId: z.string(),
  articleId: z.string(),
  arrivedAt: z.string(),
}) satisfies z.ZodType<ArrivedItem>;
