import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { renderConsoleText } from '../../../src/adapters/chat/console/render-console-text.ts';
import { renderDiscordMessage } from '../../../src/adapters/chat/discord/render-discord-message.ts';
import { renderSlackMessage } from '../../../src/adapters/chat/slack/render-slack-message.ts';
import { buildBriefMessage } from '../../../src/core/messages/build-brief-message.ts';
import { buildQuotesMessage } from '../../../src/core/messages/build-quotes-message.ts';
import type { Article } from '../../../src/core/model/article.ts';
import type { Brief } from '../../../src/core/model/brief.ts';
import type { ChatMessage } from '../../../src/core/model/chat-message.ts';
import type { KeyQuote } from '../../../src/core/model/quote.ts';
import { matchTextDirective, parseTextDirective } from './text-fragment-matcher.ts';

const longQuote =
  'We have waited thirty years for this bridge - thirty - and the people of the east bank deserve a crossing that stays open year-round, rain or shine';
const text = [
  'The council voted 7-2 on Tuesday.',
  `“${longQuote},” Mayor Ana Diaz said.`,
  '“It is overdue,” said engineer Bo Lind.',
].join('\n\n');

function quoteOf(quote: string, speaker: string): KeyQuote {
  const start = text.indexOf(quote);
  return { text: quote, speaker, start, end: start + quote.length };
}

const quotes = [quoteOf(longQuote, 'Ana Diaz'), quoteOf('It is overdue,', 'Bo Lind')];

function articleAt(location: string, origin: Article['source']['origin'] = 'page'): Article {
  return {
    id: 'a1',
    title: 'Council approves bridge',
    text,
    source: { origin, completeness: 'full', location },
  };
}

const brief: Brief = {
  articleId: 'a1',
  headline: 'Council approves bridge',
  bullets: ['The council voted 7-2.'],
  keyQuotes: quotes,
  engine: { name: 'offline' },
  options: { length: 'standard' },
  droppedQuotes: 0,
  createdAt: '2026-11-26T00:00:00.000Z',
  fromCache: false,
};

/** Where the link lands in the article, as a browser supporting text fragments would highlight. */
function landing(link: string) {
  return matchTextDirective(text, parseTextDirective(link));
}

function slackTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) => (block.type === 'section' ? [block.text?.text ?? ''] : []));
}

/** `<url|in context>` links in Slack mrkdwn. */
function slackQuoteLinks(message: ChatMessage): string[] {
  const texts = renderSlackMessage(message).flatMap((part) => slackTexts(part.blocks));
  return texts.flatMap((section) =>
    [...section.matchAll(/<([^|>]+)\|in context>/g)].map((match) => match[1] ?? ''),
  );
}

