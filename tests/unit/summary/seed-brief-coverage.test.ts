import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { summarizeArticle } from '../../../src/core/engines/summary/summarize-article.ts';
import { buildArticleFromText } from '../../../src/core/pipeline/build-article-from-text.ts';
import { loadSummaryFixtures } from '../../fixtures/summaries/load-summary-fixtures.ts';

/**
 * Issue 12: the seed's brief must tell the story, not the lead four times. Each fact of the
 * seed is recognised by words only a sentence telling it uses; the confidence fact also by
 * the lead's restatements ("could navigate", "capable of"), the ATACMS fact by the sentences
 * that go on about it ("this decision", "Biden’s escalation").
 */
const facts = {
  'Putin is confident Trump can handle the war': /confiden|clever|capable|navigate|handle the/i,
  'Biden’s ATACMS decision is an escalation': /ATACMS|this decision|escalation/,
  'Trump named Kellogg envoy': /Kellogg/,
  'the Oreshnik missile, and the threat to use it on Kyiv': /Oreshnik|Kyiv/,
} as const;
/**
 * Finer, to tell repeats apart at every length: the Oreshnik's commissioning and Putin's
 * threat to use it on Kyiv are two facts ("the hypersonic missile system" in the second).
 */
const distinctFacts = {
  ...facts,
  'the Oreshnik missile, and the threat to use it on Kyiv': /Oreshnik/,
  'the threat to Kyiv': /Kyiv/,
} as const;

const raw = readFileSync(
  new URL('../../../seeds/putin-trump-ukraine-2024-11-28.txt', import.meta.url),
  'utf8',
);
const fixture = loadSummaryFixtures().find((item) => item.id === 'seed-highlights');

/** The seed as the CLI and the bot read it (title line taken off, page debris dropped) and as the ROUGE fixture holds it. */
async function seedArticles(): Promise<{ name: string; title: string; text: string }[]> {
  const built = await buildArticleFromText(raw, {
    origin: 'file',
    completeness: 'full',
    location: 'seeds/putin-trump-ukraine-2024-11-28.txt',
  });
  if (fixture === undefined) throw new Error('The seed fixture is missing.');
  return [
    { name: 'as read from the file', title: built.title, text: built.text },
    { name: 'as the ROUGE fixture', title: fixture.title, text: fixture.text },
  ];
}

function factsOf(bullet: string, known: Record<string, RegExp> = facts): string[] {
  return Object.entries(known)
    .filter(([, pattern]) => pattern.test(bullet))
    .map(([fact]) => fact);
}

describe('the seed’s brief covers the story', () => {
  it('gives 3, 4 and 5 bullets for short, standard and detailed', async () => {
    for (const article of await seedArticles()) {
      const count = (length: 'short' | 'standard' | 'detailed'): number =>
        summarizeArticle(article, { length }).bullets.length;
      expect([count('short'), count('standard'), count('detailed')], article.name).toEqual([
        3, 4, 5,
      ]);
    }
  });

  it('tells Putin’s confidence, the ATACMS escalation, Kellogg and the Oreshnik in its four standard bullets, one fact each', async () => {
    for (const article of await seedArticles()) {
      const bullets = summarizeArticle(article, { length: 'standard' }).bullets.map(
        (bullet) => bullet.text,
      );
      const told = bullets.map((bullet) => factsOf(bullet));
      for (const [position, bulletFacts] of told.entries())
        expect(bulletFacts, `${article.name}: ${bullets[position] ?? ''}`).toHaveLength(1);
      expect(told.flat().sort(), article.name).toEqual(Object.keys(facts).sort());
    }
  });

  it('never gives two bullets for one fact at any length', async () => {
    for (const article of await seedArticles()) {
      for (const length of ['short', 'standard', 'detailed'] as const) {
        const told = summarizeArticle(article, { length }).bullets.flatMap((bullet) =>
          factsOf(bullet.text, distinctFacts),
        );
        expect(told.length, `${article.name}, ${length}`).toBe(new Set(told).size);
      }
    }
  });
});
