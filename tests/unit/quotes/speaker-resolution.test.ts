import { describe, it, expect } from 'vitest';
import { findQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

function speakers(text: string): [string, string | null][] {
  return findQuotations(text)
    .filter((quote) => quote.kind === 'direct' && quote.depth === 0)
    .map((quote) => [quote.text, quote.speaker]);
}

describe('speaker resolution', () => {
  it('strips long titles such as "Council Member" and "Special Agent in Charge"', () => {
    const text = [
      '"We decided that two years ago," said Council Member Rafael Duquesne.',
      '"I have read every page," the councilman said.',
      '"Every dollar counts," said Special Agent in Charge Elena Rosales.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['We decided that two years ago', 'Rafael Duquesne'],
      ['I have read every page', 'Rafael Duquesne'],
      ['Every dollar counts', 'Elena Rosales'],
    ]);
  });

  it('keeps relatives who share a surname apart', () => {
    const text = [
      '"I have never been to a protest," said Kayla Hendricks, 29, a hygienist.',
      'Her mother, Patricia Hendricks, 61, said she had marched in the 1980s. "I thought we had settled this," she said.',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      'Kayla Hendricks',
      'Patricia Hendricks',
    ]);
  });

  it('gives "she said" to the woman, not to the man mentioned last', () => {
    const text = [
      '"This was deliberate theft," U.S. District Judge Margaret Okafor said.',
      'Ms. Okafor said she had read letters praising Gregory Pemberton, who wept as his lawyer spoke. "I do not doubt them," she said.',
    ].join('\n\n');
    expect(speakers(text)[1]).toEqual(['I do not doubt them', 'Margaret Okafor']);
  });

  it('names organisations that speak, including "the ministry" and "it said"', () => {
    const text = [
      'The Russian Defence Ministry said its forces shot down 32 drones. "All the drones were destroyed," the ministry said.',
      'The French Foreign Ministry rejected the demand. "The putschists have no authority," it said.',
      '"Any new fire will spread rapidly," the National Weather Service said.',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      'Russian Defence Ministry',
      'French Foreign Ministry',
      'National Weather Service',
    ]);
  });

  it('reads a colon sentence with a pronoun subject and a quote-only paragraph after reported speech', () => {
    const text = [
      'Gov. Caroline Westbrook signed the bill on Friday.',
      'Her message to lawmakers was blunt:',
      '"I am done waiting. Colorado is done waiting."',
      'County Supervisor Lena Ruiz said the county had opened four shelters.',
      '"Nobody should stay behind because they do not know where to go."',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      'Caroline Westbrook',
      'Lena Ruiz',
    ]);
  });

  it('shows a quote from an unnamed source with the description the text introduced', () => {
    const text = [
      '"Aid must continue," said Sen. Roger Hale.',
      'According to a senior defense official who briefed reporters on condition of anonymity, the missiles could arrive within weeks. "Some of these will move faster than people expect," the official said.',
    ].join('\n\n');
    expect(speakers(text)[1]).toEqual([
      'Some of these will move faster than people expect',
      'a senior defense official',
    ]);
  });
});
