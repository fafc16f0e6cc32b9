import { describe, it, expect } from 'vitest';
import { findStoryStart } from '../../../src/core/engines/summary/find-story-start.ts';

describe('findStoryStart', () => {
  it('starts straight news at its lead', () => {
    expect(findStoryStart([1, 0.6, 0.4, 0.9])).toBe(0);
  });

  it('starts an anecdotal lead at its nut paragraph', () => {
    expect(findStoryStart([0.3, 0.36, 0.2, 0.43, 0.97, 0.4])).toBe(4);
  });

  it('starts at the most central sentence even when a paraphrasing headline keeps its lead score low', () => {
    // The seed: a standfirst, then the lead, whose headline says "Confident" for its
    // "expressed confidence"; the lead is the article's most central sentence, not a scene.
    expect(findStoryStart([0.6, 0.71, 0.84, 0.92], [0.87, 1, 0.94, 0.87])).toBe(1);
    expect(findStoryStart([0.6, 0.71, 0.84, 0.92])).toBe(2);
  });

  it('takes the strongest opening sentence when none states the story clearly', () => {
    expect(findStoryStart([0.5, 0.7, 0.6])).toBe(1);
    expect(findStoryStart([])).toBe(0);
  });

  it('looks for the nut paragraph only among the first ten sentences', () => {
    const scores = [0.4, ...Array.from({ length: 10 }, () => 0.3), 1];
    expect(findStoryStart(scores)).toBe(0);
  });
});
