import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('a coach referred back to by the other word for the office', () => {
  it('reads "il tecnico" as the last allenatore named, not an earlier tecnico (Italian)', () => {
    const text =
      'Il Borgo San Vito batte la Polisportiva Lerici e sale al terzo posto in classifica.\n\n' +
      '«Vittoria meritata», ha detto il tecnico Carlo Bruni a fine gara. Sul fronte opposto ' +
      'parla l’allenatore della Polisportiva Lerici, Gianni Ferro. Il tecnico ligure ha ' +
      'criticato l’arbitro: «Il secondo gol era in fuorigioco di un metro».';
    expect(speakerOf(text, 'Il secondo gol')).toBe('Gianni Ferro');
  });

  it('reads "el técnico" as the entrenador named before (Spanish)', () => {
    const text =
      'El Deportivo Olmedo empató sin goles ante el líder del torneo en su estadio.\n\n' +
      'El entrenador del Olmedo, Raúl Benítez, habló tras el partido con la prensa local. ' +
      '“Merecimos más en el segundo tiempo”, aseguró el técnico.';
    expect(speakerOf(text, 'Merecimos más')).toBe('Raúl Benítez');
  });
});
