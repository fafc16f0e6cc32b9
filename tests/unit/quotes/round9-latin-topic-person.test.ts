import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (Spanish, Portuguese, French, Italian): invented sentences for the portrait's
 * speaker whose subject the copy drops. The person is introduced after a preposition ("el
 * taller de Amparo Segura") and later called by the surname alone; a pronoun subject in the
 * sentence before the quote ("ella no se hace ilusiones") picks the woman past a man quoted
 * last; given names of Spain, Portugal and France tell the gender.
 */

const spanish = speakerIn('es');
const portuguese = speakerIn('pt');
const french = speakerIn('fr');
const italian = speakerIn('it');

describe('class: the portrait’s person named after a preposition, the subject then dropped', () => {
  it('gives "recuerda" to the woman whose workshop opens the article', () => {
    const text =
      'El último herrero de Valdeolmos\n\n' +
      'En la fragua de Rocío Campos huele a carbón. Tiene 71 años y no piensa jubilarse.\n\n' +
      '«Mi abuelo me dejó mirar desde los seis años», recuerda mientras aviva el fuego.\n\n' +
      'Campos trabaja sola desde 2015.';
    expect(spanish(text, 'Mi abuelo')).toBe('Rocío Campos');
  });

  it('gives "conta" to the man whose bakery opens the article', () => {
    const text =
      'Pão como antigamente\n\n' +
      'Na padaria de Tiago Ramalho o forno acende às três da manhã. Tem 58 anos.\n\n' +
      '“Aprendi com o meu pai e nunca quis outra vida”, conta enquanto amassa.\n\n' +
      'Ramalho vende cerca de 400 pães por dia.';
    expect(portuguese(text, 'Aprendi com')).toBe('Tiago Ramalho');
  });

  it('gives "raconte-t-elle" … or a dropped subject to the woman of the shop', () => {
    const text =
      'La dernière mercière du quartier\n\n' +
      'Dans la boutique de Sylvie Marchand, les bobines montent jusqu’au plafond.\n\n' +
      '« J’ai repris le magasin de ma tante en 1989 », raconte la commerçante.\n\n' +
      'Marchand ouvre six jours sur sept.';
    expect(french(text, 'J’ai repris')).toBe('Sylvie Marchand');
  });

  it('leaves a street named after someone a place ("calle de Pablo Neruda")', () => {
    const text =
      'Corte de agua en el centro\n\n' +
      'Los vecinos de la calle de Pablo Neruda siguen sin agua.\n\n' +
      '«Llevamos tres días así», se quejaba una vecina.';
    expect(spanish(text, 'Llevamos')).toBe('una vecina');
  });
});

describe('class: a pronoun subject before the quote picks the person of its gender', () => {
  it('gives "—admite—" after "ella …" to the woman, not the man quoted last', () => {
    const text =
      'La alfarera Inmaculada Roldán abrió su taller en 1990.\n\n' +
      'El ceramista Álvaro Pino la conoce desde entonces: «Es la mejor del oficio».\n\n' +
      'Sobre la jubilación, ella no tiene prisa. «Mientras me respondan las manos, seguiré —admite—. Luego ya veremos».';
    expect(spanish(text, 'Mientras me')).toBe('Inmaculada Roldán');
  });

  it('gives "acrescenta" after "ela …" to the woman in Portuguese', () => {
    const text =
      'A enfermeira Conceição Lopes trabalha no centro de saúde há 30 anos.\n\n' +
      'O médico Rui Fontes elogia a colega: “Sem ela isto fechava”.\n\n' +
      'Quanto ao futuro, ela mostra-se cansada. “Já não há gente nova a chegar”, acrescenta.';
    expect(portuguese(text, 'Já não há')).toBe('Conceição Lopes');
  });

  it('gives "aggiunge" after "lui …" to the man, not the woman quoted last', () => {
    const text =
      'Il liutaio Marco Bellini lavora a Cremona da quarant’anni.\n\n' +
      'La violinista Giulia Ferri suona un suo strumento: «Ha una voce calda».\n\n' +
      'Del futuro, lui parla con calma. «Il mestiere non morirà», aggiunge.';
    expect(italian(text, 'Il mestiere')).toBe('Marco Bellini');
  });
});
