import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { summarizeArticle } from '../../../src/core/engines/summary/summarize-article.ts';
import { loadSummaryFixtures } from '../../fixtures/summaries/load-summary-fixtures.ts';

const fixtures = loadSummaryFixtures();
const seedText = readFileSync(
  new URL('../../../seeds/putin-trump-ukraine-2024-11-28.txt', import.meta.url),
  'utf8',
);
const seedTitle =
  'Putin Says He’s Confident Trump Can Navigate Ukraine Crisis, Repair US–Russia Ties';

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

describe('summarizeArticle', () => {
  it('returns verbatim sentences with exact offsets, in article order', () => {
    for (const fixture of fixtures) {
      const { bullets } = summarizeArticle(fixture, { length: 'detailed' });
      expect(bullets.length, fixture.id).toBeGreaterThan(0);
      for (const bullet of bullets)
        expect(fixture.text.slice(bullet.start, bullet.end)).toBe(bullet.text);
      const starts = bullets.map((bullet) => bullet.start);
      expect(starts).toEqual([...starts].sort((left, right) => left - right));
    }
  });

  it('gives 3, 4 and 5 bullets for short, standard and detailed', () => {
    const article = { title: seedTitle, text: seedText };
    expect(summarizeArticle(article, { length: 'short' }).bullets).toHaveLength(3);
    expect(summarizeArticle(article, { length: 'standard' }).bullets).toHaveLength(4);
    expect(summarizeArticle(article, { length: 'detailed' }).bullets).toHaveLength(5);
  });

  it('does not repeat a fact: the seed’s standfirst and its near-identical lead are not both chosen', () => {
    const { bullets } = summarizeArticle(
      { title: seedTitle, text: seedText },
      { length: 'detailed' },
    );
    const texts = bullets.map((bullet) => bullet.text);
    const standfirst = texts.some((text) =>
      text.startsWith('Russian President Vladimir Putin believes'),
    );
    const lead = texts.some((text) =>
      text.startsWith('Russian President Vladimir Putin on Thursday'),
    );
    expect(standfirst && lead).toBe(false);
    for (const [position, left] of texts.entries()) {
      for (const right of texts.slice(position + 1)) {
        const leftWords = wordSet(left);
        const rightWords = wordSet(right);
        const shared = [...leftWords].filter((word) => rightWords.has(word)).length;
        expect(shared / Math.min(leftWords.size, rightWords.size)).toBeLessThan(0.7);
      }
    }
  });

  it('leaves out page debris, a repeated title and sentences that are all quotation', () => {
    const { bullets } = summarizeArticle(
      { title: seedTitle, text: seedText },
      { length: 'detailed' },
    );
    for (const bullet of bullets) {
      expect(bullet.text).not.toBe(seedTitle);
      expect(bullet.text).not.toMatch(/^(?:Tom Ozimek|Updated:|0:00|twitter)$/);
      expect(bullet.text).not.toMatch(/^“/);
      expect(bullet.text).not.toMatch(/Getty Images/);
    }
  });

  it('prefers the reporter’s fact over an anecdotal lead in a feature story', () => {
    const feature = fixtures.find((fixture) => fixture.id === '15-feature-anecdotal-nurse');
    expect(feature).toBeDefined();
    const { bullets } = summarizeArticle(feature!, { length: 'short' });
    expect(bullets.map((bullet) => bullet.text)).toContain(
      'Harlan County Memorial is one of more than 100 rural hospitals nationwide that have stopped delivering babies in the past five years, according to an analysis by the Center for Rural Health Policy.',
    );
    expect(bullets[0]?.text).not.toMatch(/^Kayla Benton’s contractions/);
  });

  it('skips a pronoun opener when the sentence it depends on is not chosen', () => {
    const text = [
      'The city council approved a new budget of $40 million for road repairs on Tuesday night.',
      'Council members voted 7-2 after a long debate about potholes and bridge safety downtown.',
      'The plan also adds two new bus routes to the eastern suburbs starting next spring.',
      'Residents can comment on the repair schedule at a public meeting next month at city hall.',
      'He said Mayor Ruiz would sign the council road budget on Friday and start repairs in May.',
    ].join(' ');
    const { bullets } = summarizeArticle(
      { title: 'Council approves road budget', text },
      { length: 'short' },
    );
    expect(bullets.map((bullet) => bullet.text)).not.toContain(
      'He said Mayor Ruiz would sign the council road budget on Friday and start repairs in May.',
    );
  });

  it('is deterministic', () => {
    const article = { title: seedTitle, text: seedText };
    expect(summarizeArticle(article, { length: 'standard' })).toEqual(
      summarizeArticle(article, { length: 'standard' }),
    );
  });

  it('gives at most two bullets for a two-sentence article', () => {
    const text =
      'The museum reopened on Monday after a two-year renovation. Visitors lined up around the block.';
    const { bullets } = summarizeArticle({ title: 'Museum reopens', text }, { length: 'detailed' });
    expect(bullets.map((bullet) => bullet.text)).toEqual([
      'The museum reopened on Monday after a two-year renovation.',
      'Visitors lined up around the block.',
    ]);
  });

  it('handles empty text', () => {
    expect(summarizeArticle({ title: '', text: '' }, { length: 'standard' })).toEqual({
      headline: '',
      bullets: [],
    });
    expect(
      summarizeArticle({ title: 'Storm closes schools', text: '  \n ' }, { length: 'short' }),
    ).toEqual({
      headline: 'Storm closes schools',
      bullets: [],
    });
  });

  it('uses the title without its site suffix as the headline', () => {
    const summary = summarizeArticle(
      { title: `${seedTitle} | The Epoch Times`, text: seedText },
      { length: 'short' },
    );
    expect(summary.headline).toBe(seedTitle);
  });

  it('condenses the lead sentence into a headline when the title is missing', () => {
    const wire = fixtures.find((fixture) => fixture.id === '09-wire-central-bank');
    expect(wire).toBeDefined();
    const summary = summarizeArticle({ title: '', text: wire!.text }, { length: 'standard' });
    expect(summary.headline).toBe(
      'The Bank of Norland raised its benchmark interest rate on Wednesday for the first time since 2008',
    );
  });
});
