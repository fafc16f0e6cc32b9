import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (Dutch): "Burgemeester Anouk Jansen van Leerwijk" writes the office, the name and
 * the office's place; when the copy then calls her "Jansen", the full name is "Anouk Jansen",
 * not one that runs on into "van Leerwijk" as a second surname would in Spanish.
 */

const dutch = speakerIn('nl');

describe('class: "van" and a place after a full name is the office’s place, not the surname', () => {
  it('gives "Smit zegt:" the mayor’s name without the town', () => {
    const text =
      'Burgemeester Pieter Smit van Zandhoven opende maandag het nieuwe zwembad.\n\n' +
      'Smit zegt: ‘Dit bad was twintig jaar lang een wens van de inwoners.’';
    expect(dutch(text, 'Dit bad')).toBe('Pieter Smit');
  });

  it('gives "aldus Kok" the director’s name without the organisation', () => {
    const text =
      'Directeur Bram Kok van Natuurbehoud Oost maakt zich zorgen over de droogte.\n\n' +
      '‘De vennen vallen droog’, aldus Kok.';
    expect(dutch(text, 'De vennen')).toBe('Bram Kok');
  });

  it('gives "reageert Visser" the deputy’s name without the province', () => {
    const text =
      'Gedeputeerde Femke Visser van Gelderland kreeg kritiek op het stikstofplan.\n\n' +
      '‘We hebben iedereen gehoord’, reageert Visser.';
    expect(dutch(text, 'We hebben')).toBe('Femke Visser');
  });
});
