import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allPermissions,
  chatInputInteraction,
  messageMenuInteraction,
  userMessage,
  withoutManageChannels,
} from '../../fakes/discord/discord-payloads.ts';
import type { RecordedCall } from '../../fakes/discord/fake-discord.ts';
import { seedText } from '../worker/service-harness.ts';
import {
  startDiscordHarness,
  unescapeMarkdown,
  waitForCall,
  waitUntil,
  type DiscordHarness,
} from './discord-harness.ts';

let harness: DiscordHarness;
let nextUser = 1_500_000_000_000_000_100n;
/** A fresh user per request keeps the per-user summary rate limit out of the way. */
const newUser = () => (nextUser += 1n).toString();

beforeAll(async () => {
  harness = await startDiscordHarness('discord-bot');
}, 30_000);

afterAll(async () => {
  await harness.close();
}, 30_000);

function base() {
  const { fake } = harness;
  return {
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    channelId: fake.channelId,
    userId: newUser(),
  };
}

const isCallback = (payload: { id: string; token: string }) => (call: RecordedCall) =>
  call.method === 'POST' && call.path === `/interactions/${payload.id}/${payload.token}/callback`;

const isOriginalEdit = (token: string, withEmbeds: boolean) => (call: RecordedCall) =>
  call.method === 'PATCH' &&
  call.path.endsWith(`/${token}/messages/@original`) &&
  Array.isArray(call.body?.embeds) &&
  (call.body.embeds as unknown[]).length > 0 === withEmbeds;

interface Embed {
  title?: string;
  url?: string;
  description?: string;
  footer?: { text: string };
}

/** Runs `/news summarize url:<story>` and waits for the brief to replace the deferred reply. */
async function summarizeStory() {
  const payload = chatInputInteraction({
    ...base(),
    subcommand: 'summarize',
    values: { url: harness.site.url('/story') },
  });
  const sentAt = Date.now();
  harness.interact(payload);
  const callback = await waitForCall(harness.fake.calls, isCallback(payload));
  const brief = await waitForCall(harness.fake.calls, isOriginalEdit(payload.token, true), 30_000);
  const original = harness.fake.originalOf(payload.token);
  if (original === undefined) throw new Error('no original message');
  return { payload, callback, deferMs: callback.at - sentAt, brief, messageId: original.id };
}

