import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (French, Spanish, Portuguese, Italian): an indefinite noun phrase that opens the
 * sentence before a quote is taken for someone unnamed who spoke ("un vecino que …"). When its
 * noun is made from a verb or an adjective ("une argumentation", "una decisión", "uma
 * situação", "una posizione"), it names an act or a quality, and the pronoun after the quote
 * means the person the sentence names.
 */

const french = speakerIn('fr');
const spanish = speakerIn('es');
const portuguese = speakerIn('pt');
const italian = speakerIn('it');

describe('class: an abstract noun with an indefinite article is no described speaker', () => {
  it('gives "avait-elle lancé" to the prosecutor named in the sentence', () => {
    const text =
      'Le procès de l’ancien adjoint s’est achevé mardi.\n\n' +
      'Une explication qui n’a pas convaincu la présidente du tribunal, Hélène Vasseur. ' +
      '« Vous signiez sans lire ? », avait-elle ironisé.';
    expect(french(text, 'Vous signiez')).toBe('Hélène Vasseur');
  });

  it('gives a dropped subject ("criticó") to the man the sentence names', () => {
    const text =
      'El pleno debatió la nueva ordenanza.\n\n' +
      'Una decisión que no gustó al portavoz de la oposición, Gonzalo Ibarra. ' +
      '«Es un atropello», criticó.';
    expect(spanish(text, 'Es un atropello')).toBe('Gonzalo Ibarra');
  });

  it('gives "disse ela" to the woman the sentence names, not "uma situação"', () => {
    const text =
      'O hospital voltou a fechar a urgência pediátrica.\n\n' +
      'Uma situação que preocupa a presidente da câmara, Conceição Matos. ' +
      '“Isto não pode continuar”, disse ela.';
    expect(portuguese(text, 'Isto não pode')).toBe('Conceição Matos');
  });

  it('gives "ha detto" to the mayor, not "una posizione"', () => {
    const text =
      'Il consiglio comunale ha votato il bilancio.\n\n' +
      'Una posizione che ha irritato il sindaco, Marco Bellini. «Non si governa così», ha detto.';
    expect(italian(text, 'Non si governa')).toBe('Marco Bellini');
  });

  it('still reads an unnamed person described with an indefinite article', () => {
    const text =
      'Le marché a rouvert samedi.\n\n' +
      'Une habitante du quartier, venue tôt, se réjouit. « Enfin ! », a-t-elle lancé.';
    expect(french(text, 'Enfin')).toBe('Une habitante du quartier');
  });
});
