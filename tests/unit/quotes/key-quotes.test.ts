import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findKeyQuotes } from '../../../src/core/engines/quotes/find-key-quotes.ts';
import { findQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { rankKeyQuotes } from '../../../src/core/engines/quotes/rank-key-quotes.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const seed = readFileSync(join(root, 'seeds', 'putin-trump-ukraine-2024-11-28.txt'), 'utf8');

describe('findKeyQuotes on the raw seed article', () => {
  const keyQuotes = findKeyQuotes(seed, { max: 5 });

  it('includes Putin’s two longer statements and Kellogg’s written statement with full names', () => {
    const has = (speaker: string, opening: string) =>
      keyQuotes.some((quote) => quote.speaker === speaker && quote.text.startsWith(opening));
    expect(has('Vladimir Putin', 'It’s possible that the current administration')).toBe(true);
    expect(has('Vladimir Putin', 'By escalating the situation')).toBe(true);
    expect(has('Keith Kellogg', 'Bringing the Russia-Ukraine war to a close')).toBe(true);
  });

  it('never shows the partial “clever and experienced” or the name “Oreshnik”', () => {
    const texts = keyQuotes.map((quote) => quote.text);
    expect(texts).not.toContain('clever and experienced');
    expect(texts).not.toContain('Oreshnik');
    const kinds = Object.fromEntries(findQuotations(seed).map((quote) => [quote.text, quote.kind]));
    expect(kinds['clever and experienced']).toBe('partial');
    expect(kinds['Oreshnik']).toBe('name');
  });

  it('returns verbatim spans with the sentence around them', () => {
    for (const quote of keyQuotes) {
      expect(seed.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.context).toContain(quote.text);
    }
  });
});

describe('rankKeyQuotes', () => {
  it('keeps only direct quotes with a speaker and counts a split quote once', () => {
    const text =
      'Coach Ann Lee was pleased. “We defended well for ninety minutes and the young players were outstanding,” Lee said. “I am proud of them.”\n\n' +
      'The so-called “miracle” win came late. Fans chanted “Lee out” earlier.\n\n“No comment,” said a spokesperson.';
    const ranked = rankKeyQuotes(findQuotations(text), { max: 1 });
    expect(ranked.map((quote) => quote.text)).toEqual([
      'We defended well for ninety minutes and the young players were outstanding',
      'I am proud of them.',
    ]);
    expect(ranked.every((quote) => quote.isKey && quote.speaker === 'Ann Lee')).toBe(true);
  });
});

describe('quote finder on the annotated fixtures', () => {
  it('finds direct quotes with F1 ≥ 0.85 and the right speaker ≥ 85% of the time', () => {
    const folder = join(root, 'tests', 'fixtures', 'quotes');
    const normalize = (text: string) =>
      text
        .replace(/["“”„«»]/gu, '"')
        .replace(/['‘’]/gu, "'")
        .replace(/^[\s.,!?]+|[\s.,!?]+$/gu, '');
    let gold = 0;
    let predicted = 0;
    let matched = 0;
    let speakerRight = 0;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const expected = (
        JSON.parse(readFileSync(join(folder, file.replace('.txt', '.json')), 'utf8')) as {
          quotes: { text: string; speaker: string | null }[];
        }
      ).quotes;
      const found = findQuotations(text).filter(
        (quote) => quote.kind === 'direct' && quote.depth === 0,
      );
      gold += expected.length;
      predicted += found.length;
      for (const quote of expected) {
        const hit = found.find((candidate) => normalize(candidate.text) === normalize(quote.text));
        if (!hit) continue;
        matched += 1;
        if (hit.speaker === quote.speaker) speakerRight += 1;
      }
    }
    const precision = matched / predicted;
    const recall = matched / gold;
    expect(gold).toBeGreaterThan(60);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.85);
    expect(speakerRight / matched).toBeGreaterThanOrEqual(0.85);
  });
});
