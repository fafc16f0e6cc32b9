import { describe, expect, it } from 'vitest';
import {
  discordCommandDefinitions,
  firstLinkIn,
  newsTextFromOptions,
  timeZoneChoices,
} from '../../../src/adapters/chat/discord/discord-command-definitions.ts';
import {
  decodeCustomId,
  encodeCustomId,
} from '../../../src/adapters/chat/discord/discord-custom-ids.ts';
import { threadNameFor, wantsThread } from '../../../src/adapters/chat/discord/discord-threads.ts';
import { stripBotMention } from '../../../src/adapters/chat/discord/handle-thread-message.ts';
import { parseNewsCommand } from '../../../src/core/commands/parse-news-command.ts';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('Discord command definitions', () => {
  it('maps each subcommand and its options back to /news text the core parses', () => {
    expect(
      newsTextFromOptions('summarize', reader({ url: 'https://e.com/a', length: 'short' })),
    ).toBe('summarize --short https://e.com/a');
    expect(
      newsTextFromOptions('summarize', reader({ url: 'https://e.com/a', length: 'standard' })),
    ).toBe('summarize https://e.com/a');
    expect(newsTextFromOptions('quotes', reader({ url: 'https://e.com/a' }))).toBe(
      'quotes https://e.com/a',
    );
    const subscribe = newsTextFromOptions(
      'subscribe',
      reader({
        feed: 'https://e.com/feed.xml',
        schedule: 'weekdays 9:00',
        timezone: 'Europe/Berlin',
      }),
    );
    expect(subscribe).toBe('subscribe https://e.com/feed.xml weekdays 9:00 Europe/Berlin');
    expect(parseNewsCommand(subscribe, { defaultTimeZone: 'UTC' })).toMatchObject({
      kind: 'subscribe',
      feedUrls: ['https://e.com/feed.xml'],
      schedule: { timeZone: 'Europe/Berlin' },
    });
    expect(newsTextFromOptions('unsubscribe', reader({ feed: 'all' }))).toBe('unsubscribe all');
    expect(newsTextFromOptions('help', reader({ command: 'quotes' }))).toBe('help quotes');
    expect(newsTextFromOptions('digest', reader({}))).toBe('digest');
  });

  it('defines every core subcommand under /news, plus the message menu command', () => {
    const [news, menu] = discordCommandDefinitions;
    expect(news?.name).toBe('news');
    expect(news && 'options' in news ? news.options?.map((option) => option.name) : []).toEqual([
      'summarize',
      'quotes',
      'digest',
      'subscribe',
      'unsubscribe',
      'subscriptions',
      'help',
    ]);
    expect(menu).toMatchObject({ name: 'Summarize article', type: 3 });
  });

  it('finds the first link in a message, trimming trailing punctuation', () => {
    expect(firstLinkIn('read this: https://e.com/a?b=1). And more', [])).toBe(
      'https://e.com/a?b=1',
    );
    expect(firstLinkIn('no link', [null, 'https://e.com/embed'])).toBe('https://e.com/embed');
    expect(firstLinkIn('no link', [])).toBeUndefined();
  });

  it('autocompletes time zones by prefix, then by substring, 25 at most', () => {
    expect(timeZoneChoices('europe/ber')[0]).toEqual({
      name: 'Europe/Berlin',
      value: 'Europe/Berlin',
    });
    expect(timeZoneChoices('new york').map((choice) => choice.value)).toContain('America/New_York');
    expect(timeZoneChoices('')).toHaveLength(25);
  });

  it('round-trips button custom ids and never cuts a value that does not fit in 100 characters', () => {
    expect(decodeCustomId(encodeCustomId('brief-key-quotes', 'abc'))).toEqual({
      id: 'brief-key-quotes',
      value: 'abc',
    });
    expect(encodeCustomId('brief-key-quotes', 'x'.repeat(120))).toBe('brief-key-quotes');
  });

  it('strips the bot mention from a thread question', () => {
    expect(stripBotMention('<@123> what did   she say? <@!123>', '123')).toBe('what did she say?');
  });

  it('starts threads for briefs and digests, named from the headline within 100 characters', () => {
    const brief = {
      fallbackText: '',
      blocks: [
        { type: 'heading' as const, text: 'A'.repeat(150) },
        {
          type: 'actions' as const,
          buttons: [{ id: 'brief-ask-question', label: 'Ask', value: 'a' }],
        },
      ],
    };
    expect(wantsThread(brief)).toBe(true);
    expect(threadNameFor(brief)).toHaveLength(100);
    const digest = {
      fallbackText: '',
      blocks: [
        { type: 'heading' as const, text: 'News digest' },
        { type: 'heading' as const, text: 'Ceasefire talks' },
      ],
    };
    expect(wantsThread(digest)).toBe(true);
    expect(threadNameFor(digest)).toBe('News digest: Ceasefire talks');
    expect(
      wantsThread({ fallbackText: '', blocks: [{ type: 'paragraph', text: 'Reading…' }] }),
    ).toBe(false);
  });
});
