import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { speakerOf } from './score-quote-set.ts';

describe('German and Dutch quotes resumed after an attribution between commas', () => {
  it('keeps the lower-case second piece as the same speaker’s direct quote', () => {
    const german =
      'Der Bahnhof wird saniert. „Ein Bahnhof ohne Aufzug“, so Bauamtsleiter Peter Krämer, „ist nicht mehr zeitgemäß.“';
    const pieces = analyzeQuotations(german);
    expect(pieces.map((piece) => piece.kind)).toEqual(['direct', 'direct']);
    expect(speakerOf(german, 'ist nicht mehr')).toBe('Peter Krämer');
    const dutch =
      'Het plan ligt klaar. ‘Als de provincie niet betaalt’, zegt voorzitter Anne de Graaf, ‘dan zoeken we zelf geld.’';
    expect(speakerOf(dutch, 'dan zoeken')).toBe('Anne de Graaf');
  });

  it('does not take the department in brackets after a name for the office’s holder', () => {
    const text =
      'Wethouder Karin de Vries (Sport en Cultuur) begrijpt de zorgen. “We bouwen een nieuwe hal”, zegt de wethouder, “en die is groter.”';
    expect(speakerOf(text, 'We bouwen')).toBe('Karin de Vries');
    expect(speakerOf(text, 'en die is')).toBe('Karin de Vries');
  });
});

describe('German and Dutch sentences whose subject points back', () => {
  it('gives a quote after "Der 47-Jährige …" to the person named before', () => {
    const text =
      '»Wir waren schlecht«, sagte Trainer Jens Albrecht. Zur Pause lag seine Mannschaft hinten.\n\n' +
      'Der 47-Jährige nahm sich nicht aus. »Ich muss besser werden. Das ist klar.« Albrecht ist seit 2020 im Amt.';
    expect(speakerOf(text, 'Ich muss besser')).toBe('Jens Albrecht');
  });

  it('gives a quote after "De rechter was …" to the judge named before', () => {
    const text =
      '“Dit kan niet”, zei rechter Marieke de Boer bij de uitspraak in Arnhem.\n\n' +
      'De rechter was streng. “U hebt gelogen. Dat weegt zwaar.” De verdachte zweeg.';
    expect(speakerOf(text, 'U hebt gelogen')).toBe('Marieke de Boer');
  });

  it('reads "schimpfte" as a speech verb', () => {
    const text = '»Das war peinlich«, schimpfte Kapitän Tobias Brandt nach dem Spiel.';
    expect(speakerOf(text, 'Das war peinlich')).toBe('Tobias Brandt');
  });
});

describe('German and Dutch names after "according to" and circumstances after descriptions', () => {
  it('drops "Volgens" before a surname that opens with its particle', () => {
    const text =
      '‘We sluiten de bibliotheek’, zegt wethouder Karel de Bruin (Cultuur). Het aantal bezoekers daalde.\n\n' +
      'Volgens De Bruin is er geen geld meer. ‘De gemeente kan dit niet betalen. Dat is rekenen.’';
    expect(speakerOf(text, 'De gemeente kan')).toBe('Karel de Bruin');
  });

  it('ends a described spokesperson before "auf Anfrage" or "na de zitting"', () => {
    const german =
      'Das Amt schwieg lange. „Die Planung läuft“, teilte eine Sprecherin der Stadt auf Anfrage mit.';
    expect(speakerOf(german, 'Die Planung')).toBe('eine Sprecherin der Stadt');
    const dutch =
      'De zaak sleept al jaren. “Wij gaan in hoger beroep”, zei een woordvoerder van de provincie na de zitting.';
    expect(speakerOf(dutch, 'Wij gaan')).toBe('een woordvoerder van de provincie');
  });
});

describe('German and Dutch pronouns pointing to someone described', () => {
  it('gives a quote after "… sieht sie …" to the unnamed person described before', () => {
    const german =
      'Die Schule schließt. Eine Lehrerin, die seit 20 Jahren dort arbeitet, will anonym bleiben. ' +
      'Die Schuld sieht sie beim Land. „Wir wurden einfach vergessen.“';
    expect(speakerOf(german, 'Wir wurden')).toBe('Eine Lehrerin');
    const dutch =
      'De bus rijdt niet meer. Een chauffeur die er al jaren rijdt, wil zijn naam niet noemen. ' +
      'Volgens hem is het te laat. ‘Niemand heeft ons gevraagd.’';
    expect(speakerOf(dutch, 'Niemand heeft')).toBe('Een chauffeur');
  });
});
