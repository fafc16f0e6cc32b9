import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('a described subject after the place and time that open its sentence', () => {
  it('reads "Devant la mairie, jeudi soir, un commerçant du centre ne cache pas …" (French)', () => {
    const text =
      'La municipalité de Quimperlé veut rendre la rue principale piétonne dès le printemps.\n\n' +
      'Le maire, Alain Kerdreux, défend un projet « attendu depuis des années ».\n\n' +
      'Devant la mairie, jeudi soir, un commerçant du centre ne cache pas son inquiétude. ' +
      '« Sans voitures, mes clients ne viendront plus », confie-t-il.';
    expect(speakerOf(text, 'Sans voitures')).toEqual('un commerçant du centre');
  });

  it('reads "En la puerta del hospital, una enfermera no quiso …" (Spanish)', () => {
    const text =
      'El gobierno provincial anunció el cierre de la guardia nocturna del hospital de Zárate.\n\n' +
      'El ministro de Salud, Tomás Aguirre, defendió la medida en la Legislatura.\n\n' +
      'En la puerta del hospital, una enfermera del turno noche no quiso dar su nombre. ' +
      '“Nos enteramos por la radio”, dijo.';
    expect(speakerOf(text, 'Nos enteramos')).toEqual('una enfermera del turno noche');
  });
});
