import { describe, expect, it } from 'vitest';
import {
  answerOffline,
  decideOfflineAnswer,
} from '../../../src/core/engines/answers/answer-offline.ts';
import { oneEditApart } from '../../../src/core/engines/answers/spelling-variants.ts';
import { loadSeedArticle } from '../../fixtures/answers/load-answer-articles.ts';

const seed = loadSeedArticle();

/** Questions as chat readers type them: lower case, misspelt, in shorthand. */
describe('chat-typed questions about the seed', () => {
  it('answers "what did kellogg recommend?" in lower case with his advice', () => {
    const answer = answerOffline(seed, 'what did kellogg recommend?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations.map((citation) => citation.text).join(' ')).toMatch(
      /His advice includes|Kellogg also advocated/,
    );
  });

  it('answers a misspelt "where was the press confrence held?" with the Astana sentence', () => {
    const answer = answerOffline(seed, 'where was the press confrence held?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.text).toContain('press conference in Astana, Kazakhstan');
  });

  it('reads "wat" and a misspelt "abuot" as the question words they are', () => {
    const answer = answerOffline(seed, 'wat did putin say abuot trump');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.text).toContain('clever and experienced');
  });

  it('never answers "what did kellogg say about china?": it shows his closest passages, labelled', () => {
    const decision = decideOfflineAnswer(seed, 'what did kellogg say about china?');
    expect(decision.answer.answerable).toBe(false);
    expect(decision.answer.text).toMatch(
      /^The article doesn’t answer that directly; the closest passages: /,
    );
    for (const citation of decision.answer.citations) expect(citation.text).toContain('Kellogg');
  });
});

describe('names typed in lower case', () => {
  const article = {
    title: 'Lost dog found 200 miles from home',
    text: [
      'A family have been reunited with their dog after she was spotted on a doorbell camera.',
      'Sheila Thomas, 63, left out food and water and took the dog to a local vet.',
      'The vet scanned her microchip and called the family within minutes.',
      'Mrs Thomas, who refused a reward offered by the family, said she was delighted to have helped.',
      '“When I saw their faces, that was reward enough,” she said.',
    ].join(' '),
  };

  it('follows a first name to the surname the article uses after it', () => {
    const answer = answerOffline(article, 'did sheila take the reward');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.text).toContain('who refused a reward offered by the family');
  });
});

describe('oneEditApart', () => {
  it.each([
    ['publsihed', 'published'],
    ['conference', 'confrence'],
    ['governer', 'governor'],
    ['heaters', 'heater'],
  ])('takes %s and %s for one slip', (left, right) => {
    expect(oneEditApart(left, right)).toBe(true);
  });

  it.each([
    ['trial', 'trials2'],
    ['house', 'horse2'],
    ['same', 'same'],
  ])('keeps %s and %s apart', (left, right) => {
    expect(oneEditApart(left, right)).toBe(false);
  });
});
