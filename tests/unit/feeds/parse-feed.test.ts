import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/adapters/web/feed/parse-feed.ts';
import { AppError } from '../../../src/core/errors.ts';
import { feedDocumentSchema } from '../../../src/core/model/feed.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const seed = (name: string) =>
  readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');

function parseError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected parseFeed to throw');
}

describe('parseFeed: RSS 2.0 with content:encoded and CDATA', () => {
  const document = parseFeed(fixture('rss2-content-encoded.xml'), 'application/rss+xml', {
    baseUrl: 'https://www.harbourside-chronicle.example/politics/feed/',
  });
  const [bridge, budget] = document.items;

  it('reads the channel and every item in order', () => {
    expect(document.format).toBe('rss');
    expect(document.title).toBe('Harbourside Chronicle \u2013 Politics');
    expect(document.siteUrl).toBe('https://www.harbourside-chronicle.example/politics/');
    expect(document.items.map((item) => item.title)).toEqual([
      'Council approves \u2018harbour bridge\u2019 funding after late-night vote',
      'Budget watchdog warns of \u00a39m shortfall in school repairs',
      'Transport minister to visit port on Friday',
    ]);
    expect(feedDocumentSchema.parse(document)).toEqual(document);
  });

  it('uses the guid as id and strips tracking parameters and fragments from the link', () => {
    expect(bridge?.id).toBe('https://www.harbourside-chronicle.example/?p=48213');
    expect(bridge?.canonicalUrl).toBe(
      'https://www.harbourside-chronicle.example/politics/2024/11/28/council-approves-harbour-bridge-funding/',
    );
    expect(bridge?.url).toContain('utm_source=rss');
    expect(budget?.canonicalUrl).toBe(
      'https://www.harbourside-chronicle.example/politics/2024/11/27/budget-watchdog-school-repairs/',
    );
  });

  it('turns HTML descriptions into plain text and drops the WordPress footer', () => {
    expect(bridge?.summary).toBe(
      'Councillors voted 7\u20134 shortly before midnight to release \u00a342m for the long-delayed crossing. \u201cThis is the day the east side stops being an afterthought,\u201d said Mayor Ellen Okafor.',
    );
    expect(budget?.summary).toBe(
      'The independent auditor says at least 14 schools need urgent roof work & heating repairs.',
    );
  });

  it('keeps content:encoded as paragraphs of text, without scripts', () => {
    expect(bridge?.contentText).toBe(
      [
        'Councillors voted 7\u20134 shortly before midnight to release \u00a342m for the long-delayed crossing.',
        'An artist\u2019s impression',
        '\u201cThis is the day the east side stops being an afterthought,\u201d said Mayor Ellen Okafor after the vote.',
        'Opposition leader Tomasz Wi\u015bniewski called the plan \u201ca blank cheque\u201d.\nConstruction is due to start in spring.',
      ].join('\n\n'),
    );
    expect(bridge?.contentText).not.toContain('trackRead');
    expect(budget?.contentText).toBeUndefined();
  });

  it('reads dates as ISO and the dc:creator as author', () => {
    expect(bridge?.publishedAt).toBe('2024-11-28T13:40:00.000Z');
    expect(bridge?.author).toBe('Priya Raman');
  });
});

describe('parseFeed: Atom with xhtml content and xml:base', () => {
  const document = parseFeed(fixture('atom-xhtml.xml'), 'application/atom+xml', {
    baseUrl: 'https://science-desk.example/feeds/all.atom.xml',
  });
  const [glacier, battery] = document.items;

  it('decodes an html title and resolves links against xml:base', () => {
    expect(document.format).toBe('atom');
    expect(document.title).toBe('Science Desk & Climate');
    expect(document.siteUrl).toBe('https://science-desk.example/');
    expect(glacier?.url).toBe(
      'https://science-desk.example/articles/2024/11/alps-glacier-record.html',
    );
  });

  it('keeps a type="text" title literally and reads xhtml content as text', () => {
    expect(glacier?.title).toBe('Glacier melt in the Alps hit a record <em>this</em> summer');
    expect(glacier?.summary).toBe(
      'Swiss glaciers lost 4% of their volume, monitoring network GLAMOS said.',
    );
    expect(glacier?.contentText).toBe(
      'Swiss glaciers lost 4% of their remaining volume in 2024, the monitoring network GLAMOS said on Thursday.\n\n' +
        '\u201cWe are watching the ice disappear in real time,\u201d said glaciologist Matthias Huss.\n\n' +
        'Record losses at the Rh\u00f4ne glacier\n\nSnow cover below average',
    );
  });

  it('uses the entry id as guid, published (else updated) as date, the feed author as fallback', () => {
    expect(glacier?.id).toBe('tag:science-desk.example,2024-11-28:/articles/alps-glacier-record');
    expect(glacier?.publishedAt).toBe('2024-11-28T07:00:00.000Z');
    expect(glacier?.author).toBe('Lena Hofmann');
    expect(battery?.publishedAt).toBe('2024-11-27T16:45:00.000Z');
    expect(battery?.author).toBe('Science Desk');
  });
});

