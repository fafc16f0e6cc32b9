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

  it('gives 3 bullets for short, 4 for standard and 5 for detailed, as .env.example documents', () => {
    const article = { title: seedTitle, text: seedText };
    expect(summarizeArticle(article, { length: 'short' }).bullets).toHaveLength(3);
    expect(summarizeArticle(article, { length: 'standard' }).bullets).toHaveLength(4);
    expect(summarizeArticle(article, { length: 'detailed' }).bullets).toHaveLength(5);
  });

  it('gives four standard bullets even when every sentence is long', () => {
    const long = [
      'The city council approved a $40 million road repair budget on Tuesday night after a debate that ran for more than five hours and drew hundreds of residents to city hall, many of them angry about potholes.',
      'Council members voted 7-2 for the plan, which repairs 120 miles of streets, replaces three bridges and adds two bus routes to the eastern suburbs that have been without service since the pandemic.',
      'The money comes from a sales tax increase approved by voters last year, the first rise in the city’s sales tax in more than two decades, and from a state grant awarded in March for bridge safety.',
      'Repairs on the Main Street bridge, which has been closed to trucks since an inspection found cracks in its supports last winter, will start in May and are expected to last about six months.',
    ].join(' ');
    const summary = summarizeArticle(
      { title: 'Council approves road budget', text: long },
      { length: 'standard' },
    );
    expect(summary.bullets).toHaveLength(4);
  });

  it('gives fewer bullets than asked only when the article has fewer distinct facts', () => {
    const text = [
      'The Harlow Library reopened on Monday after a two-year renovation that cost $12 million.',
      'Visitors lined up around the block before the doors opened at 9 a.m.',
      'The new building has a rooftop reading room and a makerspace with 3D printers.',
    ].join(' ');
    const summary = summarizeArticle({ title: 'Library reopens', text }, { length: 'detailed' });
    expect(summary.bullets).toHaveLength(3);
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

  it('leaves out a tabloid’s "Pictured:" caption line', () => {
    const text = [
      'Heart attack and stroke patients waited an average of an hour and a half for an ambulance last month, new figures show.',
      'The response times were the worst since records began in 2017, and five times longer than the target.',
      'Pictured: Ambulances queue outside the Royal Cornwall Hospital in Truro last week',
      'Paramedics blamed the delays on crowded emergency departments with no free beds.',
    ].join('\n\n');
    const { bullets } = summarizeArticle(
      { title: 'Ambulance waits', text },
      { length: 'detailed' },
    );
    expect(bullets.map((bullet) => bullet.text).join(' ')).not.toMatch(/Pictured/);
  });

  it('leaves out a tabloid caption that says "pictured" and has no full stop, keeps a sentence that does', () => {
    const text = [
      'A dog owner has admitted his animal savaged a grandmother in a park in Wolverhampton last spring.',
      'Kieran Walsh, 33, pictured arriving at Wolverhampton Crown Court, admitted being the owner of a dangerous dog',
      'The victim, pictured in hospital by her family, has needed 14 operations since the attack.',
      'Walsh will be sentenced next month and has been told to expect a custodial term.',
    ].join('\n\n');
    const bullets = summarizeArticle({ title: 'Dog attack', text }, { length: 'detailed' }).bullets;
    const joined = bullets.map((bullet) => bullet.text).join(' ');
    expect(joined).not.toContain('pictured arriving');
    expect(joined).toContain('has needed 14 operations');
  });

  it('treats a British paper’s single-quoted paragraph as quotation, not reporting', () => {
    const text = [
      'The dancer and the former flanker have split after 11 years of marriage, friends said on Wednesday.',
      'The couple confirmed the news in a joint statement and asked for privacy for their two children.',
      "'After a lot of thought and many honest conversations, we have decided to end our marriage,' the statement read.",
      'A source said the marriage had been under strain since he spent four months filming a show abroad.',
    ].join('\n\n');
    const { bullets } = summarizeArticle({ title: '', text }, { length: 'short' });
    expect(bullets.map((bullet) => bullet.text).join(' ')).not.toMatch(/After a lot of thought/);
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

  it('keeps the lead of a one-line dataset-style article without its byline, stamps and dateline', () => {
    const text = [
      'By . Daily Mail Reporter . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 15:36 EST, 25 October 2013 .',
      'LONDON (CNN) -- A wedding planner who took more than £240,000 from 61 couples for weddings she never organised has been jailed for six years.',
      'Lauren Hastings, 38, spent the deposits on designer handbags, holidays in Dubai and online gambling, a court heard.',
      'Several couples only discovered that their venues had never been booked weeks before their weddings.',
      '"I was meant to be planning the happiest day of my life," one bride told the court.',
    ].join(' ');
    const { bullets } = summarizeArticle({ title: '', text }, { length: 'short' });
    expect(bullets[0]?.text).toBe(
      'A wedding planner who took more than £240,000 from 61 couples for weddings she never organised has been jailed for six years.',
    );
    for (const bullet of bullets) {
      expect(text.slice(bullet.start, bullet.end)).toBe(bullet.text);
      expect(bullet.text).not.toMatch(/PUBLISHED|UPDATED|Daily Mail Reporter|\(CNN\)/);
    }
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
