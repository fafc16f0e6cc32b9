import { describe, it, expect } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { itBeatsLead } from './mean-rouge.ts';
import { loadFixturesFrom } from '../../fixtures/summaries-blind/load-fixtures-from.ts';

/**
 * The fresh set: 20 articles in many house styles (wire, broadcast, UK paper, live blog,
 * explainer, obituary, anecdotal feature …), their highlights written before the summarizer
 * ever ran on them. First contact: Lead-3 37.9, ours short 41.9, standard 41.3 (ROUGE-1).
 */
const freshDirectory = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'summaries-fresh',
);
const fixtures = loadFixturesFrom(freshDirectory);

describe('summary quality on the fresh set (news written with highlights before tuning)', () => {
  it('has 20 articles of 400–1,000 words with 3–4 highlights each', () => {
    expect(fixtures.length).toBe(20);
    for (const fixture of fixtures) {
      const words = fixture.text.split(/\s+/).filter((word) => word !== '').length;
      expect(words, fixture.id).toBeGreaterThanOrEqual(400);
      expect(words, fixture.id).toBeLessThanOrEqual(1000);
      expect(fixture.highlights.length, fixture.id).toBeGreaterThanOrEqual(3);
      expect(fixture.highlights.length, fixture.id).toBeLessThanOrEqual(4);
    }
  });

  itBeatsLead(fixtures, { short: 42.5, standard: 40.5 });
});
