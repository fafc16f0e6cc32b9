import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueNames } from '../../../src/core/model/jobs.ts';
import { chatInputInteraction, userMessage } from '../../fakes/discord/discord-payloads.ts';
import type { DiscordErrorAnswer } from '../../fakes/discord/fake-discord.ts';
import { seedText, seedTitle } from '../../fakes/seed-news-site.ts';
import { createRecordingLogger } from '../stores/redis-test-support.ts';
import {
  startDiscordHarness,
  unescapeMarkdown,
  waitForCall,
  waitUntil,
  type DiscordHarness,
} from './discord-harness.ts';
import {
  interactionBase,
  isOriginalEdit,
  postsTo,
  queuesIdle,
  runScheduledTick,
  subscribeChannel,
  type Embed,
} from './discord-test-steps.ts';

let harness: DiscordHarness;
const logger = createRecordingLogger();
/** The seed with its whitespace collapsed, to look sentences up in. */
const flatSeed = seedText.replace(/\s+/g, ' ');
const channelGone = 'The channel no longer exists or newsbrief lost access to it.';

beforeAll(async () => {
  harness = await startDiscordHarness('discord-digest', {}, { logger });
}, 30_000);

afterAll(async () => {
  await harness.close();
}, 30_000);

describe('scheduled digests delivered to a Discord channel by the worker', () => {
  it('posts the digest through REST with the story lines and source link, starts a thread on it, and answers a question there', async () => {
    const { fake, site } = harness;
    const { subscriptionId } = await subscribeChannel(
      harness,
      fake.channelId,
      site.url('/feeds/digest.xml'),
    );

    await runScheduledTick(harness, subscriptionId);
    const digest = await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'POST' &&
        call.path === `/channels/${fake.channelId}/messages` &&
        call.status === 200,
      30_000,
    );
    const embeds = digest.body?.embeds as Embed[];
    expect(embeds[0]).toMatchObject({
      title: 'News digest',
      description: expect.stringMatching(/^1 story from 1 source since /),
    });
    const story = embeds.find((embed) => embed.url === site.url('/story'));
    expect(story?.title).toBe(seedTitle);
    const [summary = '', quote = ''] = (story?.description ?? '').split('\n\n');
    // The offline one-line summary is the article's own words, shortened with "…" when long.
    expect(summary.length).toBeGreaterThan(40);
    for (const part of unescapeMarkdown(summary).replace(/…$/, '').split(' … '))
      expect(flatSeed).toContain(part.trim());
    const quoted = /^> “(.+)”\n> — \*\*(.+)\*\* · \[in context\]\((\S+)\)$/.exec(quote);
    expect(quoted).not.toBeNull();
    expect(quoted?.[3]?.startsWith(`${site.url('/story')}#:~:text=`)).toBe(true);
    expect(flatSeed).toContain(unescapeMarkdown(quoted?.[2] ?? ''));
    for (const part of unescapeMarkdown(quoted?.[1] ?? '').split(' … '))
      expect(flatSeed).toContain(part);
    expect(embeds.at(-1)?.footer?.text).toBe(`Source: Seed News ${site.url('/story')}`);

    const posted = [...fake.messages.values()].find(
      (message) =>
        message.channel_id === fake.channelId && message.embeds[0]?.title === 'News digest',
    );
    if (posted === undefined) throw new Error('the digest message is not in the channel');
    const thread = await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'POST' &&
        call.path === `/channels/${fake.channelId}/messages/${posted.id}/threads`,
    );
    expect(thread.status).toBe(201);
    expect(thread.body?.name).toBe(`News digest: ${seedTitle}`);

    await waitUntil(
      () => harness.bot.client.channels.cache.has(posted.id),
      10_000,
      'the digest thread in the client cache',
    );
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      userMessage({
        guildId: fake.guildId,
        channelId: posted.id,
        content: `<@${fake.botUserId}> Who did Trump pick as his special envoy for Ukraine and Russia?`,
        mentions: [fake.botUserId],
      }),
    );
    const answer = await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'POST' &&
        call.path === `/channels/${posted.id}/messages` &&
        call.status === 200,
      30_000,
    );
    const [answerText = '', footer = ''] = String(answer.body?.content).split('\n\n-# ');
    expect(answerText).toContain('Keith Kellogg');
    for (const sentence of answerText.split(' … ')) expect(flatSeed).toContain(sentence.trim());
    expect(footer).toMatch(/^Answered by the offline engine/);
  }, 60_000);
});

