import { z } from 'zod';

/**
 * The fields newsbrief reads from Slack's interactive and event payloads, parsed with zod
 * rather than trusted: Bolt's types describe every variant, these describe what we use.
 */
const id = z.object({ id: z.string() });

export const messageShortcutSchema = z.object({
  trigger_id: z.string(),
  response_url: z.string().optional(),
  team: id.nullable().optional(),
  user: id.extend({ name: z.string().optional(), team_id: z.string().optional() }),
  channel: id,
  message: z.object({
    ts: z.string(),
    thread_ts: z.string().optional(),
    text: z.string().default(''),
  }),
});

export const blockActionSchema = z.object({
  trigger_id: z.string(),
  team: id.nullable().optional(),
  user: id.extend({ team_id: z.string().optional() }),
  channel: id.optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  container: z
    .object({ channel_id: z.string().optional(), message_ts: z.string().optional() })
    .optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});

/** What the question modal carries from the button to the submission. */
export const questionModalMetadataSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  threadId: z.string(),
});
export type QuestionModalMetadata = z.infer<typeof questionModalMetadataSchema>;

export const messageEventSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().default(''),
  ts: z.string(),
  thread_ts: z.string().optional(),
  /** Who posted the thread's first message (Slack sets it on thread replies). */
  parent_user_id: z.string().optional(),
  channel: z.string(),
});

export const eventEnvelopeSchema = z.object({
  event_id: z.string(),
  team_id: z.string(),
});

/** The team a block action or shortcut came from (team can be null for org-wide apps). */
export function teamOf(payload: {
  team?: { id: string } | null | undefined;
  user: { team_id?: string | undefined };
}): string {
  return payload.team?.id ?? payload.user.team_id ?? 'unknown';
}
