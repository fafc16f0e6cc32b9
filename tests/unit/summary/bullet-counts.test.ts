import { describe, it, expect } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeArticle } from '../../../src/core/engines/summary/summarize-article.ts';
import { loadFixturesFrom } from '../../fixtures/summaries-blind/load-fixtures-from.ts';

const fixtureRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const sets = ['summaries', 'summaries-blind', 'summaries-fresh', 'summaries-fresh2'];
const articles = sets.flatMap((set) =>
  loadFixturesFrom(join(fixtureRoot, set)).map((fixture) => ({
    ...fixture,
    id: `${set}/${fixture.id}`,
  })),
);

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

describe('bullet counts on every summary set', () => {
  it('has the sets', () => {
    expect(articles.length).toBeGreaterThanOrEqual(70);
  });

  it('gives 3 short, 4 standard and 5 detailed bullets for every article (all have 20+ sentences)', () => {
    for (const article of articles) {
      const counts = (['short', 'standard', 'detailed'] as const).map(
        (length) => summarizeArticle(article, { length }).bullets.length,
      );
      expect(counts, article.id).toEqual([3, 4, 5]);
    }
  });

  it('never gives two bullets that mostly share their words', () => {
    for (const article of articles) {
      const bullets = summarizeArticle(article, { length: 'detailed' }).bullets.map((bullet) =>
        words(bullet.text),
      );
      for (const [position, left] of bullets.entries()) {
        for (const right of bullets.slice(position + 1)) {
          const shared = [...left].filter((word) => right.has(word)).length;
          expect(shared / Math.min(left.size, right.size), article.id).toBeLessThan(0.7);
        }
      }
    }
  });
});
