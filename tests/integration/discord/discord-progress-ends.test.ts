import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedJobIds } from '../added-jobs.ts';
import { notUnderStoriesSentence } from '../../../src/core/messages/question-refusal.ts';
import { chatInputInteraction, userMessage } from '../../fakes/discord/discord-payloads.ts';
import type { RecordedCall } from '../../fakes/discord/fake-discord.ts';
import {
  startDiscordHarness,
  waitForCall,
  waitUntil,
  type DiscordHarness,
} from './discord-harness.ts';
import { interactionBase, postsTo, subscribeChannel } from './discord-test-steps.ts';

/**
 * Every progress message Discord shows ends: the fake Discord's recorded REST calls, in order,
 * show the deferred reply edited into the result or one sentence, and nothing posted twice.
 */

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness('discord-progress', { COMMAND_RATE_PER_MINUTE: '2' });
}, 30_000);
afterAll(async () => {
  await harness.close();
}, 30_000);

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** What happened to one interaction: its callback and every webhook call made with its token. */
function callsOf(payload: { id: string; token: string }): string[] {
  return harness.fake.calls
    .filter(
      (call) =>
        call.path === `/interactions/${payload.id}/${payload.token}/callback` ||
        call.path.includes(`/${payload.token}`),
    )
    .map(describeCall);
}

function describeCall(call: RecordedCall): string {
  const kind = call.path.includes('/callback')
    ? 'callback'
    : call.path.endsWith('@original')
      ? '@original'
      : 'follow-up';
  const embeds =
    (call.body?.embeds as { title?: string; description?: string }[] | undefined) ?? [];
  // Results travel as embeds (their title first), sentences and progress as plain content.
  const content = String(call.body?.content ?? '');
  const shown = content !== '' ? content : (embeds[0]?.title ?? embeds[0]?.description);
  return `${call.method} ${kind} ${call.status}${shown === undefined ? '' : ` ${shown}`}`;
}

async function jobCount(queue: 'question-answer' | 'article-ingest'): Promise<number> {
  const counts = await harness.service.queues.queues[queue].getJobCounts();
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

describe('Discord: every progress message ends', () => {
  it('answers a mention in a thread on a "Nothing new" digest with one sentence, queueing nothing', async () => {
    const { fake, site } = harness;
    await subscribeChannel(harness, fake.channelId, site.url('/empty-feeds/quiet.xml'));
    const payload = chatInputInteraction({
      ...interactionBase(harness),
      subcommand: 'digest',
    });
    harness.interact(payload);
    await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'PATCH' &&
        call.path.endsWith(`/${payload.token}/messages/@original`) &&
        JSON.stringify(call.body).includes('Nothing new since'),
      30_000,
    );
    expect(callsOf(payload)).toEqual([
      'POST callback 204',
      'PATCH @original 200 Building the digest…',
      'PATCH @original 200 News digest',
    ]);
    const digestId = fake.originalOf(payload.token)?.id ?? '';
    const channel = {
      platform: 'discord' as const,
      workspaceId: fake.guildId,
      channelId: fake.channelId,
    };
    await waitUntil(
      async () =>
        (await harness.service.stores.postedMessages.get(channel, digestId)) !== undefined,
      10_000,
      'the digest record',
    );
    const questionsBefore = await jobCount('question-answer');

    // A member starts a thread on the digest (Discord allows it on any message) and asks there.
    const started = await fetch(
      `${fake.apiUrl}/v10/channels/${fake.channelId}/messages/${digestId}/threads`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'anything?' }),
      },
    );
    expect(started.status).toBe(201);
    await waitUntil(() => harness.bot.client.channels.cache.has(digestId), 10_000, 'the thread');
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      userMessage({ guildId: fake.guildId, channelId: digestId, content: 'slow news day' }),
    );
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      userMessage({
        guildId: fake.guildId,
        channelId: digestId,
        content: `<@${fake.botUserId}> what happened today?`,
        mentions: [fake.botUserId],
      }),
    );
    await waitForCall(fake.calls, (call) => postsTo(harness, digestId).includes(call), 15_000);
    await sleep(1_000);
    expect(postsTo(harness, digestId).map((call) => [call.status, call.body?.content])).toEqual([
      [200, notUnderStoriesSentence],
    ]);
    expect(await jobCount('question-answer')).toBe(questionsBefore);
  }, 60_000);

  it('edits "Reading the article…" into the sentence when the page does not exist', async () => {
    const payload = chatInputInteraction({
      ...interactionBase(harness),
      subcommand: 'summarize',
      values: { url: harness.site.url('/missing') },
    });
    harness.interact(payload);
    await waitUntil(() => callsOf(payload).length >= 3, 30_000, 'the failure notice');
    await sleep(500);
    const calls = callsOf(payload);
    expect(calls.slice(0, 2)).toEqual([
      'POST callback 204',
      'PATCH @original 200 Reading the article…',
    ]);
    expect(calls.slice(2)).toEqual([
      expect.stringMatching(/^PATCH @original 200 .*Sorry, I could not read that article.*404/),
    ]);
  }, 45_000);

  it('shows no progress for a summary over the per-minute limit: the deferral is removed and the limit said privately', async () => {
    const base = interactionBase(harness);
    const summarize = () =>
      chatInputInteraction({
        ...base,
        subcommand: 'summarize',
        values: { url: harness.site.url('/story') },
      });
    const allowed = [summarize(), summarize()];
    for (const payload of allowed) harness.interact(payload);
    for (const payload of allowed)
      await waitForCall(harness.fake.calls, (call) => call.path.includes(`/${payload.token}/`));
    const refused = summarize();
    harness.interact(refused);
    await waitUntil(() => callsOf(refused).length >= 3, 15_000, 'the refusal');
    await sleep(500);
    expect(callsOf(refused)).toEqual([
      'POST callback 204',
      'DELETE @original 204',
      expect.stringMatching(
        /^POST follow-up 200 You can ask for 2 summaries a minute; try again in \d+ seconds\.$/,
      ),
    ]);
    const followUp = harness.fake.calls.find(
      (call) => call.method === 'POST' && call.path.endsWith(`/${refused.token}`),
    );
    expect(followUp?.body?.flags).toBe(64);
    for (const payload of allowed)
      await waitUntil(() => callsOf(payload).length >= 3, 30_000, 'the brief');
    for (const payload of allowed)
      expect(callsOf(payload)).toEqual([
        'POST callback 204',
        'PATCH @original 200 Reading the article…',
        expect.stringMatching(/^PATCH @original 200 PUTIN/i),
      ]);
  }, 60_000);

  it('handles an interaction delivered twice once: one deferral, one progress, one brief, one job', async () => {
    const payload = chatInputInteraction({
      ...interactionBase(harness),
      subcommand: 'summarize',
      values: { url: harness.site.url('/story') },
    });
    harness.interact(payload);
    harness.interact(payload);
    await waitUntil(() => callsOf(payload).length >= 3, 30_000, 'the brief');
    await sleep(1_500);
    expect(callsOf(payload)).toEqual([
      'POST callback 204',
      'PATCH @original 200 Reading the article…',
      expect.stringMatching(/^PATCH @original 200 PUTIN/i),
    ]);
    const added = await addedJobIds(
      harness.service.redis,
      harness.service.config.REDIS_PREFIX,
      'article-ingest',
    );
    expect(added.filter((jobId) => jobId === `ingest-discord-${payload.id}`)).toHaveLength(1);
  }, 45_000);
});
