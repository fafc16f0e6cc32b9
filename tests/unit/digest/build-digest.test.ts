import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/model/article.ts';
import type { Brief } from '../../../src/core/model/brief.ts';
import { digestIdFor } from '../../../src/core/model/digest.ts';
import { buildDigest } from '../../../src/core/pipeline/build-digest.ts';
import { briefFor, fixtureArticle, keyQuote } from './digest-test-data.ts';

const powellSays = '“We are not in a hurry to cut again,” Powell said.';
const fedReuters = fixtureArticle('fed-reuters', { append: powellSays });
const fedAp = fixtureArticle('fed-ap', {
  append: '“The labor market has cooled,” Powell said. “It is time to act.”',
});
const fedBbc = fixtureArticle('fed-bbc');
const ecbFt = fixtureArticle('ecb-ft', { append: '“We are well placed to wait,” Lagarde said.' });
const ecbDw = fixtureArticle('ecb-dw');
const quake = fixtureArticle('quake-nhk');

const window = {
  windowStart: '2026-03-17T08:00:00Z',
  windowEnd: '2026-03-20T08:00:00Z',
  digestId: 'digest-test',
};

function entries(...pairs: [Article, Brief][]): { article: Article; brief: Brief }[] {
  return pairs.map(([article, brief]) => ({ article, brief }));
}

const standard = entries(
  [
    fedReuters,
    briefFor(fedReuters, [
      keyQuote(fedReuters, 'We are not in a hurry to cut again,', 'Jerome Powell'),
    ]),
  ],
  [
    fedAp,
    briefFor(fedAp, [
      keyQuote(fedAp, 'The labor market has cooled,', 'Jerome Powell', 1),
      keyQuote(fedAp, 'It is time to act.', 'Jerome Powell', 1),
    ]),
  ],
  [fedBbc, briefFor(fedBbc)],
  [ecbFt, briefFor(ecbFt, [keyQuote(ecbFt, 'We are well placed to wait,', 'Christine Lagarde')])],
  [ecbDw, briefFor(ecbDw)],
  [quake, briefFor(quake)],
);

