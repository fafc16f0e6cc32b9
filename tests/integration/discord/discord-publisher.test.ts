import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPublisher } from '../../../src/adapters/chat/discord/create-discord-publisher.ts';
import { createDiscordRest } from '../../../src/adapters/chat/discord/create-discord-rest.ts';
import type {
  InteractionTokenStore,
  StoredInteraction,
} from '../../../src/adapters/chat/discord/interaction-token-store.ts';
import { registerDiscordCommands } from '../../../src/adapters/chat/discord/register-discord-commands.ts';
import { AppError } from '../../../src/core/errors.ts';
import type { ChatMessage, ChatTarget } from '../../../src/core/model/chat-message.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.ts';

let fake: FakeDiscord;
const tokens = new Map<string, StoredInteraction>();
const interactionTokens: InteractionTokenStore = {
  put: async (messageId, interaction) => void tokens.set(messageId, interaction),
  get: async (messageId) => tokens.get(messageId),
};

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const publisher = () =>
  createDiscordPublisher({
    rest: createDiscordRest({ apiUrl: fake.apiUrl, token: 'test-bot-token' }),
    interactionTokens,
    logger: silentLogger,
  });
const target = (): ChatTarget => ({
  platform: 'discord',
  workspaceId: fake.guildId,
  channelId: fake.channelId,
});

/** A brief far too long for one Discord message: 60 long bullets and 30 long quotes. */
function oversizedBrief(): { message: ChatMessage; bullets: string[]; quotes: string[] } {
  const bullets = Array.from(
    { length: 60 },
    (_, index) => `Point ${index}: ${'the council voted on the budget again '.repeat(8).trim()}.`,
  );
  const quotes = Array.from(
    { length: 30 },
    (_, index) => `Quote ${index} ${'we will not accept this outcome '.repeat(15).trim()}`,
  );
  return {
    bullets,
    quotes,
    message: {
      fallbackText: 'Council budget',
      blocks: [
        {
          type: 'heading',
          text: `Council budget ${'headline '.repeat(40)}`,
          url: 'https://example.com/story',
        },
        { type: 'bullets', items: bullets },
        { type: 'divider' },
        ...quotes.map((text, index) => ({
          type: 'quote' as const,
          parts: [{ text, start: index, end: index + text.length }],
          speaker: `Speaker ${index}`,
        })),
        { type: 'context', text: 'Read from https://example.com/story · offline engine' },
        {
          type: 'actions',
          buttons: [{ id: 'brief-ask-question', label: 'Ask a question', value: 'article-1' }],
        },
      ],
    },
  };
}

describe('Discord publisher against a fake Discord REST API', () => {
  it('splits a brief too long for one message into several, each within every limit, nothing lost', async () => {
    const before = fake.calls.length;
    const { message, bullets, quotes } = oversizedBrief();
    const ref = await publisher().post(target(), message);
    const posts = fake.calls
      .slice(before)
      .filter(
        (call) => call.method === 'POST' && call.path === `/channels/${fake.channelId}/messages`,
      );
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.every((call) => call.status === 200)).toBe(true);
    let text = '';
    for (const post of posts) {
      const embeds = post.body?.embeds as {
        title?: string;
        description?: string;
        footer?: { text: string };
      }[];
      expect(embeds.length).toBeLessThanOrEqual(10);
      const total = embeds.reduce(
        (sum, embed) =>
          sum +
          (embed.title?.length ?? 0) +
          (embed.description?.length ?? 0) +
          (embed.footer?.text.length ?? 0),
        0,
      );
      expect(total).toBeLessThanOrEqual(6_000);
      for (const embed of embeds) {
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4_096);
        expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
        text += `${embed.description ?? ''}\n`;
      }
    }
    expect((posts[0]?.body?.components as unknown[]).length).toBe(1);
    expect(posts.slice(1).every((post) => (post.body?.components as unknown[]).length === 0)).toBe(
      true,
    );
    let cursor = 0;
    for (const expected of [...bullets, ...quotes]) {
      const found = text.indexOf(expected, cursor);
      expect(found, expected.slice(0, 20)).toBeGreaterThanOrEqual(cursor);
      cursor = found;
    }
    expect(fake.threads.get(ref.messageId)?.parent_id).toBe(fake.channelId);
  });

  it('edits through the channel when the interaction token has expired', async () => {
    const first = await publisher().post(target(), {
      fallbackText: 'Reading…',
      blocks: [{ type: 'paragraph', text: 'Reading the article…' }],
    });
    tokens.set(first.messageId, { applicationId: fake.applicationId, token: 'expired-token' });
    const before = fake.calls.length;
    await publisher().update(first, {
      fallbackText: 'Done',
      blocks: [{ type: 'paragraph', text: 'Done.' }],
    });
    const calls = fake.calls
      .slice(before)
      .map((call) => `${call.method} ${call.path} ${call.status}`);
    expect(calls).toEqual([
      `PATCH /webhooks/${fake.applicationId}/expired-token/messages/@original 401`,
      `PATCH /channels/${fake.channelId}/messages/${first.messageId} 200`,
    ]);
    expect(fake.messages.get(first.messageId)?.content).toBe('Done.');
  });

  it('waits out a short 429 inside REST and posts once', async () => {
    fake.rateLimit('POST', new RegExp(`^/channels/${fake.channelId}/messages$`), 0.3, 1);
    const before = fake.calls.length;
    await publisher().post(target(), {
      fallbackText: 'Hi',
      blocks: [{ type: 'paragraph', text: 'Hello' }],
    });
    expect(fake.calls.slice(before).map((call) => call.status)).toEqual([429, 200]);
  });

  it('reports a long 429 as a retryable rate limit, and an unknown channel as channel-unavailable', async () => {
    fake.rateLimit('POST', new RegExp(`^/channels/${fake.channelId}/messages$`), 30, 1);
    const limited = await publisher()
      .post(target(), { fallbackText: 'Hi', blocks: [{ type: 'paragraph', text: 'Hello' }] })
      .catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(AppError);
    expect(limited).toMatchObject({ code: 'rate-limited', retryable: true });
    const gone = await publisher()
      .post(
        { ...target(), channelId: '999' },
        { fallbackText: 'Hi', blocks: [{ type: 'paragraph', text: 'Hello' }] },
      )
      .catch((error: unknown) => error);
    expect(gone).toMatchObject({ code: 'channel-unavailable', retryable: false });
  });

  it('registers /news and "Summarize article" in one server with a bulk PUT', async () => {
    const rest = createDiscordRest({ apiUrl: fake.apiUrl, token: 'test-bot-token' });
    const result = await registerDiscordCommands(rest, fake.applicationId, fake.guildId);
    expect(result).toEqual({
      names: ['news', 'Summarize article'],
      scope: `guild ${fake.guildId}`,
    });
    const put = fake.calls.find((call) => call.method === 'PUT');
    expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
  });
});