describe('parseFeed: RDF and JSON Feed', () => {
  it('reads RSS 1.0 with Dublin Core dates and authors', () => {
    const document = parseFeed(fixture('rdf.xml'), 'application/rdf+xml');
    expect(document.format).toBe('rdf');
    expect(document.title).toBe('Tech Wire');
    expect(document.items[0]).toMatchObject({
      id: 'https://tech-wire.example/2024/11/28/chip-export-rules',
      title: 'Regulators tighten chip export rules',
      summary: 'New licences will be required for advanced AI accelerators.',
      contentText: 'New licences will be required for advanced AI accelerators, officials said.',
      publishedAt: '2024-11-27T21:30:00.000Z',
      author: 'Hana Sato',
    });
  });

  it('reads JSON Feed 1.1: html and text content, relative urls, fbclid removed', () => {
    const document = parseFeed(fixture('json-feed.json'), 'application/feed+json', {
      baseUrl: 'https://metro-daily.example/business/feed.json',
    });
    const [bakery, strike] = document.items;
    expect(document.format).toBe('json');
    expect(document.title).toBe('Metro Daily \u2014 Business');
    expect(bakery?.canonicalUrl).toBe(
      'https://metro-daily.example/business/2024/11/28/bakery-chain-expands',
    );
    expect(bakery?.contentText).toBe(
      'The family-owned chain plans its biggest expansion since 1998.\n\n\u201cWe bake where people live,\u201d said chief executive Rosa Lindqvist.',
    );
    expect(bakery?.publishedAt).toBe('2024-11-28T16:00:00.000Z');
    expect(strike?.url).toBe('https://metro-daily.example/business/2024/11/27/port-strike-ends');
    expect(strike?.contentText).toBe(
      'Dock workers voted to accept a 6% raise.\n\nCargo operations resume on Monday.',
    );
    expect(strike?.author).toBe('Metro Daily staff');
  });

  it('reads a JSON Feed 1.0 item with the old single author field', () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'Old JSON',
      items: [{ id: 7, url: 'https://old.example/7', title: 'Seven', author: { name: 'Ada' } }],
    });
    const [item] = parseFeed(body, 'application/json').items;
    expect(item).toMatchObject({ id: '7', title: 'Seven', author: 'Ada' });
  });
});

