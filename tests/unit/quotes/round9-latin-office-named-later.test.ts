import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (Portuguese, Spanish, French): a live blog puts its newest entry first, so "respondeu
 * o prefeito" can come before the older entry that writes "o prefeito Marcelo Antunes". An
 * office the text first writes after the quote, right before a name, is that person's; never a
 * place named before the quote.
 */

const portuguese = speakerIn('pt');
const spanish = speakerIn('es');
const french = speakerIn('fr');

describe('class: an office after the quote whose holder the text names only further down', () => {
  it('gives "respondeu o prefeito" to the mayor named in an older entry below', () => {
    const text =
      'AO VIVO: greve deixa Vila Nova da Serra sem ônibus\n\n' +
      'Os motoristas de Vila Nova da Serra cruzaram os braços.\n\n' +
      '19h08 – “Vai descontar os dias?”, perguntou uma repórter. “Isso está sendo avaliado”, respondeu o prefeito.\n\n' +
      '19h05 – O prefeito Marcelo Antunes disse que não vai aceitar chantagem.';
    expect(portuguese(text, 'Isso está sendo')).toBe('Marcelo Antunes');
  });

  it('gives "contestó la consejera" to the councillor named below', () => {
    const text =
      'DIRECTO | Incendio en la sierra de Almodóvar\n\n' +
      '20.15 – «¿Habrá más desalojos?», preguntó un periodista. «No lo descartamos», contestó la consejera.\n\n' +
      '19.40 – La consejera Beatriz Molina ha llegado al puesto de mando.';
    expect(spanish(text, 'No lo descartamos')).toBe('Beatriz Molina');
  });

  it('gives "a répondu le préfet" to the prefect named below', () => {
    const text =
      'EN DIRECT. Crue de la Garonne\n\n' +
      '18 h 10 – « Faut-il évacuer ? », a demandé une journaliste. « Pas encore », a répondu le préfet.\n\n' +
      '17 h 30 – Le préfet Laurent Mercier a réuni une cellule de crise.';
    expect(french(text, 'Pas encore')).toBe('Laurent Mercier');
  });
});
