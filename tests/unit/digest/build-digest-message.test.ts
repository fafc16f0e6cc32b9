import { describe, expect, it } from 'vitest';
import { renderConsoleText } from '../../../src/adapters/chat/console/render-console-text.ts';
import {
  buildDigestMessage,
  describeSince,
} from '../../../src/core/messages/build-digest-message.ts';
import { chatMessageSchema } from '../../../src/core/model/chat-message.ts';
import { digestSchema, type Digest } from '../../../src/core/model/digest.ts';
import { buildDigest } from '../../../src/core/pipeline/build-digest.ts';
import { matchTextDirective, parseTextDirective } from '../messages/text-fragment-matcher.ts';
import { briefFor, fixtureArticle, keyQuote } from './digest-test-data.ts';

const fedAp = fixtureArticle('fed-ap', {
  append: '“The labor market has cooled,” Powell said. “It is time to act.”',
});
const fedBbc = fixtureArticle('fed-bbc');
const quake = fixtureArticle('quake-japantimes');
const first = keyQuote(fedAp, 'The labor market has cooled,', 'Jerome Powell', 1);
const second = keyQuote(fedAp, 'It is time to act.', 'Jerome Powell', 1);
const digest: Digest = buildDigest({
  windowStart: '2026-03-17T08:00:00Z',
  windowEnd: '2026-03-20T08:00:00Z',
  digestId: 'digest-test',
  briefs: [
    { article: fedAp, brief: briefFor(fedAp, [second, first]) },
    { article: fedBbc, brief: briefFor(fedBbc) },
    { article: quake, brief: briefFor(quake) },
  ],
});

describe('buildDigestMessage', () => {
  it('renders heading, intro, then per story a linked headline, summary, quote and sources', () => {
    expect(digestSchema.parse(digest)).toEqual(digest);
    const message = buildDigestMessage(digest);
    expect(chatMessageSchema.parse(message)).toEqual(message);
    expect(message.blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'divider',
      'heading',
      'paragraph',
      'quote',
      'context',
      'divider',
      'heading',
      'paragraph',
      'context',
    ]);
    expect(message.blocks[1]).toEqual({
      type: 'paragraph',
      text: '2 stories from 3 sources since Tuesday 08:00 UTC',
    });
    expect(message.blocks[3]).toEqual({
      type: 'heading',
      text: fedAp.title,
      url: 'https://apnews.example/article/federal-reserve-rate-cut',
    });
    expect(message.blocks[5]).toEqual({
      type: 'quote',
      speaker: 'Jerome Powell',
      parts: [
        { text: first.text, start: first.start, end: first.end },
        { text: second.text, start: second.start, end: second.end },
      ],
      // The quote's own article, opened at the quote: from its first words to its last.
      url: 'https://apnews.example/article/federal-reserve-rate-cut#:~:text=The%20labor%20market%20has,is%20time%20to%20act.',
    });
    const link = message.blocks[5]?.type === 'quote' ? (message.blocks[5].url ?? '') : '';
    expect(matchTextDirective(fedAp.text, parseTextDirective(link))).toEqual({
      start: first.start,
      end: second.end,
    });
    expect(fedAp.text.slice(first.start, first.end)).toBe('The labor market has cooled,');
    expect(message.blocks[6]).toEqual({
      type: 'context',
      text: 'Sources (2): AP News https://apnews.example/article/federal-reserve-rate-cut · BBC News https://www.bbc.example/news/business-fed-rates',
    });
    expect(message.blocks[10]).toEqual({
      type: 'context',
      text: 'Source: The Japan Times https://www.japantimes.example/news/2026/03/20/quake-miyagi',
    });
    expect(message.fallbackText).toContain('2 stories from 3 sources');
  });

  it('names a source without a site name by its host, and one without a link by its title', () => {
    const story = digest.stories[1];
    if (story === undefined) throw new Error('expected two stories');
    const bare: Digest = {
      ...digest,
      stories: [
        {
          ...story,
          sources: [
            { articleId: 'a', title: 'Quake felt in Sendai', url: 'https://www.example.org/quake' },
            { articleId: 'b', title: 'Local report' },
          ],
        },
      ],
    };
    const context = buildDigestMessage(bare).blocks.find((block) => block.type === 'context');
    expect(context).toEqual({
      type: 'context',
      text: 'Sources (2): example.org https://www.example.org/quake · Local report',
    });
  });

  it('gives a short “Nothing new since …” message for an empty digest', () => {
    const empty: Digest = { ...digest, stories: [], timeZone: 'Asia/Tokyo', intro: 'ignored' };
    const message = buildDigestMessage(empty);
    expect(message).toEqual({
      fallbackText: 'Nothing new since Tuesday 17:00.',
      blocks: [
        { type: 'heading', text: 'News digest' },
        { type: 'paragraph', text: 'Nothing new since Tuesday 17:00.' },
      ],
    });
    expect(renderConsoleText(message)).toBe('NEWS DIGEST\n\nNothing new since Tuesday 17:00.\n');
  });
});

describe('describeSince', () => {
  it('names the weekday within a week and the date for older windows', () => {
    expect(describeSince('2026-03-17T08:00:00Z', '2026-03-18T08:00:00Z', 'Europe/London')).toBe(
      'Tuesday 08:00',
    );
    expect(describeSince('2026-03-01T08:00:00Z', '2026-03-18T08:00:00Z', 'Europe/London')).toBe(
      '1 March 08:00',
    );
    expect(describeSince('2026-03-17T08:00:00Z', '2026-03-18T08:00:00Z', 'Mars/Olympus')).toBe(
      'Tuesday 08:00 UTC',
    );
  });
});
