import { describe, it, expect } from 'vitest';
import { itBeatsLead } from './mean-rouge.ts';
import {
  blindFixtureDirectory,
  loadFixturesFrom,
} from '../../fixtures/summaries-blind/load-fixtures-from.ts';

const fixtures = loadFixturesFrom(blindFixtureDirectory);

describe('summary quality on the blind set (news written with highlights before tuning)', () => {
  it('has at least 20 articles with 3–4 highlights each', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const fixture of fixtures) {
      expect(fixture.highlights.length, fixture.id).toBeGreaterThanOrEqual(3);
      expect(fixture.highlights.length, fixture.id).toBeLessThanOrEqual(4);
    }
  });

  itBeatsLead(fixtures, { short: 42, standard: 40.5 });
});
