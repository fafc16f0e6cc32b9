import { describe, it, expect } from 'vitest';
import { answerOffline } from '../../../src/core/engines/answers/answer-offline.ts';
import { hasShape, shapeOfQuestion } from '../../../src/core/engines/answers/answer-shapes.ts';
import type { ThreadTurn } from '../../../src/core/model/answer.ts';

const article = (text: string) => ({ title: 'Test', text });

describe('question shapes for quantities and means', () => {
  it.each([
    ['how much water has the state released?', 'amount'],
    ['how much rain fell?', 'amount'],
    ['how much did they make?', 'money'],
    ['how much money did they raise?', 'money'],
    ['how did she pay for the house?', 'method'],
  ])('reads %j as asking for %s', (question, shape) => {
    expect(shapeOfQuestion(question).shape).toBe(shape);
  });

  it('reads a spelled-out vote as a tally', () => {
    expect(hasShape('The council voted 31 to 22 to shut the branches.', 'tally')).toBe(true);
  });
});

describe('the lead states the main figure first', () => {
  const text = [
    'A salmonella outbreak linked to the bakery has sickened at least 61 people in 14 states.',
    'The bakery said it had closed its plant.',
    'Inspectors visited on Monday.',
    'A lawyer who represents 22 people who became sick said the recall came too late.',
  ].join(' ');

  it('answers "how many got sick" from the lead, not a later figure sharing the word', () => {
    const answer = answerOffline(article(text), 'how many people got sick?');
    expect(answer.citations[0]?.text).toContain('at least 61 people');
  });
});

describe('a follow-up with no words of its own', () => {
  const text = [
    'Lawmakers are again close to a government shutdown.',
    'The longest shutdown lasted 35 days, from December to January.',
    'Economists later estimated that it cost the economy $3 billion.',
    'Federal workers missed two paychecks.',
  ].join(' ');

  it('takes the sentence right after the previous answer when it holds the shape asked for', () => {
    const first = answerOffline(article(text), 'how long was the longest shutdown?');
    const history: ThreadTurn[] = [
      { role: 'user', text: 'how long was the longest shutdown?' },
      { role: 'assistant', text: first.text },
    ];
    const answer = answerOffline(article(text), 'what did that cost?', history);
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.text).toContain('$3 billion');
  });
});
