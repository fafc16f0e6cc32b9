import { describe, it, expect } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { itBeatsLead } from './mean-rouge.ts';
import { loadFixturesFrom } from '../../fixtures/summaries-blind/load-fixtures-from.ts';

/**
 * The fresh2 set: 15 articles in house styles the other sets lack (Daily Mail with long
 * headline-like leads and captions, AP with "___" sections, BBC one-sentence paragraphs, a
 * match report with team sheets …), their highlights written before the summarizer ran on
 * them. First contact: Lead-3 48.4, ours short 50.4, standard 50.0 (ROUGE-1). Kept untouched
 * as the check of issue 12's coverage work: short 50.1 → 49.9, standard (3–4 bullets → always
 * 4) 49.8 → 46.7, level with Lead-4 (46.7): its leads say almost everything.
 */
const fresh2Directory = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'summaries-fresh2',
);
const fixtures = loadFixturesFrom(fresh2Directory);

describe('summary quality on the fresh2 set (house styles new to the other sets)', () => {
  it('has 15 articles of 400–900 words with 3–4 highlights each', () => {
    expect(fixtures.length).toBe(15);
    for (const fixture of fixtures) {
      const words = fixture.text.split(/\s+/).filter((word) => word !== '').length;
      expect(words, fixture.id).toBeGreaterThanOrEqual(400);
      expect(words, fixture.id).toBeLessThanOrEqual(900);
      expect(fixture.highlights.length, fixture.id).toBeGreaterThanOrEqual(3);
      expect(fixture.highlights.length, fixture.id).toBeLessThanOrEqual(4);
    }
  });

  // Level with Lead-4 since issue 12; session 16 pushed down bullets that begin inside a quote
  // (one here showed 'Demand is extraordinary," Corvex CEO … told analysts', a quote closed
  // but never opened), which costs 0.1 ROUGE-1 on this set: level, within 0.002, not above.
  itBeatsLead(fixtures, { short: 49, standard: 46 }, 0.002);
});
