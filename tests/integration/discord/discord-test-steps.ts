import { subscriptionIdFor } from '../../../src/core/model/subscription.ts';
import { allPermissions, chatInputInteraction } from '../../fakes/discord/discord-payloads.ts';
import type { RecordedCall } from '../../fakes/discord/fake-discord.ts';
import { waitForCall, type DiscordHarness } from './discord-harness.ts';

/** Steps a Discord member takes, and what the tests read back, shared by the Discord test files. */

export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  footer?: { text: string };
}

export interface ButtonComponent {
  type: number;
  custom_id?: string;
  url?: string;
  label?: string;
}

let nextUser = 1_500_000_000_000_000_500n;

/** Who sends an interaction: a fresh user each time keeps the per-user summary limit away. */
export function interactionBase(harness: DiscordHarness, channelId = harness.fake.channelId) {
  nextUser += 1n;
  const { fake } = harness;
  return {
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    channelId,
    userId: nextUser.toString(),
  };
}

export const isCallback = (payload: { id: string; token: string }) => (call: RecordedCall) =>
  call.method === 'POST' && call.path === `/interactions/${payload.id}/${payload.token}/callback`;

export const isOriginalEdit = (token: string, withEmbeds: boolean) => (call: RecordedCall) =>
  call.method === 'PATCH' &&
  call.path.endsWith(`/${token}/messages/@original`) &&
  Array.isArray(call.body?.embeds) &&
  (call.body.embeds as unknown[]).length > 0 === withEmbeds;

/** POSTs of messages into one channel or thread (`/channels/{id}/messages`), in order. */
export const postsTo = (harness: DiscordHarness, channelId: string): RecordedCall[] =>
  harness.fake.calls.filter(
    (call) => call.method === 'POST' && call.path === `/channels/${channelId}/messages`,
  );

export const buttonsOf = (call: RecordedCall): ButtonComponent[] =>
  ((call.body?.components as { components: ButtonComponent[] }[] | undefined) ?? []).flatMap(
    (row) => row.components,
  );

/** Runs `/news summarize url:<story>` and waits for the worker to turn the reply into the brief. */
export async function summarizeStory(harness: DiscordHarness) {
  const payload = chatInputInteraction({
    ...interactionBase(harness),
    subcommand: 'summarize',
    values: { url: harness.site.url('/story') },
  });
  harness.interact(payload);
  const brief = await waitForCall(harness.fake.calls, isOriginalEdit(payload.token, true), 30_000);
  const original = harness.fake.originalOf(payload.token);
  if (original === undefined) throw new Error('no original message');
  return { payload, brief, messageId: original.id };
}

/**
 * `/news subscribe` from a member with Manage Channels, daily at 08:00 UTC (the tests run the
 * ticks themselves); waits for the confirmation and returns the channel's subscription id.
 */
export async function subscribeChannel(
  harness: DiscordHarness,
  channelId: string,
  feedUrl: string,
): Promise<{ subscriptionId: string; confirmation: RecordedCall }> {
  const payload = chatInputInteraction({
    ...interactionBase(harness, channelId),
    permissions: allPermissions,
    subcommand: 'subscribe',
    values: { feed: feedUrl, schedule: 'daily 08:00', timezone: 'UTC' },
  });
  harness.interact(payload);
  const confirmation = await waitForCall(
    harness.fake.calls,
    (call) =>
      call.method === 'PATCH' &&
      call.path.endsWith(`/${payload.token}/messages/@original`) &&
      JSON.stringify(call.body).includes('Subscribed to'),
  );
  const subscriptionId = subscriptionIdFor({
    platform: 'discord',
    workspaceId: harness.fake.guildId,
    channelId,
  });
  return { subscriptionId, confirmation };
}

let tickCount = 0;

/** One scheduled digest tick for the subscription: the job its BullMQ job scheduler would add. */
export async function runScheduledTick(
  harness: DiscordHarness,
  subscriptionId: string,
): Promise<string> {
  tickCount += 1;
  const { jobId } = await harness.service.queues.jobQueues.digestBuild.enqueue(
    { subscriptionId, trigger: 'schedule' },
    { jobId: `tick-${subscriptionId}-${tickCount}` },
  );
  return jobId;
}

/**
 * Whether no job is waiting, running or due for a retry on any queue. The delayed jobs of
 * digest job schedulers (next 08:00, ids `repeat:…`) are the schedule itself, not work left.
 */
export async function queuesIdle(harness: DiscordHarness): Promise<boolean> {
  for (const queue of Object.values(harness.service.queues.queues)) {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    if (Object.values(counts).some((count) => count > 0)) return false;
    const delayed = await queue.getDelayed();
    if (delayed.some((job) => !String(job.id).startsWith('repeat:'))) return false;
  }
  return true;
}