describe('parseFeed: links', () => {
  const document = parseFeed(fixture('relative-links.xml'), 'application/rss+xml', {
    baseUrl: 'https://valley-gazette.example/feed.xml',
  });

  it('resolves relative links against the channel link', () => {
    expect(document.items.map((item) => item.url)).toEqual([
      'https://valley-gazette.example/news/2024/library-reopens',
      'https://valley-gazette.example/news/2024/farmers-market-indoors',
      undefined,
    ]);
  });

  it('drops a javascript: link and falls back to a content hash id', () => {
    const phone = document.items[2];
    expect(phone?.title).toBe("Mayor's office phone line restored");
    expect(phone?.canonicalUrl).toBeUndefined();
    expect(phone?.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('uses a permalink guid as the link when an item has no <link>', () => {
    const body =
      '<rss version="2.0"><channel><title>P</title><item><title>One</title>' +
      '<guid>https://p.example/one?utm_medium=rss</guid></item></channel></rss>';
    const [item] = parseFeed(body, 'text/xml').items;
    expect(item?.canonicalUrl).toBe('https://p.example/one');
  });
});

describe('parseFeed: things that are not feeds', () => {
  const message = 'That link is not a news feed (RSS, Atom or JSON Feed).';
  const cases: [string, string][] = [
    ['an HTML page', fixture('html-page.html')],
    ['garbage', fixture('garbage.txt')],
    ['an empty body', ''],
    ['whitespace only', '  \n\t '],
    ['truncated XML', '<rss version="2.0"><channel><title>x</title><item><title>unclosed'],
    ['JSON that is not a JSON Feed', '{"status":"ok","data":[1,2,3]}'],
    ['an empty rss element', '<rss version="2.0"></rss>'],
  ];
  for (const [name, body] of cases) {
    it(`refuses ${name} with feed-invalid`, () => {
      const error = parseError(() => parseFeed(body, 'application/xml'));
      expect(error.code).toBe('feed-invalid');
      expect(error.userMessage).toBe(message);
      expect(error.retryable).toBe(false);
    });
  }

  it('accepts a valid feed that has no items yet', () => {
    const document = parseFeed(
      '<rss version="2.0"><channel><title>Brand new</title></channel></rss>',
      'application/rss+xml',
    );
    expect(document).toEqual({ title: 'Brand new', format: 'rss', items: [] });
  });
});

describe('parseFeed: the seed feeds', () => {
  it('reads seeds/feed.xml: five Coastal Ledger items, the bridge story with its full text', () => {
    const document = parseFeed(seed('feed.xml'), 'application/rss+xml');
    expect(document.title).toBe('Coastal Ledger \u2014 Local');
    expect(document.items).toHaveLength(5);
    const bridge = document.items[0];
    expect(bridge?.id).toBe('cl-2026-03-10-4471');
    expect(bridge?.title).toBe('Council narrowly approves $212 million Harbor Bridge replacement');
    expect(bridge?.author).toBe('Maria Okafor');
    expect(bridge?.publishedAt).toBe('2026-03-11T02:42:00.000Z');
    expect(bridge?.contentText).toContain(
      '\u201cThis bridge has carried our city for ninety-one years,\u201d Mayor Harriet Calloway said after the vote,',
    );
    expect(bridge?.contentText).not.toContain('Read the full story');
    expect(new Set(document.items.map((item) => item.id)).size).toBe(5);
  });

  it('reads seeds/feed.atom.xml: three entries from three outlets with plain-text summaries', () => {
    const document = parseFeed(seed('feed.atom.xml'), 'application/atom+xml');
    expect(document.format).toBe('atom');
    expect(document.title).toBe('Port Halvern headlines');
    expect(document.items.map((item) => new URL(item.url ?? '').hostname)).toEqual([
      'example.com',
      'example.org',
      'example.net',
    ]);
    expect(document.items[2]?.summary).toBe(
      'After Tuesday\u2019s 5\u20134 council vote, Eastside residents face a free harbor ferry, a second shuttle route and a temporary walkway while the Harbor Bridge is rebuilt.',
    );
  });
});

describe('parseFeed: newspaper-style descriptions', () => {
  it('drops "Related:" and "Continue reading..." tails from a standfirst + body description', () => {
    const description =
      '&lt;p&gt;The mayor’s plan won by one vote&lt;/p&gt;&lt;p&gt;Councillors approved the bridge on Tuesday.&lt;/p&gt;' +
      '&lt;p&gt; &lt;span&gt;Related: &lt;/span&gt;&lt;a href="https://news.example/a"&gt;What the vote means&lt;/a&gt; &lt;/p&gt; ' +
      '&lt;a href="https://news.example/b"&gt;Continue reading...&lt;/a&gt;';
    const body =
      '<rss version="2.0"><channel><title>N</title><item><title>Vote</title>' +
      `<link>https://news.example/b?CMP=share_btn_tw&amp;wt_mc=rss.atom</link><description>${description}</description>` +
      '</item></channel></rss>';
    const [item] = parseFeed(body, 'application/rss+xml').items;
    expect(item?.summary).toBe(
      'The mayor’s plan won by one vote Councillors approved the bridge on Tuesday.',
    );
    expect(item?.canonicalUrl).toBe('https://news.example/b');
  });
});
