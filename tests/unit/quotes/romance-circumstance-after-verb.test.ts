import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('a verb with no subject, then a circumstance holding an indefinite noun', () => {
  it('reads "declarou, em resposta a uma pergunta" as the person named before (Portuguese)', () => {
    const text =
      'A ponte sobre o rio Vouga vai fechar durante três meses para obras urgentes.\n\n' +
      'Na Assembleia Municipal, a presidente da câmara, Adelaide Fontes, defendeu o calendário. ' +
      '«Não havia outra data possível», declarou, em resposta a uma deputada municipal.';
    expect(speakerOf(text, 'Não havia')).toBe('Adelaide Fontes');
  });

  it('reads "dijo, en respuesta a una consulta" as the person named before (Spanish)', () => {
    const text =
      'El puerto de Bahía Blanca suspendió las operaciones por el temporal de viento.\n\n' +
      'El intendente Ramiro Lastra visitó la zona afectada el lunes por la tarde. ' +
      '“Vamos a reconstruir todo”, dijo, en respuesta a una consulta de este diario.';
    expect(speakerOf(text, 'Vamos a')).toBe('Ramiro Lastra');
  });
});
