import { describe, it, expect } from 'vitest';
import { articleKeyTerms, headlineGroups } from '../../../src/core/engines/summary/key-terms.ts';

describe('articleKeyTerms', () => {
  const sentences = [
    'Trump picked Keith Kellogg, a retired general, to serve as envoy on Nov. 28.',
    'Kellogg wrote that the U.S. should tie aid to talks with Russia.',
    '“It’s possible,” Putin said of the ATACMS missiles.',
    'Officials in Kyiv said 12,000 people had fled.',
  ];
  const terms = articleKeyTerms(sentences);

  it('reads names inside a sentence, acronyms and numbers, as light stems', () => {
    expect([...(terms.bySentence[0] ?? [])]).toEqual(['keith', 'kellogg', '28']);
    expect([...(terms.bySentence[1] ?? [])]).toEqual(['kellogg', 'u.s.', 'russia']);
    expect([...(terms.bySentence[2] ?? [])]).toEqual(['putin', 'atacm']);
  });

  it('takes a sentence’s first word for a name only where the article capitalises it inside a sentence', () => {
    // "Trump" opens its only sentence; "Kellogg" opens one and stands inside another.
    expect(terms.bySentence[0]?.has('trump')).toBe(false);
    expect(terms.bySentence[1]?.has('kellogg')).toBe(true);
    expect(terms.bySentence[3]?.has('official')).toBe(false);
  });

  it('leaves out months, days, titles and words opening a quotation', () => {
    expect(terms.bySentence[0]?.has('nov')).toBe(false);
    expect(terms.bySentence[2]?.has("it's")).toBe(false);
    const titled = articleKeyTerms(['The envoy met President Joe Biden on Thursday.']);
    expect([...(titled.bySentence[0] ?? [])]).toEqual(['joe', 'biden']);
  });

  it('groups adjacent names as one actor, each number on its own', () => {
    expect(terms.groupsBySentence[0]).toEqual([['keith', 'kellogg'], ['28']]);
    expect(terms.groupsBySentence[3]).toEqual([['kyiv'], ['12,000']]);
  });

  it('counts where each key term is mentioned', () => {
    expect(terms.mentions.get('kellogg')).toEqual([0, 1]);
    expect(terms.mentions.get('putin')).toEqual([2]);
  });

  it('groups a Title Case headline’s words by the article’s names', () => {
    const story = articleKeyTerms([
      'Lena Marković beat Ana Sorensen in the Australian Open final on Saturday.',
      'At 21, Lena Marković had never won a Grand Slam title.',
    ]);
    expect(
      headlineGroups('Lena Marković Wins First Grand Slam Title at Australian Open', story),
    ).toEqual([
      ['lena', 'marković'],
      ['grand', 'slam'],
      ['australian', 'open'],
    ]);
  });
});
