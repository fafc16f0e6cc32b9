import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('Spanish, Portuguese, French and Italian sources pointed back to', () => {
  it('reads imperfect and less common speech verbs ("explicaba", "apelou", "precisou")', () => {
    const spanish =
      'El mercado de abastos de Teruel cerró ayer sus puertas.\n\nLa frutera Rosa Almunia ' +
      'Gil recogía sus cajas. «Aquí he pasado cuarenta años», explicaba Almunia.';
    expect(speakerOf(spanish, 'Aquí he pasado')).toBe('Rosa Almunia Gil');
    const portuguese =
      'O temporal fechou ontem as escolas de Viseu.\n\n«Fiquem em casa esta noite», apelou ' +
      'o presidente da câmara de Viseu, Artur Quintela, em conferência de imprensa.';
    expect(speakerOf(portuguese, 'Fiquem em casa')).toBe('Artur Quintela');
  });

  it('gives a first surname the surnames the full name writes after it ("según Iglesias")', () => {
    const text =
      'La consejera de Educación, Nuria Olmos Bastida, presentó ayer el calendario escolar.\n\n' +
      'Según Olmos, «el curso empezará el 8 de septiembre en todos los centros».';
    expect(speakerOf(text, 'el curso empezará')).toBe('Nuria Olmos Bastida');
  });
});
