import { describe, expect, it } from 'vitest';
import { embedLength } from '../../../src/adapters/chat/discord/render-discord-embeds.ts';
import {
  renderDiscordMessage,
  type DiscordMessagePayload,
} from '../../../src/adapters/chat/discord/render-discord-message.ts';
import type { ChatBlock, ChatMessage } from '../../../src/core/model/chat-message.ts';

const quote = (text: string, speaker: string, start = 0): ChatBlock => ({
  type: 'quote',
  parts: [{ text, start, end: start + text.length }],
  speaker,
});

function briefMessage(extra: ChatBlock[] = [], headline = 'Putin praises Trump'): ChatMessage {
  return {
    fallbackText: headline,
    blocks: [
      { type: 'heading', text: headline, url: 'https://example.com/story' },
      { type: 'bullets', items: ['Putin spoke in Astana.', 'He called Trump experienced.'] },
      { type: 'divider' },
      {
        type: 'quote',
        parts: [
          { text: 'He is an intelligent man', start: 10, end: 34 },
          { text: 'experienced', start: 60, end: 71 },
        ],
        speaker: 'Vladimir Putin',
      },
      ...extra,
      { type: 'context', text: 'Read from https://example.com/story · offline engine' },
      {
        type: 'actions',
        buttons: [
          { id: 'brief-key-quotes', label: 'Key quotes', value: 'article-1' },
          { id: 'brief-ask-question', label: 'Ask a question', value: 'article-1' },
          { id: 'brief-open-article', label: 'Open article', url: 'https://example.com/story' },
        ],
      },
    ],
  };
}

function assertWithinLimits(payloads: DiscordMessagePayload[]): void {
  for (const payload of payloads) {
    expect(payload.content.length).toBeLessThanOrEqual(2_000);
    expect(payload.embeds.length).toBeLessThanOrEqual(10);
    expect(payload.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
      6_000,
    );
    for (const embed of payload.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4_096);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2_048);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1_024);
    }
  }
}

describe('renderDiscordMessage', () => {
  it('renders a brief as one embed: linked title, bullets, quotes with speakers, footer, buttons', () => {
    const [payload, ...rest] = renderDiscordMessage(briefMessage());
    expect(rest).toEqual([]);
    expect(payload?.embeds).toHaveLength(1);
    const [embed] = payload?.embeds ?? [];
    expect(embed?.title).toBe('Putin praises Trump');
    expect(embed?.url).toBe('https://example.com/story');
    expect(embed?.description).toBe(
      '• Putin spoke in Astana.\n• He called Trump experienced.\n\n> “He is an intelligent man … experienced”\n> — **Vladimir Putin**',
    );
    expect(embed?.footer?.text).toBe('Read from https://example.com/story · offline engine');
    expect(payload?.components[0]?.components).toEqual([
      { type: 2, style: 2, label: 'Key quotes', custom_id: 'brief-key-quotes|article-1' },
      { type: 2, style: 2, label: 'Ask a question', custom_id: 'brief-ask-question|article-1' },
      { type: 2, style: 5, label: 'Open article', url: 'https://example.com/story' },
    ]);
    expect(payload?.allowed_mentions).toEqual({ parse: [] });
  });

  it('renders a short notice as plain content', () => {
    const payloads = renderDiscordMessage({
      fallbackText: 'x',
      blocks: [{ type: 'paragraph', text: 'Reading the article…' }],
    });
    expect(payloads).toEqual([
      {
        content: 'Reading the article…',
        embeds: [],
        components: [],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('clips a 400-character headline to the 256-character title limit', () => {
    const [payload] = renderDiscordMessage(briefMessage([], 'H'.repeat(400)));
    expect(payload?.embeds[0]?.title).toHaveLength(256);
    expect(payload?.embeds[0]?.title?.endsWith('…')).toBe(true);
  });

  it('continues a description past 4,096 characters in a further embed without losing a quote', () => {
    const quotes = Array.from({ length: 12 }, (_, index) =>
      quote(`Q${index} ${'word '.repeat(80).trim()}`, `Speaker ${index}`),
    );
    const payloads = renderDiscordMessage(briefMessage(quotes));
    assertWithinLimits(payloads);
    const text = payloads
      .flatMap((payload) => payload.embeds.map((embed) => embed.description ?? ''))
      .join('\n');
    for (let index = 0; index < 12; index += 1) expect(text).toContain(`— **Speaker ${index}**`);
    expect(payloads.flatMap((payload) => payload.embeds).length).toBeGreaterThan(1);
  });

  it('splits into several messages at 6,000 embed characters and 10 embeds, buttons on the first only', () => {
    const quotes = Array.from({ length: 40 }, (_, index) =>
      quote(`Q${index} ${'long words here '.repeat(60).trim()}`, `S${index}`),
    );
    const payloads = renderDiscordMessage(briefMessage(quotes));
    expect(payloads.length).toBeGreaterThan(2);
    assertWithinLimits(payloads);
    expect(payloads[0]?.components).toHaveLength(1);
    expect(payloads.slice(1).every((payload) => payload.components.length === 0)).toBe(true);
    expect(payloads.at(-1)?.embeds.at(-1)?.footer?.text).toContain('offline engine');
  });

  it('packs at most 10 embeds per message (a digest with 25 short stories)', () => {
    const blocks: ChatBlock[] = [{ type: 'heading', text: 'News digest' }];
    for (let index = 0; index < 25; index += 1)
      blocks.push(
        { type: 'divider' },
        { type: 'heading', text: `Story ${index}` },
        { type: 'paragraph', text: 'Short.' },
      );
    const payloads = renderDiscordMessage({ fallbackText: 'digest', blocks });
    assertWithinLimits(payloads);
    expect(payloads.map((payload) => payload.embeds.length)).toEqual([10, 10, 6]);
  });

  it('cuts a single quote longer than a description at word boundaries, keeping every word', () => {
    const long = Array.from({ length: 1_500 }, (_, index) => `w${index}`).join(' ');
    const payloads = renderDiscordMessage(briefMessage([quote(long, 'Ann Lee')]));
    assertWithinLimits(payloads);
    const text = payloads
      .flatMap((payload) => payload.embeds.map((embed) => embed.description ?? ''))
      .join(' ');
    expect(text).toContain('w0 w1');
    expect(text).toContain('w1499”');
  });

  it('splits content past 2,000 characters into several messages', () => {
    const text = 'A sentence that goes on. '.repeat(200).trim();
    const payloads = renderDiscordMessage({
      fallbackText: 'x',
      blocks: [{ type: 'paragraph', text }],
    });
    expect(payloads.length).toBe(3);
    assertWithinLimits(payloads);
    expect(payloads.map((payload) => payload.content).join(' ')).toBe(text);
  });

  it('escapes markdown in article text so quotes show verbatim', () => {
    const [payload] = renderDiscordMessage(briefMessage([quote('a *starred* word_here', 'Bo')]));
    expect(payload?.embeds[0]?.description).toContain('> “a \\*starred\\* word\\_here”');
  });
});