/** What Discord answers a post in a channel that is gone or closed to the bot. */
const refusals: { what: string; answer: DiscordErrorAnswer }[] = [
  { what: 'deleted', answer: { status: 404, code: 10003, message: 'Unknown Channel' } },
  { what: 'closed to the bot', answer: { status: 403, code: 50001, message: 'Missing Access' } },
  {
    what: 'no longer postable',
    answer: { status: 403, code: 50013, message: 'Missing Permissions' },
  },
];
let nextChannel = 1_200_000_000_000_000_100n;

describe('a digest channel that is deleted or closed to the bot', () => {
  it.each(refusals)(
    'disables the subscription with the reason when the channel is $what ($answer.status $answer.code), tries once, and skips the next tick',
    async ({ answer }) => {
      const { fake, site, service } = harness;
      nextChannel += 1n;
      const channelId = nextChannel.toString();
      fake.addChannel(channelId);
      const { subscriptionId } = await subscribeChannel(
        harness,
        channelId,
        site.url(`/feeds/refused-${answer.code}.xml`),
      );
      expect(await service.scheduler.nextRunAt(subscriptionId)).toBeInstanceOf(Date);
      if (answer.status === 404) fake.deleteChannel(channelId);
      else fake.refuseChannel(channelId, answer);

      await runScheduledTick(harness, subscriptionId);
      await waitUntil(
        async () => (await service.stores.subscriptions.get(subscriptionId))?.enabled === false,
        30_000,
        'the subscription to be disabled',
      );
      await waitUntil(() => queuesIdle(harness), 15_000, 'the queues to go idle');

      const stored = await service.stores.subscriptions.get(subscriptionId);
      expect(stored).toMatchObject({ enabled: false, disabledReason: channelGone });
      expect(logger.warnings).toContainEqual({
        message: 'subscription disabled: channel unavailable',
        fields: { subscriptionId, reason: channelGone },
      });
      // Non-retryable: one attempt, the deliver job failed for good, no retry waiting.
      expect(postsTo(harness, channelId).map((call) => call.status)).toEqual([answer.status]);
      const deliverQueue = service.queues.queues[queueNames.messageDeliver];
      const failed = (await deliverQueue.getFailed()).filter(
        (job) => (job.data as { target: { channelId: string } }).target.channelId === channelId,
      );
      expect(failed.map((job) => job.attemptsMade)).toEqual([1]);

      if (answer.status === 403) {
        // Commands still work there (interaction webhooks need no channel permission).
        const listing = chatInputInteraction({
          ...interactionBase(harness, channelId),
          subcommand: 'subscriptions',
        });
        harness.interact(listing);
        const reply = await waitForCall(fake.calls, isOriginalEdit(listing.token, true));
        expect(JSON.stringify(reply.body)).toContain(
          `Paused: ${channelGone} Subscribe again to resume.`,
        );
      }

      const nextTick = await runScheduledTick(harness, subscriptionId);
      const digestQueue = service.queues.queues[queueNames.digestBuild];
      await waitUntil(
        async () => (await digestQueue.getJob(nextTick))?.finishedOn !== undefined,
        15_000,
        'the next tick to finish',
      );
      await waitUntil(() => queuesIdle(harness), 15_000, 'the queues to go idle');
      expect(postsTo(harness, channelId)).toHaveLength(1);
      expect(await service.scheduler.nextRunAt(subscriptionId)).toBeUndefined();
    },
    60_000,
  );
});
