import { describe, it, expect } from 'vitest';
import { hasShape, shapeOfQuestion } from '../../../src/core/engines/answers/answer-shapes.ts';
import {
  paraphrasesOf,
  rootOf,
  termsMatch,
} from '../../../src/core/engines/answers/match-terms.ts';

describe('termsMatch and rootOf', () => {
  it.each([
    ['evacuate', 'evacuation'],
    ['injured', 'injuries'],
    ['russia', 'russian'],
    ['paid', 'pays'],
    ['stopped', 'stop'],
    ['buse', 'bus'],
    ['taxe', 'tax'],
    ['lost', 'lose'],
    ['rose', 'rise'],
    ['laid', 'lay'],
    ['ate', 'eat'],
    ['sought', 'seeking'],
    ['mens', "men's"],
    ['10000', '10,000'],
  ])('matches %s with %s', (left, right) => {
    expect(termsMatch(left, right)).toBe(true);
  });

  it('keeps different short words apart', () => {
    expect(termsMatch('cost', 'coast')).toBe(false);
    expect(rootOf('clos')).toBe('clos');
  });
});

describe('paraphrasesOf', () => {
  it('knows news paraphrases', () => {
    expect(paraphrasesOf('hackers')).toContain(rootOf('attackers'));
    expect(paraphrasesOf('died')).toContain(rootOf('killed'));
    expect(paraphrasesOf('hurt')).toContain(rootOf('injuries'));
  });

  it('has none for a word outside the map', () => {
    expect(paraphrasesOf('bitcoin')).toEqual([]);
  });
});

describe('answer shapes', () => {
  it.each([
    ['What was the Senate vote count?', 'tally'],
    ['what was the score?', 'tally'],
    ['How much will it cost?', 'money'],
    ['how much time will the detour add?', 'duration'],
    ['How many people died?', 'count'],
    ["what's the new rate?", 'percent'],
    ['When does the truce take effect?', 'date'],
    ['how old was she?', 'age'],
    ['Why did the unit close?', 'reason'],
    ['what were her odds', 'odds'],
  ])('reads %j as asking for a %s', (question, shape) => {
    expect(shapeOfQuestion(question).shape).toBe(shape);
  });

  it('finds the shape in a sentence and not in one without it', () => {
    expect(hasShape('The measure passed 68-31.', 'tally')).toBe(true);
    expect(hasShape('It is valued at about $15 million.', 'money')).toBe(true);
    expect(hasShape('It began a 48-hour strike.', 'duration')).toBe(true);
    expect(hasShape('A bird that lived 55 million years ago.', 'age')).toBe(true);
    expect(hasShape('Bookmakers had her at 150-1 to win the title.', 'odds')).toBe(true);
    expect(hasShape('She won 4-6 6-3 6-2.', 'odds')).toBe(false);
    expect(hasShape('1.6 million customers lost power.', 'money')).toBe(false);
    expect(hasShape('A bird that lived 55 million years ago.', 'money')).toBe(false);
    expect(hasShape('It will cost 1.2 billion euros.', 'money')).toBe(true);
    expect(hasShape('The deal is worth 40 million.', 'money')).toBe(true);
    expect(hasShape('The first strike in 17 years.', 'duration')).toBe(false);
    expect(hasShape('Offering two years of monitoring.', 'count')).toBe(false);
    expect(hasShape('About 400 unarmed monitors.', 'count')).toBe(true);
  });
});
