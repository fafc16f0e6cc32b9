import { describe, it, expect } from 'vitest';
import { isStopword } from '../../../src/core/text/stopwords.ts';
import { tokenize } from '../../../src/core/text/tokenize.ts';

describe('tokenize', () => {
  it('lowercases words and keeps apostrophes, decimals and acronyms', () => {
    expect(
      tokenize("Putin’s U.S. trip cost $3.5 billion, or 1,000 times more — don't ask."),
    ).toEqual([
      "putin's",
      'u.s.',
      'trip',
      'cost',
      '3.5',
      'billion',
      'or',
      '1,000',
      'times',
      'more',
      "don't",
      'ask',
    ]);
  });

  it('splits hyphenated words and handles non-Latin scripts', () => {
    expect(tokenize('cease-fire in Kyiv, Київ and Zürich')).toEqual([
      'cease',
      'fire',
      'in',
      'kyiv',
      'київ',
      'and',
      'zürich',
    ]);
  });
});

describe('isStopword', () => {
  it('recognises function words in any case but not content words', () => {
    expect(isStopword('The')).toBe(true);
    expect(isStopword('however')).toBe(true);
    expect(isStopword('missile')).toBe(false);
  });
});
