import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (German, Dutch): a firm introduced by its trade ("Der Heizungsbauer Brenner
 * Haustechnik", "De fietsenfabrikant Velomax") and then called by the generic noun ("das
 * Unternehmen", "der Konzern", "het bedrijf") speaks as the firm named, not as "Unternehmen".
 */

const german = speakerIn('de');
const dutch = speakerIn('nl');

describe('class: a firm named with its trade, then called "das Unternehmen"', () => {
  it('gives "teilte das Unternehmen mit" to the maker named before', () => {
    const text =
      'Der Küchenhersteller Nordholm Möbel streicht 200 Stellen.\n\n' +
      '„Der Schritt ist unvermeidlich“, teilte das Unternehmen am Montag mit.';
    expect(german(text, 'Der Schritt')).toBe('Nordholm Möbel');
  });

  it('gives "erklärte der Konzern" to the carmaker named before', () => {
    const text =
      'Der Autobauer Vantor Motors verlegt seine Zentrale nach München.\n\n' +
      '„Wir wollen näher an unseren Kunden sein“, erklärte der Konzern.';
    expect(german(text, 'Wir wollen')).toBe('Vantor Motors');
  });

  it('gives "aldus het bedrijf" to the Dutch manufacturer named before', () => {
    const text =
      'De fietsenfabrikant Velomax sluit zijn fabriek in Dieren.\n\n' +
      '‘De vraag is ingestort’, aldus het bedrijf.';
    expect(dutch(text, 'De vraag')).toBe('Velomax');
  });

  it('leaves a person named after a trade a person ("Bäckermeister Jan Horn")', () => {
    const text =
      'Der Bäckermeister Jan Horn schließt seine Filiale.\n\n' +
      '„Die Energiekosten sind zu hoch“, teilte das Unternehmen mit.';
    expect(german(text, 'Die Energiekosten')).not.toBe('Jan Horn');
  });
});
