import { describe, it, expect } from 'vitest';
import { findQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

function direct(text: string) {
  return findQuotations(text).filter((quote) => quote.kind === 'direct' && quote.depth === 0);
}

describe('findQuotations', () => {
  it('keeps offsets into the text and leaves out the marks and a trailing comma', () => {
    const text =
      'The mayor spoke. “We will rebuild this bridge,” Mayor Ann Cole said. “It will take a year.”';
    const quotes = direct(text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'We will rebuild this bridge',
      'It will take a year.',
    ]);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('gives both parts of a split quote one group and one speaker', () => {
    const text =
      '“It is possible that they want trouble,” Putin said. “But I think he will find a solution.”';
    const [first, second] = direct(text);
    expect(first?.group).toBe(second?.group);
    expect(first?.speaker).toBe('Putin');
    expect(second?.speaker).toBe('Putin');
  });

  it('does not end a quote at apostrophes (don’t, Ukraine’s, the ’90s, students’ union)', () => {
    const text =
      '“We don’t accept Ukraine’s terms, not since the ’90s, and the students’ union agrees,” Ivan Petrov said.';
    expect(direct(text).map((quote) => quote.text)).toEqual([
      'We don’t accept Ukraine’s terms, not since the ’90s, and the students’ union agrees',
    ]);
  });

  it('finds a quote nested inside a quote at depth 1', () => {
    const text = '“He told me ‘no way, not today’ twice,” said Maria Lopez.';
    const quotes = findQuotations(text);
    expect(quotes.map((quote) => [quote.text, quote.depth])).toEqual([
      ['He told me ‘no way, not today’ twice', 0],
      ['no way, not today', 1],
    ]);
    expect(quotes[0]?.speaker).toBe('Maria Lopez');
  });

  it('reads straight double marks and UK single marks', () => {
    const straight = 'Coach Sam Reid was blunt. "We were not good enough today," Reid said.';
    expect(direct(straight)[0]).toMatchObject({
      text: 'We were not good enough today',
      speaker: 'Sam Reid',
    });
    const british = 'Dr Jane Hall said: ‘The ward is full and we can’t take anyone else.’';
    expect(direct(british)[0]).toMatchObject({
      text: 'The ward is full and we can’t take anyone else.',
      speaker: 'Jane Hall',
    });
  });

  it('returns nothing for an article without quotes', () => {
    expect(
      findQuotations('Snow fell across the plains on Tuesday. Roads were closed.\n\nIt’s cold.'),
    ).toEqual([]);
  });

  it('does not let an unbalanced mark swallow the rest of the article', () => {
    const text =
      'Ruth Adebayo said the vote was "long overdue.\n\n"Where are they supposed to park?" said Mike Donnelly.\n\nThe end.';
    const quotes = direct(text);
    expect(quotes.map((quote) => quote.text)).toEqual(['Where are they supposed to park?']);
    expect(quotes[0]?.speaker).toBe('Mike Donnelly');
  });

  it('joins a quote that runs over two paragraphs into one group', () => {
    const text =
      '"Every day the trains break down," Mayor Elena Varga said. "We have to fix them.\n\n"I will not apologize for that."';
    const quotes = direct(text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Every day the trains break down',
      'We have to fix them.',
      'I will not apologize for that.',
    ]);
    expect(new Set(quotes.map((quote) => quote.group)).size).toBe(1);
    expect(quotes.every((quote) => quote.speaker === 'Elena Varga')).toBe(true);
  });

  it('resolves a pronoun to the latest person named and reports the full name', () => {
    const text =
      'Senate leader Mitch McConnell spoke after the vote. Later, McConnell met reporters.\n\n"Shutting down the government is never a winning strategy," he said.';
    expect(direct(text)[0]?.speaker).toBe('Mitch McConnell');
  });

  it('resolves a role noun to the person the text gave that role', () => {
    const text =
      'Rovers manager Tom Ashworth was close to tears.\n\n“It is the best day of my career,” the manager said.';
    expect(direct(text)[0]?.speaker).toBe('Tom Ashworth');
  });

  it('uses an attribution ending with a colon in the sentence before', () => {
    const text =
      'Dr. Hannah Koenig described what divers found:\n\n"There was barely a healthy colony left on some reefs."';
    expect(direct(text)[0]?.speaker).toBe('Hannah Koenig');
  });

  it('tells partial, scare and name quotes from direct ones', () => {
    const text =
      'Putin called him “clever and experienced” and praised the so-called “deal” and the new “Oreshnik” missile.';
    expect(findQuotations(text).map((quote) => [quote.text, quote.kind])).toEqual([
      ['clever and experienced', 'partial'],
      ['deal', 'scare'],
      ['Oreshnik', 'name'],
    ]);
  });

  it('reads guillemets and German low-high marks', () => {
    const text =
      '«Unity is our strongest weapon», von der Leyen said. „Wir schaffen das“, sagte Angela Merkel.';
    expect(findQuotations(text).map((quote) => quote.text)).toEqual([
      'Unity is our strongest weapon',
      'Wir schaffen das',
    ]);
    expect(findQuotations(text)[0]?.speaker).toBe('von der Leyen');
  });
});
