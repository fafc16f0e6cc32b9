import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleNewsCommand } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatBlock, ChatTarget } from '../../../src/core/model/chat-message.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import { platformRateLimited } from '../../fakes/recording-publisher.ts';
import { seedText, startHarness, type Harness } from './service-harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness('flow', { COMMAND_RATE_PER_MINUTE: '3' });
});
afterAll(async () => harness.close());

const channel: ChatTarget = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const user = { userId: 'U1', displayName: 'Ana', isAdmin: false };

async function command(text: string, userId = user.userId) {
  return handleNewsCommand(commandDependencies(harness.service), {
    requestId: randomUUID(),
    target: channel,
    user: { ...user, userId },
    text,
    defaultTimeZone: 'Europe/Berlin',
    postProgress: (progressText) =>
      harness.publisher.post(channel, {
        fallbackText: progressText,
        blocks: [{ type: 'context', text: progressText }],
      }),
  });
}

const quoteParts = (blocks: ChatBlock[]) =>
  blocks.flatMap((block) =>
    block.type === 'quote' ? block.parts.map((part) => ({ ...part, speaker: block.speaker })) : [],
  );

describe('/news summarize through the queues and workers', () => {
  it('shows progress at once, then replaces it with the brief carrying verified quotes', async () => {
    const reply = await command(`summarize ${harness.site.url('/story')}`);
    expect(reply.visibility).toBe('none');
    const progress = harness.publisher.posts.at(-1);
    expect(progress?.message.fallbackText).toBe('Reading the article…');
    const brief = await harness.publisher.waitFor(
      (post) => post.kind === 'update' && post.messageId === progress?.messageId,
    );
    expect(brief.message.blocks[0]).toMatchObject({
      type: 'heading',
      text: expect.stringContaining('Putin'),
    });
    const quotes = quoteParts(brief.message.blocks);
    expect(quotes.some((quote) => quote.speaker.includes('Kellogg'))).toBe(true);
    for (const quote of quotes) expect(seedText).toContain(quote.text);
  });

  it('answers a question in the thread under the brief, citing the article', async () => {
    const brief = harness.publisher.posts.find(
      (post) => post.kind === 'update' && post.message.blocks[0]?.type === 'heading',
    );
    expect(brief).toBeDefined();
    await harness.service.queues.jobQueues.questionAnswer.enqueue({
      requestId: randomUUID(),
      target: { ...channel, threadId: brief?.messageId ?? '' },
      question: 'Who is Keith Kellogg?',
      requestedBy: { userId: 'U2' },
    });
    const answer = await harness.publisher.waitFor(
      (post) => post.target.threadId === brief?.messageId,
    );
    const text = JSON.stringify(answer.message.blocks);
    expect(text).toContain('special envoy for Ukraine and Russia');
  });

  it('ignores a reply in a thread the bot did not start', async () => {
    const before = harness.publisher.posts.length;
    await harness.service.queues.jobQueues.questionAnswer.enqueue({
      requestId: randomUUID(),
      target: { ...channel, threadId: 'someone-elses-thread' },
      question: 'What time is lunch?',
      requestedBy: { userId: 'U2' },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(harness.publisher.posts.length).toBe(before);
  });

  it('tells the user in one sentence when the page does not exist, replacing the progress message', async () => {
    await command(`summarize ${harness.site.url('/missing')}`);
    const progress = harness.publisher.posts.at(-1);
    const notice = await harness.publisher.waitFor(
      (post) => post.kind === 'update' && post.messageId === progress?.messageId,
    );
    expect(notice.message.fallbackText).toMatch(/^Sorry, I could not read that article: .*404/);
  });

  it('retries a delivery the platform rate-limited, and posts it once', async () => {
    harness.publisher.failWith(2, platformRateLimited, 'update');
    await command('summarize ' + seedText.replace(/\n/g, ' '), 'U3');
    const progressId = harness.publisher.posts.at(-1)?.messageId;
    await harness.publisher.waitFor(
      (post) => post.kind === 'update' && post.messageId === progressId,
      30_000,
    );
    const updates = harness.publisher.posts.filter(
      (post) => post.kind === 'update' && post.messageId === progressId,
    );
    expect(updates).toHaveLength(1);
  });

  it('limits how many summaries one user asks for per minute, saying when to retry', async () => {
    const replies = [];
    for (let index = 0; index < 4; index += 1)
      replies.push(await command(`summarize ${harness.site.url('/story')}`, 'U4'));
    const refused = replies.at(-1);
    expect(refused?.visibility).toBe('ephemeral');
    expect(refused?.visibility === 'ephemeral' ? refused.message.fallbackText : '').toMatch(
      /3 summaries a minute; try again in \d+ seconds/,
    );
  });

  it('refuses a subscription change from a non-admin under the default policy', async () => {
    const reply = await command('subscribe https://example.com/feed.xml');
    expect(reply.visibility === 'ephemeral' ? reply.message.fallbackText : '').toBe(
      "Only workspace admins can change this channel's subscriptions.",
    );
  });
});