describe('Discord bot against a fake Discord, with real workers and Redis', () => {
  it('defers /news summarize within 3 s, then edits the reply into the brief with verified quotes', async () => {
    const { payload, callback, deferMs, brief, messageId } = await summarizeStory();
    expect(callback.body?.type).toBe(5);
    expect(deferMs).toBeLessThan(3_000);

    const progress = harness.fake.calls.find((call) => isOriginalEdit(payload.token, false)(call));
    expect(progress?.body?.content).toBe('Reading the article…');

    const embeds = brief.body?.embeds as Embed[];
    const [first] = embeds;
    expect(first?.title?.length).toBeGreaterThan(10);
    expect(first?.url).toBe(harness.site.url('/story'));
    const description = embeds.map((embed) => embed.description ?? '').join('\n');
    expect(description).toMatch(/^• \S/m);
    const quotes = [
      ...description.matchAll(/^> “(.+)”\n> — \*\*(.+)\*\* · \[in context\]\((\S+)\)$/gm),
    ];
    expect(quotes.length).toBeGreaterThan(0);
    for (const [, text = '', speaker = '', link = ''] of quotes) {
      for (const part of unescapeMarkdown(text).split(' … ')) expect(seedText).toContain(part);
      expect(speaker.trim().length).toBeGreaterThan(1);
      // Opens the article at the quote: a text fragment starting with the quote's first word.
      expect(link.startsWith(`${harness.site.url('/story')}#:~:text=`)).toBe(true);
      const firstWord = unescapeMarkdown(text).split(/\s+/)[0] ?? '';
      expect(decodeURIComponent(link.split('#:~:text=')[1] ?? '')).toContain(firstWord);
    }
    expect(embeds.at(-1)?.footer?.text).toMatch(/offline/i);

    const buttons = (
      (brief.body?.components as { components: { custom_id?: string; url?: string }[] }[]) ?? []
    ).flatMap((row) => row.components);
    expect(buttons.map((button) => button.custom_id ?? button.url)).toEqual([
      expect.stringMatching(/^brief-key-quotes\|/),
      expect.stringMatching(/^brief-ask-question\|/),
      harness.site.url('/story'),
    ]);

    const thread = await waitForCall(
      harness.fake.calls,
      (call) =>
        call.method === 'POST' &&
        call.path === `/channels/${harness.fake.channelId}/messages/${messageId}/threads`,
    );
    expect(thread.body?.name).toBe(first?.title?.slice(0, 100));
  }, 45_000);

  it('answers a question asked in the brief’s thread, in that thread, and ignores messages without a mention', async () => {
    const { messageId } = await summarizeStory();
    await waitUntil(
      () => harness.bot.client.channels.cache.has(messageId),
      10_000,
      'the thread in the cache',
    );
    const { fake } = harness;
    const ignored = userMessage({
      guildId: fake.guildId,
      channelId: messageId,
      content: 'nice article',
    });
    fake.gateway.dispatch('MESSAGE_CREATE', ignored);
    const question = userMessage({
      guildId: fake.guildId,
      channelId: messageId,
      content: `<@${fake.botUserId}> What did Putin say about Trump?`,
      mentions: [fake.botUserId],
    });
    fake.gateway.dispatch('MESSAGE_CREATE', question);
    const answer = await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'POST' &&
        call.path === `/channels/${messageId}/messages` &&
        call.status === 200,
      30_000,
    );
    const content = String(answer.body?.content ?? '');
    const answerText = content.split('\n\n-#')[0] ?? '';
    expect(answerText.length).toBeGreaterThan(20);
    expect(seedText).toContain(answerText.replace(/\s+/g, ' ').slice(0, 40).trim().split(' … ')[0]);
    expect(content).toMatch(/-# Answered by/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const posts = fake.calls.filter(
      (call) => call.method === 'POST' && call.path === `/channels/${messageId}/messages`,
    );
    expect(posts).toHaveLength(1);
  }, 60_000);

  it('retries an answer Discord rate-limits (429) and delivers it once', async () => {
    const { messageId } = await summarizeStory();
    await waitUntil(
      () => harness.bot.client.channels.cache.has(messageId),
      10_000,
      'the thread in the cache',
    );
    const { fake } = harness;
    const path = `/channels/${messageId}/messages`;
    fake.rateLimit('POST', new RegExp(`^${path}$`), 3, 1);
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      userMessage({
        guildId: fake.guildId,
        channelId: messageId,
        content: `<@${fake.botUserId}> Who is Kellogg?`,
        mentions: [fake.botUserId],
      }),
    );
    await waitForCall(fake.calls, (call) => call.path === path && call.status === 200, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const attempts = fake.calls.filter((call) => call.method === 'POST' && call.path === path);
    expect(attempts.map((call) => call.status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_500);
  }, 60_000);

  it('summarizes the first link of a message from the "Summarize article" menu', async () => {
    const { fake } = harness;
    const target = {
      ...userMessage({
        guildId: fake.guildId,
        channelId: fake.channelId,
        content: `worth a read: ${harness.site.url('/story')} !`,
      }),
    };
    const payload = messageMenuInteraction({ ...base(), message: target });
    harness.interact(payload);
    const callback = await waitForCall(fake.calls, isCallback(payload));
    expect(callback.body?.type).toBe(5);
    const brief = await waitForCall(fake.calls, isOriginalEdit(payload.token, true), 30_000);
    expect((brief.body?.embeds as Embed[])[0]?.url).toBe(harness.site.url('/story'));
  }, 45_000);

  it('refuses /news subscribe to a member without Manage Channels, privately, and accepts it from one with it', async () => {
    const { fake } = harness;
    const values = {
      feed: harness.site.url('/feed.xml'),
      schedule: 'weekdays 9:00',
      timezone: 'Europe/Berlin',
    };
    const refused = chatInputInteraction({
      ...base(),
      permissions: withoutManageChannels,
      subcommand: 'subscribe',
      values,
    });
    harness.interact(refused);
    const followUp = await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'POST' && call.path === `/webhooks/${fake.applicationId}/${refused.token}`,
    );
    expect(followUp.body?.content).toBe(
      "Only members with the Manage Channels permission can change this channel's subscriptions.",
    );
    expect(Number(followUp.body?.flags) & 64).toBe(64);
    expect(
      fake.calls.some(
        (call) =>
          call.method === 'DELETE' && call.path.endsWith(`/${refused.token}/messages/@original`),
      ),
    ).toBe(true);

    const allowed = chatInputInteraction({
      ...base(),
      permissions: allPermissions,
      subcommand: 'subscribe',
      values,
    });
    harness.interact(allowed);
    const confirmation = await waitForCall(fake.calls, isOriginalEdit(allowed.token, true));
    const text = JSON.stringify(confirmation.body);
    expect(text).toContain('Subscribed to *Seed News* (1 item now).');
    expect(text).toContain('Europe/Berlin');
  }, 30_000);

  it('keeps answering after the gateway connection drops mid-session', async () => {
    const { fake } = harness;
    const identifies = fake.gateway.identifies.length;
    fake.gateway.drop();
    await waitUntil(
      () =>
        fake.gateway.connected &&
        (fake.gateway.resumes.length > 0 || fake.gateway.identifies.length > identifies),
      20_000,
      'the client to resume or re-identify',
    );
    const payload = chatInputInteraction({
      ...base(),
      subcommand: 'help',
      values: { command: 'quotes' },
    });
    harness.interact(payload);
    const callback = await waitForCall(fake.calls, isCallback(payload));
    expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const help = await waitForCall(fake.calls, isOriginalEdit(payload.token, true));
    expect(JSON.stringify(help.body)).toContain('/news quotes <url or pasted text>');
  }, 30_000);
});
