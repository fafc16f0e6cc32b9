import { describe, it, expect } from 'vitest';
import { findQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

/** Error classes seen in real news, each rebuilt with made-up names. */
function speakers(text: string): (string | null)[] {
  return findQuotations(text)
    .filter((quote) => quote.kind === 'direct' && quote.depth === 0)
    .map((quote) => quote.speaker);
}

describe('general attribution error classes', () => {
  it('gives "the former Portugal left-back said" to the player last named', () => {
    const text = [
      "Dunmore's Tobias Whitcombe, who was dropped for the last two games, was less diplomatic.",
      '"I am not going to pretend I am happy," the former Portugal left-back said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tobias Whitcombe']);
  });

  it('reads an acronym whose initials skip "and" or stop short of the full name', () => {
    const text = [
      'The Bureau for Coastal Survey and Mapping has logged record erosion this year.',
      '"Two more storms would breach the dunes," the BCS said in a bulletin.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Bureau for Coastal Survey and Mapping']);
  });

  it('reads an acronym defined in brackets after the full name', () => {
    const text = [
      'The Office of Tidal Works and Harbours (OTH) has closed the pier.',
      '"The pier is unsafe," the OTH said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Office of Tidal Works and Harbours']);
  });

  it('gives "he said" to "Mr Ó Donnabháin", not to the party he accused', () => {
    const text = [
      'Speaking in the chamber, Ciarán Ó Donnabháin said the target would be missed.',
      'Mr Ó Donnabháin accused Clann Éireann of opposing housing at local level.',
      '"Your own councillors objected to 900 homes," he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ciarán Ó Donnabháin']);
  });

  it('reads "its owner, Ardent Bottling, which said" as the company "the company" means', () => {
    const text = [
      'The plant was closed by its owner, Ardent Bottling, which said in May that it could no longer compete.',
      '"We are proud of this plant," said Hal Brenner, 61, who retired from it in 2019.',
      'Ardent said it would pay severance.',
      '"We recognize the impact this decision has," the company said in a statement.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Hal Brenner', 'Ardent Bottling']);
  });

  it('gives "he told The Courier" to the man, past "a chair" he once threw', () => {
    const text = [
      'Brendan Kilcoyne, who won three titles at Harlow State, announced his retirement on Tuesday.',
      'Kilcoyne was a lightning rod. He was suspended twice, once for throwing a chair in 1994.',
      '"I was a fool. I let my school down," he told The Courier in a 2020 interview.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Brendan Kilcoyne']);
  });

  it('gives "she told The Chronicle" to the actor, not her character or "a career"', () => {
    const text = [
      'Niamh Faraday has spent most of her career playing quiet women.',
      'Faraday, 31, plays Brigid, the daughter of a ferryman who is left to run the boat alone.',
      'She told Meridian that she spent two weeks on an island before filming began.',
      '"By day four I was talking to the gulls," she said.',
      'The film is a departure for Faraday, who became famous on the soap "Glenmore" and has since built a career in television.',
      '"I was 16 and people were shouting at me in shops," she told The Chronicle in 2019.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Niamh Faraday', 'Niamh Faraday']);
  });
});
