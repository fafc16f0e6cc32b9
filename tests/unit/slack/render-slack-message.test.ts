import { describe, expect, it } from 'vitest';
import type { KnownBlock } from '@slack/types';
import { renderSlackMessage } from '../../../src/adapters/chat/slack/render-slack-message.ts';
import { splitSlackText } from '../../../src/adapters/chat/slack/split-slack-text.ts';
import type { ChatMessage } from '../../../src/core/model/chat-message.ts';

const textsOf = (blocks: KnownBlock[]) =>
  blocks.flatMap((block) => {
    if (block.type === 'section' || block.type === 'header') return [block.text?.text ?? ''];
    if (block.type === 'context')
      return block.elements.map((element) => ('text' in element ? element.text : ''));
    return [];
  });

const brief: ChatMessage = {
  fallbackText: 'Kyiv talks — Leaders met.',
  blocks: [
    { type: 'heading', text: 'Kyiv & Moscow <talks>', url: 'https://example.com/a?x=1&y=2' },
    { type: 'bullets', items: ['Leaders met.', 'A deal is <not> close.'] },
    { type: 'divider' },
    {
      type: 'quote',
      parts: [
        { text: 'We will not give up', start: 10, end: 29 },
        { text: 'not an inch', start: 50, end: 61 },
      ],
      speaker: 'Volodymyr Zelensky',
    },
    { type: 'context', text: 'Read from example.com · offline engine' },
    {
      type: 'actions',
      buttons: [
        { id: 'brief-key-quotes', label: 'Key quotes', value: 'article-1' },
        { id: 'brief-open-article', label: 'Open article', url: 'https://example.com/a' },
      ],
    },
  ],
};

describe('renderSlackMessage', () => {
  it('renders a brief as one message: linked headline, bullets, quote with speaker, buttons', () => {
    const [message, ...rest] = renderSlackMessage(brief);
    expect(rest).toEqual([]);
    expect(message?.text).toBe('Kyiv talks — Leaders met.');
    const texts = textsOf(message?.blocks ?? []);
    expect(texts[0]).toBe('*<https://example.com/a?x=1&y=2|Kyiv &amp; Moscow &lt;talks&gt;>*');
    expect(texts[1]).toBe('• Leaders met.\n• A deal is &lt;not&gt; close.');
    expect(texts[2]).toBe('> We will not give up … not an inch\n— Volodymyr Zelensky');
    expect(message?.blocks.map((block) => block.type)).toEqual([
      'section',
      'section',
      'divider',
      'section',
      'context',
      'actions',
    ]);
    const actions = message?.blocks.at(-1);
    expect(actions).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'brief-key-quotes',
          text: { type: 'plain_text', text: 'Key quotes', emoji: true },
          value: 'article-1',
        },
        {
          type: 'button',
          action_id: 'brief-open-article',
          text: { type: 'plain_text', text: 'Open article', emoji: true },
          url: 'https://example.com/a',
        },
      ],
    });
  });

  it('uses a header block for a short headline without a link', () => {
    const [message] = renderSlackMessage({
      fallbackText: 'x',
      blocks: [{ type: 'heading', text: 'Plain title' }],
    });
    expect(message?.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Plain title', emoji: true },
    });
  });

  it('splits a brief too long for one message: ≤ 50 blocks, ≤ 3,000 chars per section, short fallback', () => {
    const sentence = 'The council voted to extend the harbour plan for another decade. ';
    const quotes = Array.from({ length: 70 }, (_, index) => ({
      type: 'quote' as const,
      parts: [{ text: `Quote number ${index} says ${sentence.repeat(3)}`, start: 0, end: 10 }],
      speaker: `Speaker ${index}`,
    }));
    const message: ChatMessage = {
      fallbackText: sentence.repeat(100),
      blocks: [
        { type: 'heading', text: 'Harbour plan', url: 'https://example.com/h' },
        { type: 'bullets', items: [sentence.repeat(120), 'Short point.'] },
        { type: 'paragraph', text: sentence.repeat(60) },
        ...quotes,
      ],
    };
    const parts = renderSlackMessage(message);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.blocks.length).toBeLessThanOrEqual(50);
      expect(part.blocks.length).toBeGreaterThan(0);
      expect(part.text.length).toBeLessThanOrEqual(3_000);
      for (const text of textsOf(part.blocks)) expect(text.length).toBeLessThanOrEqual(3_000);
      const total = textsOf(part.blocks).reduce((sum, text) => sum + text.length, 0);
      expect(total).toBeLessThanOrEqual(12_000);
    }
    const all = parts.flatMap((part) => textsOf(part.blocks)).join('\n');
    // Nothing is lost: every quote and its speaker appear, in order.
    for (let index = 0; index < 70; index += 1) expect(all).toContain(`— Speaker ${index}`);
    const positions = Array.from({ length: 70 }, (_, index) =>
      all.search(new RegExp(`— Speaker ${index}(?!\\d)`)),
    );
    expect(positions).toEqual([...positions].sort((left, right) => left - right));
    // The long bullet was cut at sentence ends, each piece still a bullet's text.
    const bulletSections = parts[0]?.blocks.slice(1, 4) ?? [];
    for (const text of textsOf(bulletSections)) expect(text.trimEnd().endsWith('.')).toBe(true);
    expect(parts[1]?.text).toMatch(/\(2\/\d+\)$/);
  });

  it('never starts a continuation message with a divider', () => {
    const blocks: ChatMessage['blocks'] = [];
    for (let index = 0; index < 60; index += 1)
      blocks.push({ type: 'paragraph', text: `P${index}` }, { type: 'divider' });
    const parts = renderSlackMessage({ fallbackText: 'many', blocks });
    for (const part of parts.slice(1)) expect(part.blocks[0]?.type).not.toBe('divider');
    for (const part of parts) expect(part.blocks.at(-1)?.type).not.toBe('divider');
  });
});

describe('splitSlackText', () => {
  it('cuts at sentence ends, then spaces, and never exceeds the limit', () => {
    const text = 'One two three. Four five six seven. Eight nine ten eleven twelve.';
    const chunks = splitSlackText(text, 40);
    expect(chunks).toEqual([
      'One two three. Four five six seven.',
      'Eight nine ten eleven twelve.',
    ]);
    const words = splitSlackText('alpha beta gamma delta epsilon zeta eta theta', 20);
    for (const chunk of words) expect(chunk.length).toBeLessThanOrEqual(20);
    expect(words.join(' ')).toBe('alpha beta gamma delta epsilon zeta eta theta');
  });

  it('hard-cuts a word longer than the limit without splitting an entity', () => {
    const chunks = splitSlackText(`${'a'.repeat(8)}&amp;${'b'.repeat(8)}`, 10);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(10);
      expect(chunk).not.toMatch(/&am?p?$/);
    }
    expect(chunks.join('')).toBe(`${'a'.repeat(8)}&amp;${'b'.repeat(8)}`);
  });
});
