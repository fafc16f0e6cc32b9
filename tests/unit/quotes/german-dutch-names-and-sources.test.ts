import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('Dutch names among parties, groups, departments and occupations', () => {
  it('stops a name with a particle before "van" and the party (ten Hove van Lokaal Belang)', () => {
    const text = '‘Dit plan is slecht voor het dorp’, aldus raadslid Femke van Dijk van Dorpsbelang.';
    expect(speakerOf(text, 'Dit plan')).toBe('Femke van Dijk');
  });

  it('does not take a group after "van actiegroep" for the person who speaks', () => {
    const text =
      'Daar denkt Marloes Jansen van buurtvereniging Groen Hart anders over. Zij zamelde geld in. ' +
      '‘Dit laten we niet gebeuren’, zegt ze.';
    expect(speakerOf(text, 'Dit laten')).toBe('Marloes Jansen');
  });

  it('drops an occupation that opens the sentence (Cardioloog Bram De Smet)', () => {
    const text = 'Cardioloog Bram De Smet is voorzichtig. “Het is te vroeg om te juichen”, zegt hij.';
    expect(speakerOf(text, 'Het is te vroeg')).toBe('Bram De Smet');
  });

  it('reads a full name after the department of an office (minister van Onderwijs Emma Claes)', () => {
    const text =
      'Vlaams minister van Onderwijs Emma Claes (CD&V) wil de regels aanpassen. “Zo kan het niet verder”, aldus de minister.';
    expect(speakerOf(text, 'Zo kan het')).toBe('Emma Claes');
  });
});
