import { describe, expect, it } from 'vitest';
import {
  answerOffline,
  decideOfflineAnswer,
} from '../../../src/core/engines/answers/answer-offline.ts';
import { closestPassagesLabel } from '../../../src/core/engines/answers/closest-passages.ts';
import { roleNames } from '../../../src/core/engines/answers/role-names.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { loadSeedArticle } from '../../fixtures/answers/load-answer-articles.ts';

const seed = loadSeedArticle();

function citedText(article: { title: string; text: string }, question: string): string {
  return answerOffline(article, question)
    .citations.map((citation) => citation.text)
    .join(' ');
}

describe('questions about a subject the article mentions (the seed)', () => {
  it('answers "What did Kellogg recommend?" with his advice, cease-fire included', () => {
    const answer = answerOffline(seed, 'What did Kellogg recommend?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations.map((citation) => citation.text).join(' ')).toContain(
      'His advice includes pursuing a formal cease-fire',
    );
  });

  it('answers "Where was the press conference held?" with the Astana sentence', () => {
    const answer = answerOffline(seed, 'Where was the press conference held?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.text).toContain('press conference in Astana, Kazakhstan');
  });

  it.each([
    ['What did Kellogg say about China?', 'name-absent'],
    // "paid" only names the money asked for; no sentence about Kellogg holds a sum.
    ['How much will Kellogg be paid?', 'figure-absent'],
  ])('still refuses %j, about something the article never mentions', (question, rule) => {
    const decision = decideOfflineAnswer(seed, question);
    expect(decision.rule).toBe(rule);
    expect(decision.answer.answerable).toBe(false);
    expect(decision.answer.closestPassages).toBeUndefined();
    expect(decision.answer.citations).toEqual([]);
    expect(decision.answer.text).toMatch(/^The article doesn’t say\./);
  });

  it('gives the closest passages, labelled, when the article names both but never together', () => {
    const decision = decideOfflineAnswer(seed, 'What did Kellogg say about the Oreshnik?');
    const { answer } = decision;
    expect(decision.rule).toBe('names-apart');
    expect(answer.answerable).toBe(false);
    expect(answer.closestPassages).toBe(true);
    expect(answer.text.startsWith(`${closestPassagesLabel} `)).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.length).toBeLessThanOrEqual(2);
    for (const citation of answer.citations) {
      expect(seed.text.slice(citation.start, citation.end)).toBe(citation.text);
      expect(citation.text).toMatch(/Kellogg|Oreshnik|His advice/);
    }
  });
});

describe('sentences about a name that do not repeat it', () => {
  const report = {
    title: 'Envoy publishes peace plan',
    text: [
      'The government named Ann Lee as its envoy on Monday.',
      'The opposition criticised the choice of a former general.',
      'Lee wrote a report last year on ending the war.',
      'Her advice includes a formal cease-fire and talks within a month.',
      'Officials said the talks could start in spring.',
    ].join(' '),
  };

  it('reads a sentence opening with a pronoun as about the name before it', () => {
    expect(citedText(report, 'What did Lee recommend?')).toContain('Her advice includes');
  });
});

describe('roles the article ties to a name', () => {
  const court = {
    title: 'Charity director sentenced',
    text: [
      'A charity director was sentenced on Tuesday to 12 years in prison.',
      'U.S. District Judge Marcia Ellison imposed the sentence in Columbus.',
      'The defense had asked for six years.',
      '"This was a years-long betrayal of people who trusted you," Ellison said.',
    ].join(' '),
  };

  it('ties "judge" to the surname the article uses afterwards', () => {
    expect(roleNames(splitSentences(court.text), ['judge'])).toEqual([
      { role: 'judge', surname: 'ellison' },
    ]);
  });

  it('answers "what did the judge say?" with the sentence naming her by surname only', () => {
    const { answer, best } = decideOfflineAnswer(court, 'what did the judge say?');
    expect(best?.text).toContain('Ellison said');
    expect(answer.citations.map((citation) => citation.text)).toContain(best?.text);
  });

  it('does not take an organisation after a role word for a person', () => {
    const text = 'The Cauvery Water Regulation Committee met on Friday.';
    expect(roleNames(splitSentences(text), ['water'])).toEqual([]);
  });
});
