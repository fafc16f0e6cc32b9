import { describe, it, expect } from 'vitest';
import {
  cleanBullets,
  cleanQuoteCandidates,
} from '../../../src/core/engines/model-brief/clean-brief-output.ts';
import { splitIntoChunks } from '../../../src/core/engines/model-brief/split-into-chunks.ts';
import { estimateTokens } from '../../../src/core/prompts/estimate-tokens.ts';

describe('estimateTokens', () => {
  it('counts about four characters a token for English and more for other scripts', () => {
    expect(estimateTokens('a'.repeat(400))).toBe(100);
    expect(estimateTokens('д'.repeat(400))).toBe(180);
    expect(estimateTokens('中'.repeat(100))).toBe(110);
  });
});

describe('splitIntoChunks', () => {
  const paragraphs = Array.from(
    { length: 12 },
    (_, index) => `Paragraph ${index} says something. ${'word '.repeat(60).trim()}.`,
  );
  const text = paragraphs.join('\n\n');

  it('splits on paragraph boundaries within the budget, keeping exact substrings in order', () => {
    const chunks = splitIntoChunks(text, 250);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(estimateTokens(chunk)).toBeLessThanOrEqual(250);
      expect(text).toContain(chunk);
    }
    expect(chunks.join('\n\n')).toBe(text);
  });

  it('splits a single oversized paragraph between sentences', () => {
    const long = Array.from({ length: 40 }, (_, index) => `Sentence number ${index} is here.`).join(
      ' ',
    );
    const chunks = splitIntoChunks(long, 60);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks[0]?.startsWith('Sentence number 0 is here.')).toBe(true);
    expect(chunks.every((chunk) => estimateTokens(chunk) <= 60)).toBe(true);
  });
});

describe('clean model output', () => {
  it('strips list markers, drops blanks and repeats, keeps the requested count', () => {
    expect(cleanBullets(['- One.', '• Two.', '', 'one.', '3) Three.', 'Four.'], 3)).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
  });

  it('removes quotation marks a model wrapped around a quote, nothing else', () => {
    expect(
      cleanQuoteCandidates([
        { text: ' “There are different options,” ', speaker: 'Putin ' },
        { text: '“”', speaker: 'x' },
      ]),
    ).toEqual([{ text: 'There are different options,', speaker: 'Putin' }]);
  });
});
