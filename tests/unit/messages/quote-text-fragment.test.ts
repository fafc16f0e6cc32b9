import { describe, expect, it } from 'vitest';
import {
  encodeTextDirectiveTerm,
  quoteLink,
  type QuoteSpan,
} from '../../../src/core/messages/quote-text-fragment.ts';
import { matchTextDirective, parseTextDirective } from './text-fragment-matcher.ts';

const url = 'https://news.example.com/2026/bridge';

/** The span of `quote` in `text` (its first occurrence after `from`). */
function spanOf(text: string, quote: string, from = 0): QuoteSpan {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { text: quote, start, end: start + quote.length };
}

/** Follows the link as a browser would and returns the offsets it highlights. */
function highlighted(link: string | undefined, text: string) {
  if (link === undefined) throw new Error('no link');
  return matchTextDirective(text, parseTextDirective(link));
}

describe('quoteLink (URL text fragments)', () => {
  it('matches a short quote whole', () => {
    const text = 'The council met. “We will build it,” Mayor Ana Diaz said.';
    const quote = spanOf(text, 'We will build it,');
    const link = quoteLink(url, [quote], text);
    expect(link).toBe(`${url}#:~:text=We%20will%20build%20it%2C`);
    expect(parseTextDirective(link ?? '')).toEqual({ start: 'We will build it,' });
    expect(highlighted(link, text)).toEqual({ start: quote.start, end: quote.end });
  });

  it('percent-encodes the syntax characters - , & and the Markdown link delimiters', () => {
    expect(encodeTextDirectiveTerm('state-of-the-art, R&D (new)')).toBe(
      'state%2Dof%2Dthe%2Dart%2C%20R%26D%20%28new%29',
    );
    const text = '“Cross-border trade, jobs & growth (all of it) matter,” she said.';
    const quote = spanOf(text, 'Cross-border trade, jobs & growth (all of it) matter,');
    const link = quoteLink(url, [quote], text) ?? '';
    const fragment = link.slice(link.indexOf('#:~:text=') + ':~:text='.length);
    // One comma left: the one between textStart and textEnd.
    expect(fragment.split(',')).toHaveLength(2);
    expect(fragment).not.toMatch(/[-&()]/);
    expect(parseTextDirective(link)).toEqual({
      start: 'Cross-border trade, jobs &',
      end: '(all of it) matter,',
    });
    expect(highlighted(link, text)).toEqual({ start: quote.start, end: quote.end });
  });

  it('links a long quote by its first and last few words', () => {
    const text =
      'He spoke at length. “We have been waiting for this bridge for thirty years and the people of this town deserve better,” he said.';
    const quote = spanOf(
      text,
      'We have been waiting for this bridge for thirty years and the people of this town deserve better,',
    );
    const link = quoteLink(url, [quote], text);
    expect(parseTextDirective(link ?? '')).toEqual({
      start: 'We have been waiting',
      end: 'this town deserve better,',
    });
    expect(highlighted(link, text)).toEqual({ start: quote.start, end: quote.end });
  });

  it('matches a quote across a line break (collapsed whitespace), never a term across a paragraph', () => {
    const wrapped = 'She said “the budget is\n  balanced” today.';
    const short = spanOf(wrapped, 'the budget is\n  balanced');
    const shortLink = quoteLink(url, [short], wrapped);
    expect(parseTextDirective(shortLink ?? '')).toEqual({
      start: 'the budget is',
      end: 'balanced',
    });
    expect(highlighted(shortLink, wrapped)).toEqual({ start: short.start, end: short.end });

    const paragraphs = 'Intro.\n\n“First we fix the roads.\n\nThen we fix the schools,” he said.';
    const long = spanOf(paragraphs, 'First we fix the roads.\n\nThen we fix the schools,');
    const longLink = quoteLink(url, [long], paragraphs);
    const directive = parseTextDirective(longLink ?? '');
    expect(directive.start).not.toContain('Then');
    expect(highlighted(longLink, paragraphs)).toEqual({ start: long.start, end: long.end });
  });

  it('spans the parts of a split quote, attribution included', () => {
    const text = '“We will build it,” Mayor Ana Diaz said. “It is overdue and it is needed.”';
    const first = spanOf(text, 'We will build it,');
    const second = spanOf(text, 'It is overdue and it is needed.');
    const link = quoteLink(url, [first, second], text);
    expect(parseTextDirective(link ?? '')).toEqual({
      start: 'We will build it,',
      end: 'and it is needed.',
    });
    expect(highlighted(link, text)).toEqual({ start: first.start, end: second.end });
  });

  it('grows textStart until its first match is the quote, not an earlier sentence', () => {
    const text =
      'The minister said the plan will work. Later: “The plan will work because the money is finally there,” she said.';
    const quote = spanOf(text, 'The plan will work because the money is finally there,');
    const link = quoteLink(url, [quote], text);
    expect(parseTextDirective(link ?? '').start).toBe('The plan will work because');
    expect(highlighted(link, text)).toEqual({ start: quote.start, end: quote.end });
  });

  it('grows textEnd when its words appear earlier inside the quote', () => {
    const text =
      '“Vote yes on Monday, I said; vote yes on Monday, they said; vote yes on Monday,” he recalled.';
    const quote = spanOf(
      text,
      'Vote yes on Monday, I said; vote yes on Monday, they said; vote yes on Monday,',
    );
    const link = quoteLink(url, [quote], text);
    expect(parseTextDirective(link ?? '').end).toBe('they said; vote yes on Monday,');
    expect(highlighted(link, text)).toEqual({ start: quote.start, end: quote.end });
    // Without the article text the quote alone still gives a textEnd that ends the range at the quote's end.
    const alone = quoteLink(url, [quote]);
    expect(highlighted(alone, text)).toEqual({ start: quote.start, end: quote.end });
  });

  it('replaces an existing #fragment and keeps the query', () => {
    const text = '“Enough is enough,” he said.';
    const quote = spanOf(text, 'Enough is enough,');
    expect(quoteLink('https://example.com/a?id=7#comments', [quote])).toBe(
      'https://example.com/a?id=7#:~:text=Enough%20is%20enough%2C',
    );
    expect(quoteLink('https://example.com/a#:~:text=other', [quote])).toBe(
      'https://example.com/a#:~:text=Enough%20is%20enough%2C',
    );
  });

  it('gives no link for a quote with no words', () => {
    expect(quoteLink(url, [{ text: ' \n ', start: 0, end: 3 }])).toBeUndefined();
    expect(quoteLink(url, [])).toBeUndefined();
  });

  it('encodes non-ASCII text as UTF-8 and survives a lone surrogate', () => {
    const text = '„Wir schaffen das“, sagte Merkel.';
    const quote = spanOf(text, 'Wir schaffen das');
    expect(quoteLink(url, [quote], text)).toBe(`${url}#:~:text=Wir%20schaffen%20das`);
    expect(encodeTextDirectiveTerm('Zürich')).toBe('Z%C3%BCrich');
    expect(encodeTextDirectiveTerm('bad \uD800 text')).toBe('bad%20%EF%BF%BD%20text');
  });
});
