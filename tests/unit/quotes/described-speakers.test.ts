import { describe, it, expect } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { findKeyQuotes } from '../../../src/core/engines/quotes/find-key-quotes.ts';
import { describedAs } from '../../../src/core/engines/quotes/described-speaker.ts';

/** Each direct quote as [speaker, speakerKind]. */
function described(text: string): [string | null, string | undefined][] {
  return analyzeQuotations(text)
    .filter((quote) => quote.kind === 'direct' && quote.depth === 0)
    .map((quote) => [quote.speaker, quote.speakerKind]);
}

describe('speakers the text only describes (decision 0014)', () => {
  it('shows "said a senior campaign adviser" with the description as written', () => {
    const text = [
      'Governor Alma Brandt spent the week in Iowa.',
      '“She is not going anywhere until the last vote is counted,” said a senior Brandt adviser.',
    ].join('\n\n');
    expect(described(text)).toEqual([['a senior Brandt adviser', 'description']]);
  });

  it('grows a description past its first lower-case word to where the clause ends', () => {
    const text = [
      'Mayor Colin Pardee opened the meeting late.',
      '“Nobody in this room trusts the numbers,” said one district party leader.',
      '“He has lost the council,” said a longtime adviser to the mayor, who asked not to be named.',
    ].join('\n\n');
    expect(described(text)).toEqual([
      ['one district party leader', 'description'],
      ['a longtime adviser', 'description'],
    ]);
  });

  it('reads a party member as a description and ties a description to the name after it', () => {
    const text = [
      'Voters in the state go to the polls next week.',
      '“She has to win here or the race is over,” said one New Hampshire Democrat.',
      '“He will not be the nominee,” said a longtime adviser to Governor Brandt, who asked not to be named.',
      '“We do not see a path,” said a prominent Republican National Committee member.',
    ].join('\n\n');
    expect(described(text).map(([speaker]) => speaker)).toEqual([
      'one New Hampshire Democrat',
      'a longtime adviser to Governor Brandt',
      'a prominent Republican National Committee member',
    ]);
  });

  it('gives "she said" after an unnamed one to the description the text introduced', () => {
    const text = [
      'The plant shed 400 jobs on Friday.',
      'Another worker, a line supervisor who asked not to be named, said the notice came by text.',
      '“Nobody on my shift saw this coming,” she said.',
    ].join('\n\n');
    expect(described(text)).toEqual([['a line supervisor', 'description']]);
  });

  it('names a person where the text names them, and marks no kind', () => {
    const text = '“We will appeal,” said Renata Silva, the union’s lawyer.';
    expect(described(text)).toEqual([['Renata Silva', undefined]]);
  });

  it('shows a document the text quotes ("the report concluded") as written', () => {
    const text = [
      'The watchdog published its review of the hospital on Monday.',
      '“Staff were left without clear guidance for months,” the report concluded.',
    ].join('\n\n');
    expect(described(text)).toEqual([['the report', 'description']]);
  });

  it('gives no speaker for a possessive or a bare "one": they say nothing on their own', () => {
    const text = [
      'Senator Vic Amundsen left the chamber.',
      '“It is over,” his aide said quietly.',
    ].join('\n\n');
    expect(described(text)[0]?.[1]).not.toBe('description');
    expect(describedAs('one')).toBeUndefined();
    expect(describedAs('his aide')).toBeUndefined();
    expect(describedAs('a while back when she')).toBeUndefined();
    expect(describedAs('one Democrat familiar')).toBe('one Democrat');
  });

  it('lets a described quote be a key quote, shown with its description', () => {
    const text = [
      'The plant will close in March, the company confirmed on Friday.',
      '“We were told on a video call that took eleven minutes and then the screen went dark,” said one longtime machinist.',
    ].join('\n\n');
    expect(findKeyQuotes(text)).toEqual([
      expect.objectContaining({
        speaker: 'one longtime machinist',
        speakerKind: 'description',
      }),
    ]);
  });
});
