import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../../src/core/pipeline/parse-plain-text-article.ts';

const seedPath = new URL('../../../seeds/putin-trump-ukraine-2024-11-28.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');
const title = 'Putin Says He’s Confident Trump Can Navigate Ukraine Crisis, Repair US–Russia Ties';

/** The seed's body paragraphs: every line from the first "Russian President … on Thursday" to "Kyiv." */
function seedBodyParagraphs(): string[] {
  const lines = seed.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) =>
    line.startsWith('Russian President Vladimir Putin on Thursday'),
  );
  const end = lines.findIndex((line) => line.endsWith('capital, Kyiv.'));
  return lines.slice(start, end + 1).filter((line) => line.length > 0);
}

describe('parsePlainTextArticle on the seed article', () => {
  const parsed = parsePlainTextArticle(seed);

  it('takes the headline as the title and the name under it as the byline', () => {
    expect(parsed.title).toBe(title);
    expect(parsed.byline).toBe('Tom Ozimek');
    expect(parsed.publishedAt).toBeUndefined();
  });

  it('keeps every body paragraph verbatim, as an exact substring of the text', () => {
    const paragraphs = seedBodyParagraphs();
    expect(paragraphs).toHaveLength(13);
    for (const paragraph of paragraphs) expect(parsed.text).toContain(paragraph);
  });

  it('separates paragraphs with a blank line, including the two the page glued with one newline', () => {
    expect(parsed.text).toContain('Of course, this is an option.”\n\nTrump recently announced');
    expect(parsed.text.split('\n\n')).toHaveLength(14);
  });

  it('drops the repeated title, caption, credit, Updated:, player time, bio and twitter', () => {
    expect(parsed.text).not.toContain(title);
    expect(parsed.text).not.toContain('talks to the media after attending');
    expect(parsed.text).not.toContain('Getty Images');
    expect(parsed.text).not.toContain('Updated:');
    expect(parsed.text).not.toContain('0:00');
    expect(parsed.text).not.toContain('senior reporter for The Epoch Times');
    expect(parsed.text).not.toContain('Tom Ozimek');
    expect(parsed.text).not.toMatch(/twitter/iu);
    expect(parsed.text).not.toMatch(/^Reporter$/mu);
    expect(parsed.text.endsWith('decision-making centers in Ukraine’s capital, Kyiv.')).toBe(true);
  });

  it('keeps the standfirst, which is a real sentence', () => {
    expect(
      parsed.text.startsWith(
        'Russian President Vladimir Putin believes President-elect Donald Trump',
      ),
    ).toBe(true);
  });

  it('lists what it removed', () => {
    expect(parsed.removedLines).toEqual([
      title,
      title,
      expect.stringContaining('Mikhail Tereshchenko/AFP/Getty Images'),
      'Tom Ozimek',
      'Updated:',
      '0:00',
      'Tom Ozimek',
      'Tom Ozimek',
      'Reporter',
      expect.stringContaining('Tom Ozimek is a senior reporter'),
      'twitter',
    ]);
  });
});

describe('parsePlainTextArticle on other shapes', () => {
  it('reads a "By" byline and a dated Published: line', () => {
    const parsed = parsePlainTextArticle(
      'Council passes budget\nBy Jane Doe and John Roe\nPublished: Nov. 28, 2024\n\nThe council passed the budget on Tuesday after a long debate. It takes effect in January.\n',
    );
    expect(parsed.title).toBe('Council passes budget');
    expect(parsed.byline).toBe('Jane Doe and John Roe');
    expect(parsed.publishedAt).toBe(new Date('Nov. 28, 2024').toISOString());
    expect(parsed.text).toBe(
      'The council passed the budget on Tuesday after a long debate. It takes effect in January.',
    );
  });

  it('uses the first sentence as the title when the text starts with a paragraph', () => {
    const parsed = parsePlainTextArticle(
      'The council passed the budget on Tuesday. It takes effect in January.',
    );
    expect(parsed.title).toBe('The council passed the budget on Tuesday.');
    expect(parsed.text).toBe(
      'The council passed the budget on Tuesday. It takes effect in January.',
    );
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const wrapped = [
      'Storm closes schools',
      '',
      'Schools across the county were closed on Monday after a storm brought down',
      'power lines and left thousands of homes without electricity, officials said',
      'in a statement issued early in the morning.',
      '',
      'Crews expect to restore power to most homes by Wednesday, the utility said in',
      'an update posted to its website late on Sunday night after the storm passed.',
    ].join('\n');
    const parsed = parsePlainTextArticle(wrapped);
    expect(parsed.text).toBe(
      'Schools across the county were closed on Monday after a storm brought down power lines and left thousands of homes without electricity, officials said in a statement issued early in the morning.\n\nCrews expect to restore power to most homes by Wednesday, the utility said in an update posted to its website late on Sunday night after the storm passed.',
    );
  });

  it('returns empty text for blank input', () => {
    expect(parsePlainTextArticle('  \n\n ').text).toBe('');
  });
});
