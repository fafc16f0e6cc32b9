import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('a club or a place after an elided preposition is no full name for a surname', () => {
  it('reads "l’allenatore dell’Atletico Valdorso, Marco Fanti" as Marco Fanti (Italian)', () => {
    const text =
      'Il Real Montebello vince il derby e resta in vetta alla classifica del girone.\n\n' +
      '“Abbiamo giocato male per un’ora — ha ammesso l’allenatore dell’Atletico Valdorso, ' +
      'Marco Fanti — e alla fine lo abbiamo pagato.” La squadra è ora al quinto posto.';
    expect(speakerOf(text, 'Abbiamo giocato')).toBe('Marco Fanti');
  });

  it('reads "l’entraîneur de l’Olympique Vernon, Paul Ricard" as Paul Ricard (French)', () => {
    const text =
      'Le FC Sainte-Marie a battu son voisin samedi soir devant deux mille spectateurs.\n\n' +
      '« Nous avons manqué de lucidité », a reconnu l’entraîneur de l’Olympique Vernon, ' +
      'Paul Ricard, après la rencontre.';
    expect(speakerOf(text, 'Nous avons')).toBe('Paul Ricard');
  });
});
