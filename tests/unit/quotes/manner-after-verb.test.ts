import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('a speech verb followed only by how it was said', () => {
  it('gives "contou, emocionada" to the person named in the sentence before (Portuguese)', () => {
    const text =
      'Um incêndio destruiu ontem duas casas na aldeia e obrigou a retirar dezenas de ' +
      'moradores.\n\nAna Paula Moreira, de 80 anos, perdeu tudo. "Nunca vi nada assim", ' +
      'contou, emocionada. "Ficámos sem nada", lamentou ainda, em lágrimas.';
    expect(speakerOf(text, 'Nunca vi')).toBe('Ana Paula Moreira');
    expect(speakerOf(text, 'Ficámos')).toBe('Ana Paula Moreira');
  });

  it('does so in Spanish and Italian too', () => {
    const spanish =
      'El incendio arrasó ayer dos viviendas del pueblo y obligó a desalojar a decenas de ' +
      'vecinos.\n\nLa vecina Carmen Ruiz, de 80 años, lo perdió todo. "Nunca había visto ' +
      'algo así", relató, visiblemente afectada.';
    expect(speakerOf(spanish, 'Nunca había')).toBe('Carmen Ruiz');
    const italian =
      'Un incendio ha distrutto ieri due case del paese e ha costretto decine di residenti ' +
      'a lasciare le abitazioni.\n\nRosa Bianchi, 80 anni, ha perso tutto. «Non avevo mai ' +
      'visto niente del genere», racconta commossa.';
    expect(speakerOf(italian, 'Non avevo')).toBe('Rosa Bianchi');
  });

  it('gives a quote of someone unnamed to their description, not to the quote before', () => {
    const text =
      'Um incêndio destruiu ontem duas casas na aldeia e obrigou a retirar dezenas de ' +
      'moradores.\n\n"Nunca vi nada assim", contou Ana Paula Moreira. "Agora é recomeçar", ' +
      'disse um vizinho.';
    expect(speakerOf(text, 'Nunca vi')).toBe('Ana Paula Moreira');
    expect(speakerOf(text, 'Agora é')).toBe('um vizinho');
  });
});
