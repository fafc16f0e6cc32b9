import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

function pieces(text: string): [string, string | null][] {
  return analyzeQuotations(text)
    .filter((quote) => quote.depth === 0 && quote.kind === 'direct')
    .map((quote) => [quote.text, quote.speaker]);
}

describe('an incise inside the marks whose speaker has a hyphenated office after the comma', () => {
  it('reads « …, répond X, vice-présidente chargée de … . Suite » as two pieces of X', () => {
    const text =
      'Le département ferme deux collèges ruraux.\n\n' +
      '« Les effectifs baissent depuis dix ans, explique Sylvie Kermarrec, vice-présidente ' +
      'chargée de l’éducation. Nous ne pouvons plus garder des classes de huit élèves. »';
    expect(pieces(text)).toEqual([
      ['Les effectifs baissent depuis dix ans', 'Sylvie Kermarrec'],
      ['Nous ne pouvons plus garder des classes de huit élèves.', 'Sylvie Kermarrec'],
    ]);
  });
});