/** `[in context](url)` links in Discord embed descriptions. */
function discordQuoteLinks(message: ChatMessage): string[] {
  const descriptions = renderDiscordMessage(message).flatMap((payload) =>
    payload.embeds.map((embed) => embed.description ?? ''),
  );
  return descriptions.flatMap((description) =>
    [...description.matchAll(/\[in context\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? ''),
  );
}

describe('quote links in rendered briefs', () => {
  const message = buildBriefMessage(articleAt('https://news.example.com/bridge#top'), brief);

  it('gives every quote block a link to the article at the quote (replacing the #top anchor)', () => {
    const blocks = message.blocks.filter((block) => block.type === 'quote');
    expect(blocks).toHaveLength(2);
    for (const [index, block] of blocks.entries()) {
      const link = block.url ?? '';
      expect(link.startsWith('https://news.example.com/bridge#:~:text=')).toBe(true);
      const quote = quotes[index];
      expect(landing(link)).toEqual({ start: quote?.start, end: quote?.end });
    }
  });

  it('Slack: the quote section carries <url|in context> whose fragment lands on the quote', () => {
    const links = slackQuoteLinks(message);
    expect(links).toHaveLength(2);
    const [long, short] = links.map((link) => parseTextDirective(link));
    // Long quote: its first and last words, dash and comma encoded; short quote: its whole text.
    expect(long).toEqual({ start: 'We have waited thirty', end: 'year-round, rain or shine' });
    expect(links[0]).toContain(',year%2Dround%2C%20rain%20or%20shine');
    expect(short).toEqual({ start: 'It is overdue,' });
    for (const [index, link] of links.entries())
      expect(landing(link)).toEqual({ start: quotes[index]?.start, end: quotes[index]?.end });
  });

  it('Discord: the attribution line carries [in context](url) whose fragment lands on the quote', () => {
    const links = discordQuoteLinks(message);
    expect(links).toHaveLength(2);
    for (const [index, link] of links.entries())
      expect(landing(link)).toEqual({ start: quotes[index]?.start, end: quotes[index]?.end });
    const description = renderDiscordMessage(message)[0]?.embeds[0]?.description ?? '';
    expect(description).toMatch(/^> — \*\*Bo Lind\*\* · \[in context\]\(https:\/\/\S+\)$/m);
  });

  it('console: prints the link under the speaker', () => {
    const output = renderConsoleText(message);
    expect(output).toContain(
      '      — Bo Lind\n      https://news.example.com/bridge#:~:text=It%20is%20overdue%2C',
    );
  });

  it('/news quotes keeps the links', () => {
    expect(
      slackQuoteLinks(buildQuotesMessage(articleAt('https://news.example.com/b'), brief)),
    ).toHaveLength(2);
  });

  it('links nothing for pasted text, which has no page to open', () => {
    const pasted = buildBriefMessage(articleAt('pasted text', 'pasted'), brief);
    expect(
      pasted.blocks.filter((block) => block.type === 'quote' && block.url !== undefined),
    ).toEqual([]);
    expect(slackQuoteLinks(pasted)).toEqual([]);
    expect(discordQuoteLinks(pasted)).toEqual([]);
    expect(renderConsoleText(pasted)).not.toContain(':~:text=');
  });

  it('encodes parentheses of the article URL so the Discord Markdown link stays whole', () => {
    const wiki = buildBriefMessage(articleAt('https://en.example.org/wiki/Bridge_(Lund)'), brief);
    const [link = ''] = discordQuoteLinks(wiki);
    expect(link.startsWith('https://en.example.org/wiki/Bridge_%28Lund%29#:~:text=')).toBe(true);
    expect(landing(link)).toEqual({ start: quotes[0]?.start, end: quotes[0]?.end });
  });
});

describe('quote links within platform limits', () => {
  // A quote close to a Slack section and a URL close to what browsers accept.
  const hugeQuote = Array.from({ length: 420 }, (_, index) => `word${index}`).join(' ');
  const bigText = `Intro.\n\n“${hugeQuote},” she said.`;
  const hugeStart = bigText.indexOf(hugeQuote);
  const bigBrief: Brief = {
    ...brief,
    keyQuotes: [
      { text: hugeQuote, speaker: 'Ana Diaz', start: hugeStart, end: hugeStart + hugeQuote.length },
    ],
  };
  const article = (url: string): Article => ({ ...articleAt(url), text: bigText });

  it('keeps every Slack section under 3,000 and every Discord description under 4,096, link intact', () => {
    const url = `https://news.example.com/${'a'.repeat(1_500)}`;
    const message = buildBriefMessage(article(url), bigBrief);
    const slack = renderSlackMessage(message).flatMap((part) => slackTexts(part.blocks));
    for (const section of slack) expect(section.length).toBeLessThanOrEqual(3_000);
    const [slackLink = ''] = slackQuoteLinks(message);
    expect(slackLink.startsWith(url)).toBe(true);
    expect(parseTextDirective(slackLink)).toEqual({
      start: 'word0 word1 word2 word3',
      end: 'word416 word417 word418 word419',
    });
    const embeds = renderDiscordMessage(message).flatMap((payload) => payload.embeds);
    for (const embed of embeds) expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4_096);
    const [discordLink = ''] = discordQuoteLinks(message);
    expect(discordLink).toBe(slackLink);
  });

  it('leaves the link out, never cut, when the URL is too long to fit', () => {
    const url = `https://news.example.com/${'a'.repeat(2_100)}`;
    const message = buildBriefMessage(article(url), bigBrief);
    expect(slackQuoteLinks(message)).toEqual([]);
    expect(discordQuoteLinks(message)).toEqual([]);
    const slack = renderSlackMessage(message).flatMap((part) => slackTexts(part.blocks));
    for (const section of slack) expect(section.length).toBeLessThanOrEqual(3_000);
    expect(slack.join('\n')).toContain('— Ana Diaz');
  });
});
