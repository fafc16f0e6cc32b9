import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('Dutch names among parties, groups, departments and occupations', () => {
  it('stops a name with a particle before "van" and the party (ten Hove van Lokaal Belang)', () => {
    const text =
      '‘Dit plan is slecht voor het dorp’, aldus raadslid Femke van Dijk van Dorpsbelang.';
    expect(speakerOf(text, 'Dit plan')).toBe('Femke van Dijk');
  });

  it('does not take a group after "van actiegroep" for the person who speaks', () => {
    const text =
      'Daar denkt Marloes Jansen van buurtvereniging Groen Hart anders over. Zij zamelde geld in. ' +
      '‘Dit laten we niet gebeuren’, zegt ze.';
    expect(speakerOf(text, 'Dit laten')).toBe('Marloes Jansen');
  });

  it('drops an occupation that opens the sentence (Cardioloog Bram De Smet)', () => {
    const text =
      'Cardioloog Bram De Smet is voorzichtig. “Het is te vroeg om te juichen”, zegt hij.';
    expect(speakerOf(text, 'Het is te vroeg')).toBe('Bram De Smet');
  });

  it('reads a full name after the department of an office (minister van Onderwijs Emma Claes)', () => {
    const text =
      'Vlaams minister van Onderwijs Emma Claes (CD&V) wil de regels aanpassen. “Zo kan het niet verder”, aldus de minister.';
    expect(speakerOf(text, 'Zo kan het')).toBe('Emma Claes');
  });
});

describe('German and Dutch unnamed sources and incises', () => {
  it('shows an indefinite source as written, without its relative clause', () => {
    const after = '„Das war früher anders“, sagt eine Anwohnerin, die hier seit 1970 lebt.';
    expect(speakerOf(after, 'Das war früher')).toBe('eine Anwohnerin');
    const before =
      'Ein Landwirt aus dem Kreis Emsland, der anonym bleiben will, sagte: „Wir sind am Limit.“';
    expect(speakerOf(before, 'Wir sind am Limit')).toBe('Ein Landwirt aus dem Kreis Emsland');
    const previous =
      'Het dorp is verdeeld. Een buurtbewoner die er al veertig jaar woont, wil anoniem blijven. ‘Dit is geen oplossing.’';
    expect(speakerOf(previous, 'Dit is geen')).toBe('Een buurtbewoner');
  });

  it('describes a spokesperson as written (decision 0014) and keeps a named appositive named', () => {
    const spokesman = '„Die Lage ist ernst“, sagte ein Sprecher der Stadt.';
    expect(speakerOf(spokesman, 'Die Lage')).toBe('ein Sprecher der Stadt');
    const woordvoerster = '‘We gaan door’, liet een woordvoerster van het waterschap weten.';
    expect(speakerOf(woordvoerster, 'We gaan door')).toBe('een woordvoerster van het waterschap');
    const named = 'Eine Lehrerin aus Kassel, Jana Vogt, sagt: „Wir brauchen mehr Personal.“';
    expect(speakerOf(named, 'Wir brauchen')).not.toBe('Eine Lehrerin aus Kassel');
  });

  it('gives the quote after „…“, sagte er, „…“ to the same speaker', () => {
    const text =
      'Bürgermeister Jonas Albrecht verteidigte den Plan. „Wir sparen nicht an der Schule“, sagte er, „und wir bauen die Halle.“';
    expect(speakerOf(text, 'und wir bauen')).toBe('Jonas Albrecht');
  });
});

describe('German reflexive speech verbs', () => {
  it('reads freute sich / ärgerte sich before an occupation and a name', () => {
    const text =
      '„Das war ein verdienter Sieg“, freute sich Heimtrainer Stefan Kowalski nach dem Spiel.';
    expect(speakerOf(text, 'Das war ein')).toBe('Stefan Kowalski');
    const annoyed = '„So geht das nicht“, ärgerte sich Kapitänin Lena Maurer.';
    expect(speakerOf(annoyed, 'So geht')).toBe('Lena Maurer');
  });
});
