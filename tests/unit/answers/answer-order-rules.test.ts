import { describe, it, expect } from 'vitest';
import { analyzeQuestion } from '../../../src/core/engines/answers/analyze-question.ts';
import { answerOffline } from '../../../src/core/engines/answers/answer-offline.ts';
import { paraphrasesOf, rootOf } from '../../../src/core/engines/answers/match-terms.ts';
import { indexSentences, rankSentences } from '../../../src/core/engines/answers/rank-sentences.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { lightStem } from '../../../src/core/engines/summary/term-vectors.ts';

const root = (word: string) => rootOf(lightStem(word));

describe('answers to questions with no topic of their own', () => {
  const text =
    'A former clerk who took $2 million from a city fund was sentenced on Friday to five years in prison. ' +
    'The judge said the thefts went on for a decade. ' +
    '"Nobody will get a cent back from prison," her lawyer said.';

  it('ranks the lead first for "what did she get?" (generic words only, no shape)', () => {
    const ranked = rankSentences(
      indexSentences(splitSentences(text)),
      analyzeQuestion('what did she get?', []),
    );
    expect(ranked[0]?.sentence.text).toContain('sentenced on Friday to five years');
    const answer = answerOffline({ title: 'Clerk sentenced', text }, 'what did she get?');
    expect(answer.answerable).toBe(true);
  });

  it('still refuses a question whose topic word the article lacks', () => {
    expect(
      answerOffline({ title: 'Clerk sentenced', text }, 'what did the mayor get?').answerable,
    ).toBe(false);
  });
});

describe('order of the cited sentences', () => {
  it('puts the best-ranked sentence first, before an earlier runner-up', () => {
    const text =
      'The dredging of the harbor was delayed in spring. ' +
      'Officials said the dredging of the harbor was delayed because of a lawsuit. ' +
      'Boats waited outside for weeks.';
    const answer = answerOffline({ title: 'Harbor', text }, 'what delayed the harbor dredging?');
    expect(answer.citations.map((citation) => citation.text)).toEqual([
      'Officials said the dredging of the harbor was delayed because of a lawsuit.',
      'The dredging of the harbor was delayed in spring.',
    ]);
    expect(answer.text.startsWith('Officials said')).toBe(true);
  });

  it('answers "why" with the cause, not with a sentence that only repeats the question', () => {
    const text =
      'The dredging of the harbor was delayed in spring. ' +
      'Officials said the dredging of the harbor was delayed because of a lawsuit. ' +
      'Boats waited outside for weeks.';
    const answer = answerOffline({ title: 'Harbor', text }, 'why was the harbor dredging delayed?');
    expect(answer.text).toBe(
      'Officials said the dredging of the harbor was delayed because of a lawsuit.',
    );
  });
});

describe('chat paraphrases of report verbs', () => {
  it.each([
    ['drop', 'fell'],
    ['sell', 'sale'],
    ['sorry', 'apologized'],
    ['lost', 'destroyed'],
    ['decide', 'voted'],
    ['giving', 'aid'],
  ])('lets %j meet %j', (question, article) => {
    expect(paraphrasesOf(lightStem(question))).toContain(root(article));
  });

  it('treats "making", "one" and "somewhere" as generic, never as key terms', () => {
    expect(analyzeQuestion('are they making money?', []).keyTerms).toEqual(['money']);
    expect(analyzeQuestion('when can I buy one?', []).keyTerms).toEqual(['buy']);
    expect(analyzeQuestion('could she move somewhere else?', []).keyTerms).toEqual(['move']);
  });
});