describe('buildDigest', () => {
  it('groups articles by story and orders stories by number of sources, then recency', () => {
    const digest = buildDigest({ ...window, briefs: standard });
    expect(
      digest.stories.map((story) => story.sources.map((source) => source.articleId).sort()),
    ).toEqual([['fed-ap', 'fed-bbc', 'fed-reuters'], ['ecb-dw', 'ecb-ft'], ['quake-nhk']]);
    expect(digest.id).toBe('digest-test');
  });

  it('lists every article exactly once, with its title, link and outlet', () => {
    const digest = buildDigest({ ...window, briefs: standard });
    const sources = digest.stories.flatMap((story) => story.sources);
    expect(sources.map((source) => source.articleId).sort()).toEqual([
      'ecb-dw',
      'ecb-ft',
      'fed-ap',
      'fed-bbc',
      'fed-reuters',
      'quake-nhk',
    ]);
    expect(sources.find((source) => source.articleId === 'fed-bbc')).toEqual({
      articleId: 'fed-bbc',
      title: 'US central bank lowers interest rates amid jobs slowdown',
      url: 'https://www.bbc.example/news/business-fed-rates',
      siteName: 'BBC News',
    });
  });

  it('takes the representative’s first verified key quote, with the other parts of a split quote', () => {
    const digest = buildDigest({ ...window, briefs: standard });
    const fed = digest.stories[0];
    expect(fed?.sources[0]?.articleId).toBe('fed-reuters');
    expect(fed?.bestQuote).toEqual({
      articleId: 'fed-reuters',
      speaker: 'Jerome Powell',
      parts: [keyQuote(fedReuters, 'We are not in a hurry to cut again,', 'Jerome Powell')],
    });
    const withoutReutersQuote = standard.map((entry) =>
      entry.article.id === 'fed-reuters'
        ? { ...entry, brief: { ...entry.brief, keyQuotes: [] } }
        : entry,
    );
    const fallback = buildDigest({ ...window, briefs: withoutReutersQuote }).stories[0]?.bestQuote;
    expect(fallback?.articleId).toBe('fed-ap');
    expect(fallback?.parts.map((part) => part.text)).toEqual([
      'The labor market has cooled,',
      'It is time to act.',
    ]);
  });

  it('never shows a quote that is not a verbatim span of its article, nor one made from bullets', () => {
    const shifted = {
      ...keyQuote(fedReuters, 'We are not in a hurry to cut again,', 'Jerome Powell'),
    };
    shifted.start += 1;
    shifted.end += 1;
    const tampered = entries(
      [fedReuters, briefFor(fedReuters, [shifted], ['“We will cut rates forever,” Powell said.'])],
      [fedBbc, briefFor(fedBbc)],
    );
    const digest = buildDigest({ ...window, briefs: tampered });
    expect(digest.stories.every((story) => story.bestQuote === undefined)).toBe(true);
  });

  it('prefers the full text over a paywalled copy as the representative, even when later', () => {
    const paywalled = fixtureArticle('fed-reuters', { completeness: 'paywalled' });
    const briefs = entries(
      [paywalled, briefFor(paywalled)],
      [fedBbc, briefFor(fedBbc)],
      [fedAp, briefFor(fedAp)],
    );
    const story = buildDigest({ ...window, briefs }).stories[0];
    expect(story?.sources.map((source) => source.articleId)).toEqual([
      'fed-ap',
      'fed-bbc',
      'fed-reuters',
    ]);
    expect(story?.headline).toBe(fedAp.title);
    expect(story?.url).toBe('https://apnews.example/article/federal-reserve-rate-cut');
  });

  it('keeps at most maxStories and says how many there were, in the subscription’s time zone', () => {
    const digest = buildDigest({
      ...window,
      briefs: standard,
      maxStories: 2,
      timeZone: 'Europe/Berlin',
    });
    expect(digest.stories).toHaveLength(2);
    expect(digest.intro).toBe('2 stories (the top 2 of 3) from 5 sources since Tuesday 09:00');
    expect(buildDigest({ ...window, briefs: standard }).intro).toBe(
      '3 stories from 6 sources since Tuesday 08:00 UTC',
    );
  });

  it('cuts a long first bullet to one line of about 200 characters at a word boundary', () => {
    const long = `${'The committee said the economy was slowing '.repeat(8)}\nand more.`;
    const digest = buildDigest({
      ...window,
      briefs: entries([quake, briefFor(quake, [], [long])]),
    });
    const summary = digest.stories[0]?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary.endsWith('…')).toBe(true);
    const kept = summary.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' ');
    expect(kept.length).toBeGreaterThan(150);
    expect(summary).not.toContain('\n');
  });

  it('takes order, intro and summaries from a composer, but never its quotes or sources', () => {
    const draft = buildDigest({ ...window, briefs: standard });
    const [fed, ecb, japan] = draft.stories;
    const digest = buildDigest({
      ...window,
      briefs: standard,
      composition: {
        intro: 'Central banks split;\nJapan shakes.',
        stories: [
          { storyId: japan?.storyId ?? '', summary: 'A 6.4 quake hit off Miyagi.' },
          { storyId: 'story-invented', summary: 'Made up.' },
          { storyId: fed?.storyId ?? '', summary: '' },
        ],
      },
    });
    expect(digest.intro).toBe('Central banks split; Japan shakes.');
    expect(digest.stories.map((story) => story.storyId)).toEqual([
      japan?.storyId,
      fed?.storyId,
      ecb?.storyId,
    ]);
    expect(digest.stories[0]?.summary).toBe('A 6.4 quake hit off Miyagi.');
    expect(digest.stories[1]).toEqual(fed);
  });

  it('says nothing is new when the window is empty', () => {
    const digest = buildDigest({ ...window, briefs: [], timeZone: 'America/New_York' });
    expect(digest.stories).toEqual([]);
    expect(digest.intro).toBe('Nothing new since Tuesday 04:00.');
  });
});

describe('digestIdFor', () => {
  it('is the same for the same subscription and instant, and differs otherwise', () => {
    const id = digestIdFor('sub-1', '2026-03-20T08:00:00Z');
    expect(id).toBe(digestIdFor('sub-1', '2026-03-20T09:00:00+01:00'));
    expect(id).not.toBe(digestIdFor('sub-2', '2026-03-20T08:00:00Z'));
    expect(id).not.toBe(digestIdFor('sub-1', '2026-03-21T08:00:00Z'));
    expect(id).toMatch(/^digest-[0-9a-f]{24}$/);
  });
});
