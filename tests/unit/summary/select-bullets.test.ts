import { describe, it, expect } from 'vitest';
import { summarizeArticle } from '../../../src/core/engines/summary/summarize-article.ts';

/** A story whose lead is restated at once, and whose later section brings in a new person. */
const title = 'Alvarez says Riverton budget will fix roads';
const restatement =
  'Speaking at a town meeting, Alvarez said the Riverton budget would fix roads faster than any plan before it.';
const introduction = 'The council named engineer Priya Natarajan to lead the road program.';
const text = [
  'Mayor Ana Alvarez said on Monday that Riverton’s new $40 million budget will fix the city’s roads within two years.',
  restatement,
  'The council approved the budget 7-2 on Tuesday after a five-hour debate.',
  'Council members who voted against it said the city could not afford the repairs.',
  'The budget also raises parking fees downtown for the first time since 2015.',
  introduction,
  'Natarajan previously ran bridge repairs in the neighboring town of Ashford.',
  'Natarajan said crews would begin with the 40 worst streets in April.',
  'Natarajan plans to publish a monthly list of finished streets.',
  'Residents can report potholes on the city’s website.',
].join('\n\n');

function bulletsOf(length: 'short' | 'standard' | 'detailed'): string[] {
  return summarizeArticle({ title, text }, { length }).bullets.map((bullet) => bullet.text);
}

describe('bullet selection: distinct facts and the story’s developments', () => {
  it('skips a sentence that tells the headline’s fact again (same actors, same deed)', () => {
    for (const length of ['short', 'standard', 'detailed'] as const)
      expect(bulletsOf(length), length).not.toContain(restatement);
  });

  it('gives a slot to the sentence that brings in someone the article goes on to write about', () => {
    expect(bulletsOf('short')).toContain(introduction);
  });

  it('tells a development once, then moves on to other facts', () => {
    const detailed = bulletsOf('detailed');
    expect(detailed).toHaveLength(5);
    expect(detailed.filter((bullet) => bullet.includes('Natarajan'))).toHaveLength(1);
  });

  it('starts with the lead', () => {
    expect(bulletsOf('standard')[0]).toMatch(/^Mayor Ana Alvarez said on Monday/);
  });
});

describe('bullet selection: a pronoun is not a repeat', () => {
  it('keeps a sentence that opens with "It" for the story’s subject and tells a new fact', () => {
    const newFact =
      'It would pay to rebuild homes, roads and power lines destroyed by two hurricanes along the Gulf coast.';
    const story = [
      'The Senate passed a $61 billion disaster relief package early Thursday after an overnight session.',
      newFact,
      'The bill passed 67-31, with 19 Republicans joining all Democrats in support.',
      'Conservative Republicans in the House have objected to its cost.',
      'Senator Dana Reyes, who wrote the bill, said aid should reach families before winter.',
      'Reyes said the House should vote on it within two weeks.',
      'Reyes has pushed for disaster aid since the 2021 floods in her state.',
      'The White House has said the president would sign it.',
    ].join('\n\n');
    const bullets = summarizeArticle(
      { title: 'Senate passes $61 billion disaster relief package', text: story },
      { length: 'short' },
    ).bullets.map((bullet) => bullet.text);
    expect(bullets).toContain(newFact);
  });
});
