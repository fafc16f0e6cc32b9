import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (French, Spanish, Portuguese, Italian): an office after the quote with a place or a
 * club as its complement ("l'entraîneur de Montréjac") is not the holder of the same office
 * named earlier for another place ("l'entraîneur vallonnais Thierry Brossard"); it describes
 * the person the sentence before the quote is about.
 */

const french = speakerIn('fr');
const spanish = speakerIn('es');
const portuguese = speakerIn('pt');
const italian = speakerIn('it');

describe('class: an office with another place’s complement means the person just named', () => {
  it('gives "a souri l’entraîneur de Montréjac" to the coach named just before', () => {
    const text =
      'L’entraîneur lyonnais Marc Duval ne cachait pas sa colère. « On a tout raté », a-t-il lâché.\n\n' +
      'En face, Karim Benali savourait. « Mes joueurs ont été héroïques », a souri l’entraîneur de Villefort.';
    expect(french(text, 'Mes joueurs')).toBe('Karim Benali');
  });

  it('gives "dijo el alcalde de Tudela" to the mayor named just before', () => {
    const text =
      'El alcalde zaragozano Luis Ortega defendió el proyecto. «Es una obra necesaria», dijo.\n\n' +
      'Mucho más crítico se mostró Andrés Lacruz. «Nadie nos ha consultado», dijo el alcalde de Tudela.';
    expect(spanish(text, 'Nadie nos')).toBe('Andrés Lacruz');
  });

  it('gives "disse o técnico do Tupã" to the coach named just before', () => {
    const text =
      'O técnico serrano Jair Moretti elogiou o grupo. “Foi raça”, disse.\n\n' +
      'Do outro lado, Rogério Lins estava irritado. “Fomos roubados”, disse o técnico do Tupã.';
    expect(portuguese(text, 'Fomos roubados')).toBe('Rogério Lins');
  });

  it('keeps "ha detto il sindaco di Arezzo" for the mayor named with that town', () => {
    const text =
      'Il sindaco di Arezzo, Paolo Neri, ha inaugurato la piazza.\n\n' +
      'Tra il pubblico c’era anche Giulia Ferri. «È un giorno di festa», ha detto il sindaco di Arezzo.';
    expect(italian(text, 'È un giorno')).toBe('Paolo Neri');
  });
});
