import { describe, expect, it } from 'vitest';
import { renderConsoleText } from '../../../src/adapters/chat/console/render-console-text.ts';
import { buildBriefMessage } from '../../../src/core/messages/build-brief-message.ts';
import type { Article } from '../../../src/core/model/article.ts';
import type { Brief } from '../../../src/core/model/brief.ts';

const text = 'The council voted 7-2. “We will build it,” Mayor Ana Diaz said. “It is overdue.”';
const article: Article = {
  id: 'a1',
  title: 'Council approves bridge',
  text,
  source: {
    origin: 'page',
    completeness: 'paywalled',
    location: 'https://news.example.com/bridge',
  },
};
const first = 'We will build it,';
const second = 'It is overdue.';
const brief: Brief = {
  articleId: 'a1',
  headline: 'Council approves bridge',
  bullets: ['The council voted 7-2.'],
  keyQuotes: [
    {
      text: first,
      speaker: 'Ana Diaz',
      start: text.indexOf(first),
      end: text.indexOf(first) + first.length,
      group: 0,
    },
    {
      text: second,
      speaker: 'Ana Diaz',
      start: text.indexOf(second),
      end: text.indexOf(second) + second.length,
      group: 0,
    },
  ],
  engine: {
    name: 'openai',
    model: 'gpt-test',
    promptId: 'article-brief',
    promptVersion: '3',
    fallbackReason: 'The model did not answer in time.',
  },
  options: { length: 'standard' },
  droppedQuotes: 0,
  createdAt: '2026-11-26T00:00:00.000Z',
  fromCache: false,
};

describe('buildBriefMessage', () => {
  it('links the headline, keeps split quote parts together under one speaker, and says what was read', () => {
    const message = buildBriefMessage(article, brief);
    expect(message.blocks[0]).toEqual({
      type: 'heading',
      text: 'Council approves bridge',
      url: 'https://news.example.com/bridge',
    });
    const quotes = message.blocks.filter((block) => block.type === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      speaker: 'Ana Diaz',
      parts: [{ text: first }, { text: second }],
    });
    const footer = message.blocks.find((block) => block.type === 'context');
    expect(footer).toMatchObject({ type: 'context' });
    const footerText = footer?.type === 'context' ? footer.text : '';
    expect(footerText).toContain('paywalled');
    expect(footerText).toContain('news.example.com');
    expect(footerText).toContain(
      'offline extractive engine because the model failed: The model did not answer in time.',
    );
  });

  it('says so when there are no quotes, and offers no Open button without a URL', () => {
    const local: Article = {
      ...article,
      source: { origin: 'file', completeness: 'full', location: 'seeds/a.txt' },
    };
    const message = buildBriefMessage(local, { ...brief, keyQuotes: [] });
    expect(message.blocks).toContainEqual({
      type: 'context',
      text: 'No direct quotes with a named speaker in this article.',
    });
    const actions = message.blocks.find((block) => block.type === 'actions');
    expect(
      actions?.type === 'actions' ? actions.buttons.map((button) => button.label) : [],
    ).toEqual(['Key quotes', 'Ask a question']);
  });

  it('renders for a terminal with the exact quote text and the speaker', () => {
    const output = renderConsoleText(buildBriefMessage(article, brief));
    expect(output).toContain('COUNCIL APPROVES BRIDGE');
    expect(output).toContain('  • The council voted 7-2.');
    expect(output).toContain(`“${first}” … “${second}”`);
    expect(output).toContain('— Ana Diaz');
  });
});
