import { describe, it, expect } from 'vitest';
import { answerOffline } from '../../../src/core/engines/answers/answer-offline.ts';
import type { Article } from '../../../src/core/model/article.ts';
import { blindAnswerQuestionCases } from '../../fixtures/answers/answer-questions-blind.ts';
import { loadAnswerArticles } from '../../fixtures/answers/load-answer-articles.ts';

const articles = await loadAnswerArticles();

function article(id: string): Article {
  const found = articles.get(id);
  if (found === undefined) throw new Error(`no article ${id}`);
  return found;
}

function cited(id: string, question: string, history: string[] = []): string[] {
  const turns = history.map((text) => ({ role: 'user' as const, text }));
  return answerOffline(article(id), question, turns).citations.map((citation) => citation.text);
}

describe('answerOffline on the blind question set (written before tuning)', () => {
  const results = blindAnswerQuestionCases.map((item) => {
    const history = (item.history ?? []).map((text) => ({ role: 'user' as const, text }));
    return { item, answer: answerOffline(article(item.article), item.question, history) };
  });

  it('cites only verbatim spans of the article', () => {
    for (const { item, answer } of results)
      for (const citation of answer.citations)
        expect(article(item.article).text.slice(citation.start, citation.end)).toBe(citation.text);
  });

  // Measured: 63/72 answerable questions cite an expected sentence, 13/16 unanswerable refused;
  // after session 16, 66/72 and 13/16 (one of them gets only the closest passages).
  it('cites an expected sentence for at least 88% of answerable questions', () => {
    const answerable = results.filter(({ item }) => item.expected !== null);
    const hits = answerable.filter(({ item, answer }) =>
      answer.citations.some((citation) =>
        (item.expected ?? []).some((part) => citation.text.includes(part)),
      ),
    );
    expect(hits.length / answerable.length).toBeGreaterThanOrEqual(0.88);
  });

  it('says "the article doesn’t say" for at least 75% of unanswerable questions', () => {
    const unanswerable = results.filter(({ item }) => item.expected === null);
    const refused = unanswerable.filter(({ answer }) => !answer.answerable);
    expect(refused.length / unanswerable.length).toBeGreaterThanOrEqual(0.75);
  });
});

describe('answerOffline vocabulary and answer shapes', () => {
  it('answers "what is the new interest rate" with the sentence stating it', () => {
    expect(cited('09-wire-central-bank', 'What is the new interest rate?').join(' ')).toContain(
      'by 25 basis points to 0.5 percent',
    );
  });

  it('answers "how many customers" with the count of customers, not "affected customers"', () => {
    expect(cited('11-tech-data-breach', 'How many customers were affected?')[0]).toContain(
      'about 19 million customers',
    );
  });

  it('meets "hackers … get in" with "attackers gained access … by using"', () => {
    expect(cited('11-tech-data-breach', 'How did the hackers get in?').join(' ')).toContain(
      'login credentials stolen from an outside contractor',
    );
  });

  it('answers a score question with the result ("beat Castleford 2-1")', () => {
    expect(cited('03-sports-final', 'what was the score?')[0]).toContain('to beat Castleford 2-1');
  });

  it('answers "how old was she?" from the sentence with her age', () => {
    expect(cited('07-obituary-scientist', 'how old was she?')).toContain('She was 88.');
  });

  it('answers a yes/no question with the sentence that denies it', () => {
    expect(cited('10-health-measles', 'has anyone died?')).toContain(
      'No deaths have been reported.',
    );
  });

  it('follows an elliptical follow-up ("and the battalion chief?")', () => {
    expect(
      cited('12-environment-wildfire', 'and the battalion chief?', [
        'what did the sheriff say?',
      ]).join(' '),
    ).toContain('Battalion Chief Maria Lopez');
  });

  it.each([
    ['16-transport-strike', 'What is the price of bitcoin?'],
    ['heatwave', 'how many people have died?'],
    ['11-tech-data-breach', 'has anyone been arrested?'],
  ])('says the article does not cover %s: %j', (id, question) => {
    const answer = answerOffline(article(id), question);
    expect(answer.answerable).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.text).toMatch(/^The article doesn’t say\./);
  });

  // The wire speaks of rates, never of unemployment: the reader is told so and shown the
  // closest sentences, not a refusal that hides what the article does say about rates.
  it('labels the rate sentences as the closest passages for "what\'s the unemployment rate?"', () => {
    const answer = answerOffline(article('central-bank-wire'), "what's the unemployment rate?");
    expect(answer.answerable).toBe(false);
    expect(answer.closestPassages).toBe(true);
    expect(answer.text).toMatch(
      /^The article doesn’t answer that directly; the closest passages: /,
    );
    for (const citation of answer.citations) expect(citation.text).toMatch(/\brates?\b/);
    expect(answer.text).not.toMatch(/unemploy/i);
  });
});
