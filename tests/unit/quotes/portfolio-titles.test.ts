import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

const speakerOf = (text: string): string | null | undefined => analyzeQuotations(text)[0]?.speaker;

describe('speakers behind a portfolio title', () => {
  it('drops the portfolio after "Minister for", keeping a surname particle', () => {
    expect(
      speakerOf('“We will build 40,000 homes,” said Minister for Housing Darragh Mac Cárthaigh.'),
    ).toBe('Darragh Mac Cárthaigh');
    expect(speakerOf('“We will build the homes,” Minister for Housing Orla Brennan said.')).toBe(
      'Orla Brennan',
    );
  });

  it('hops over "Minister of State for" and a two-word portfolio', () => {
    expect(
      speakerOf('“Prices will fall,” said Minister of State for Trade Promotion Neale Richmond.'),
    ).toBe('Neale Richmond');
  });

  it('drops "the Exchequer" after "Chancellor of"', () => {
    expect(speakerOf('“We are ready,” Chancellor of the Exchequer Rachel Reeves told MPs.')).toBe(
      'Rachel Reeves',
    );
  });

  it('leaves a name that only follows "of" in other senses alone', () => {
    expect(
      speakerOf('“It was a long night,” said Mayor of Springfield Tomás Ibarra Quintero.'),
    ).toBe('Tomás Ibarra Quintero');
  });
});
