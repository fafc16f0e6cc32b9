import { z } from 'zod';

/**
 * The platform-neutral message every use case produces. Adapters render it with pure
 * functions (Block Kit, Discord embeds, terminal text) and split it within their limits.
 */
export const chatBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string(), url: z.string().optional() }),
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('bullets'), items: z.array(z.string()) }),
  z.object({
    type: z.literal('quote'),
    /** One part, or the parts of a quote split by an attribution, each a verbatim span. */
    parts: z.array(
      z.object({
        text: z.string(),
        /** Offsets into the article text, kept so a reader (or test) can check the span. */
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      }),
    ),
    speaker: z.string(),
    /** The article opened at the quote (a URL text fragment); absent for pasted text. */
    url: z.string().optional(),
  }),
  z.object({ type: z.literal('context'), text: z.string() }),
  z.object({
    type: z.literal('actions'),
    buttons: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        url: z.string().optional(),
        value: z.string().optional(),
      }),
    ),
  }),
  z.object({ type: z.literal('divider') }),
]);
export type ChatBlock = z.infer<typeof chatBlockSchema>;

export const chatMessageSchema = z.object({
  /** Plain-text summary of the whole message, for notifications and screen readers. */
  fallbackText: z.string(),
  blocks: z.array(chatBlockSchema),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** Where a message goes: one channel (and optionally one thread) on one platform. */
export const chatPlatforms = ['slack', 'discord', 'console'] as const;
export type ChatPlatform = (typeof chatPlatforms)[number];

export const chatTargetSchema = z.object({
  platform: z.enum(chatPlatforms),
  /** Slack team id or Discord guild id; "local" for the console. */
  workspaceId: z.string(),
  channelId: z.string(),
  threadId: z.string().optional(),
});
export type ChatTarget = z.infer<typeof chatTargetSchema>;

/** A reference to a message we posted, so thread replies can find their article. */
export const postedMessageRefSchema = z.object({
  target: chatTargetSchema,
  messageId: z.string(),
});
export type PostedMessageRef = z.infer<typeof postedMessageRefSchema>;
