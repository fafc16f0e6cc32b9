import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('Romance pronominal speech verbs, plural verbs and source nouns without an article', () => {
  it('reads a pronominal verb of feeling after the quote ("se lamentó", "si sfoga", "queixou-se")', () => {
    const spanish =
      'La fábrica de conservas de Vigo cerró el viernes.\n\n' +
      '“Trabajé aquí treinta años y nadie me avisó”, se lamentó Carmen Otero, empleada de ' +
      'la línea de envasado, a la salida de la planta.';
    expect(speakerOf(spanish, 'Trabajé aquí')).toBe('Carmen Otero');
    const italian =
      'Il mercato coperto di Lucca chiude per lavori.\n\n' +
      '«Dove andremo a vendere per due anni?», si chiede Franco Lenzi, ambulante da trent’anni.';
    expect(speakerOf(italian, 'Dove andremo')).toBe('Franco Lenzi');
    const portuguese =
      'O centro de saúde de Tomar fechou as urgências à noite.\n\n' +
      'Joaquina Pires, de 71 anos, esperou quatro horas. «Ninguém nos explica nada», ' +
      'queixou-se a reformada, à porta do edifício.';
    expect(speakerOf(portuguese, 'Ninguém nos')).toBe('Joaquina Pires');
  });

  it('reads "planteó" and a plural verb after the quote as speech verbs (Spanish)', () => {
    const text =
      'El Concejo debatió el nuevo código de tránsito.\n\n' +
      '“No se consultó a ningún vecino”, planteó la concejala Marta Quiroga en la sesión.';
    expect(speakerOf(text, 'No se consultó')).toBe('Marta Quiroga');
  });

  it('describes a source noun written without an indefinite article ("fuentes del ministerio")', () => {
    const spanish =
      'El hospital provincial suspendió las cirugías programadas.\n\n' +
      '“Se retomarán en cuanto llegue el material”, explicaron fuentes del ministerio de Salud.';
    expect(speakerOf(spanish, 'Se retomarán')).toBe('fuentes del ministerio de Salud');
    const portuguese =
      'A Câmara do Porto anunciou obras no mercado do Bolhão.\n\n' +
      '"O calendário será cumprido", garantiu a assessoria da autarquia.';
    expect(speakerOf(portuguese, 'O calendário')).toBe('a assessoria da autarquia');
  });
});
