import { describe, it, expect } from 'vitest';
import { analyzeQuestion } from '../../../src/core/engines/answers/analyze-question.ts';
import { answerOffline } from '../../../src/core/engines/answers/answer-offline.ts';
import { hasShape, shapeOfQuestion } from '../../../src/core/engines/answers/answer-shapes.ts';
import {
  paraphrasesOf,
  rootOf,
  termsMatch,
} from '../../../src/core/engines/answers/match-terms.ts';
import { namesInAnswer } from '../../../src/core/engines/answers/question-entities.ts';
import { lightStem } from '../../../src/core/engines/summary/term-vectors.ts';

describe('question shapes added for chat phrasing', () => {
  it.each([
    ['how strong was it when it hit?', 'amount'],
    ['how much warmer was the water?', 'amount'],
    ['by how much did she beat the record?', 'amount'],
    ['how big was the fine?', 'amount'],
    ['what did she die of?', 'causeOfDeath'],
    ['how did he die?', 'causeOfDeath'],
    ['where are interest rates now?', 'percent'],
    ['so when will they vote?', 'date'],
  ])('reads %j as asking for %s', (question, shape) => {
    expect(shapeOfQuestion(question).shape).toBe(shape);
  });

  it('counts purposes and an obituary’s cause as answers of their shape', () => {
    expect(hasShape('Officials said the increase was needed to replace old pipes.', 'reason')).toBe(
      true,
    );
    expect(hasShape('The idea is to move an hour of light to the evening.', 'reason')).toBe(true);
    expect(hasShape('Her son said the cause was heart failure.', 'causeOfDeath')).toBe(true);
    expect(hasShape('She died at home on Sunday.', 'causeOfDeath')).toBe(false);
  });
});

describe('matching words', () => {
  it('roots paraphrase groups like article terms, so "married" meets "husband"', () => {
    expect(paraphrasesOf(lightStem('married'))).toContain(rootOf(lightStem('husband')));
    expect(paraphrasesOf(lightStem('owe'))).toContain(rootOf(lightStem('debts')));
  });

  it('meets "banned" with "ban" (a doubled consonant in a four-letter stem)', () => {
    expect(termsMatch(lightStem('banned'), 'ban')).toBe(true);
  });

  it('treats generic chat words as weak, never as key terms', () => {
    const analysis = analyzeQuestion('how big is the deficit?', []);
    expect(analysis.keyTerms).toEqual(['deficit']);
    expect(analyzeQuestion('which towns don’t vote?', []).keyTerms).not.toContain("don't");
  });
});

describe('answerOffline rules', () => {
  const article = {
    title: 'Port authority approves new ferry terminal',
    text: [
      'The port authority on Monday approved a new ferry terminal on the east pier.',
      'The terminal program will be run by the city.',
      'The authority did not say how many jobs the terminal would create.',
      'The project was announced by director Ana Ruiz in May.',
      'Ruiz resigned in June after a dispute over the budget.',
    ].join(' '),
  };

  it('does not answer "how much" with a sentence that holds no amount', () => {
    expect(answerOffline(article, 'how much does the terminal program cost?').answerable).toBe(
      false,
    );
  });

  it('answers with a sentence saying the figure is not known', () => {
    const answer = answerOffline(article, 'how many jobs will the terminal create?');
    expect(answer.citations.map((citation) => citation.text).join(' ')).toContain(
      'did not say how many jobs',
    );
  });

  it('does not let an unused generic word refuse a question ("going")', () => {
    expect(answerOffline(article, 'what is the port authority going to do?').answerable).toBe(true);
  });

  it('reads "her" in a follow-up as the person the bot’s last answer named', () => {
    const previousAnswer = 'The project was announced by director Ana Ruiz in May.';
    const history = [
      { role: 'user' as const, text: 'who announced it?' },
      { role: 'assistant' as const, text: previousAnswer },
    ];
    // "May" is capitalised as a month, not as a sign of a Title Case sentence without names.
    expect(namesInAnswer(previousAnswer)).toEqual([['ana', 'ruiz']]);
    const answer = answerOffline(article, 'what happened to her?', history);
    expect(answer.citations[0]?.text).toContain('Ruiz resigned in June');
  });
});
