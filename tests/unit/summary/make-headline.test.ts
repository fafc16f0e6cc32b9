import { describe, it, expect } from 'vitest';
import {
  cleanTitle,
  condenseSentence,
  makeHeadline,
} from '../../../src/core/engines/summary/make-headline.ts';

describe('cleanTitle', () => {
  it('removes site names after a separator', () => {
    expect(cleanTitle('Senate passes stopgap bill | Reuters')).toBe('Senate passes stopgap bill');
    expect(cleanTitle('Harbor Foods to buy Crisply - BBC News')).toBe(
      'Harbor Foods to buy Crisply',
    );
    expect(cleanTitle('Storm hits the coast – The New York Times')).toBe('Storm hits the coast');
    expect(cleanTitle('Fed raises rates again - Markets - Reuters.com')).toBe(
      'Fed raises rates again',
    );
  });

  it('keeps a dash that is part of the headline', () => {
    expect(cleanTitle('Biden and Trump debate - live updates')).toBe(
      'Biden and Trump debate - live updates',
    );
    expect(cleanTitle('Ukraine - Russia talks resume in Geneva')).toBe(
      'Ukraine - Russia talks resume in Geneva',
    );
  });
});

describe('makeHeadline', () => {
  it('falls back to the lead sentence when the title is missing or a placeholder', () => {
    expect(makeHeadline('', 'The well ran dry on Tuesday.')).toBe('The well ran dry on Tuesday');
    expect(makeHeadline('Home', 'The well ran dry on Tuesday.')).toBe(
      'The well ran dry on Tuesday',
    );
    expect(makeHeadline('', undefined)).toBe('');
  });
});

describe('condenseSentence', () => {
  it('drops a wire dateline and cuts a long sentence at a clause boundary', () => {
    const headline = condenseSentence(
      'A federal jury on Thursday convicted Gerald Pike, the former treasurer of Dunmore County, of embezzling more than $2.3 million in public money over six years and spending it on a lake house.',
    );
    expect(headline).toBe(
      'A federal jury on Thursday convicted Gerald Pike, the former treasurer of Dunmore County',
    );
    expect(
      condenseSentence(
        'LONDON, March 3 (Global Wire) — Rail fares will rise by 4 percent in March, the government said.',
      ),
    ).toBe('Rail fares will rise by 4 percent in March, the government said');
  });

  it('never ends on a conjunction and stays within about 100 characters', () => {
    const headline = condenseSentence(
      'Officials said that hackers had stolen personal information belonging to about nineteen million customers and many more records besides in the breach.',
    );
    expect(headline.length).toBeLessThanOrEqual(101);
    expect(headline).not.toMatch(/\b(?:and|or|but|the|of|to)…?$/);
  });
});
