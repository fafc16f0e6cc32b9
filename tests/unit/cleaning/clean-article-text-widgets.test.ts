import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../../src/core/pipeline/clean-article-text.ts';

const body = [
  'Heathrow handled a record number of passengers in August despite strikes by Border Force staff.',
  '“Britain needs more hub capacity,” the chief executive said. “The demand is there.”',
  'The airport is privately owned, and its biggest shareholders have been selling their stakes.',
];

function removedWhenInserted(line: string): string[] {
  return cleanArticleText([body[0], line, body[1], body[2]].join('\n\n'), {}).removedLines;
}

describe('cleanArticleText drops widget leftovers seen on news pages', () => {
  const debris = [
    'Read more from Sky News: Ryanair warns of lower summer fares',
    'See more on: Vermont',
    'A version of this article appears in print on Nov. 25, 2024, Section A, Page 14 of the New York edition with the headline: Vermont Town Votes.',
    'Follow our business coverage on the Sky News app, or subscribe to the Sky News Daily podcast for the latest on money and the economy.',
    '2.1K',
    '86 Likes',
    '9 Restacks',
    '— NASA (@NASA) December 5, 2024',
    'Now playing: NASA explains Artemis II heat shield findings',
    'Source: Insurance Information Institute',
  ];
  for (const line of debris) {
    it(`drops "${line.slice(0, 60)}"`, () => {
      expect(removedWhenInserted(line)).toEqual([line]);
    });
  }
});

describe('cleanArticleText keeps sentences that resemble those widgets', () => {
  const sentences = [
    'Read more carefully, the judge told the lawyers, and you will see the flaw.',
    'Download counts for the app rose 20% last month, the company said.',
    'Follow-up studies found the podcast audience had doubled.',
    'Sources said the talks had stalled over the weekend, according to two officials.',
    'In 2024, 86 people were hired.',
    'Now, playing catch-up, the team must win its last three games.',
  ];
  for (const sentence of sentences) {
    it(`keeps "${sentence}"`, () => {
      expect(removedWhenInserted(sentence)).toEqual([]);
    });
  }
});
