import { describe, it, expect } from 'vitest';
import { flatten, meanRouge1 } from './mean-rouge.ts';
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

  it('beats Lead-3 on ROUGE-1 with short and standard summaries', () => {
    for (const length of ['short', 'standard'] as const) {
      const { ours, lead3 } = meanRouge1(fixtures, length);
      expect(ours, length).toBeGreaterThan(lead3);
    }
  });

  it('still beats Lead-3 when the text has no line breaks (as in dataset files)', () => {
    const { ours, lead3 } = meanRouge1(fixtures, 'short', flatten);
    expect(ours).toBeGreaterThan(lead3);
  });
});
