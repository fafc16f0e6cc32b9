import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('a place or an event after a described speaker is not the speaker', () => {
  it('gives "il primo cittadino … a <place>" to the mayor named before (Italian)', () => {
    const text =
      'La giunta ha approvato ieri il bilancio del comune dopo una lunga discussione in aula.\n\n' +
      'Il sindaco Marta Colombo ha difeso la manovra. «I conti sono in ordine», ha dichiarato ' +
      'il primo cittadino in una conferenza stampa a Palazzo Marino. «Non ci saranno tagli», ' +
      'ha aggiunto la sindaca durante la visita al Policlinico San Matteo.';
    expect(speakerOf(text, 'I conti')).toBe('Marta Colombo');
    expect(speakerOf(text, 'Non ci saranno')).toBe('Marta Colombo');
  });

  it('does the same after "durante", "während", "lors de" in other languages', () => {
    const portuguese =
      'O Governo aprovou ontem o orçamento depois de um longo debate no Parlamento.\n\n' +
      'O primeiro-ministro Luís Almeida defendeu as contas. "Não haverá cortes", disse o ' +
      'chefe do Governo durante uma visita a Castelo Branco.';
    expect(speakerOf(portuguese, 'Não haverá')).toBe('Luís Almeida');
    const german =
      'Die Stadt hat am Montag den Haushalt nach einer langen Debatte im Rathaus beschlossen.\n\n' +
      'Oberbürgermeisterin Anna Berger verteidigte die Pläne. „Es wird keine Kürzungen ' +
      'geben“, sagte die Politikerin während einer Pressekonferenz in Bad Homburg.';
    expect(speakerOf(german, 'Es wird')).toBe('Anna Berger');
    const french =
      'La ville a adopté lundi son budget après un long débat au conseil municipal.\n\n' +
      "Le maire Paul Girard a défendu le texte. « Il n'y aura pas de coupes », a déclaré " +
      "l'élu lors d'une visite à Saint-Denis.";
    expect(speakerOf(french, "Il n'y aura")).toBe('Paul Girard');
  });

  it('still takes a name given after a comma that closes the circumstance (Spanish)', () => {
    const text =
      'El Gobierno regional aprobó ayer el presupuesto después de un largo debate.\n\n' +
      '"No habrá recortes", afirmó el portavoz del sindicato en Madrid, Rafael Ortega.';
    expect(speakerOf(text, 'No habrá')).toBe('Rafael Ortega');
  });

  it('keeps an office complement ("del …", "della …") inside the description', () => {
    const text =
      'Il maltempo ha colpito la città per tutta la notte e i vigili del fuoco sono ' +
      'intervenuti decine di volte.\n\n«I danni sono ingenti», ha dichiarato il direttore ' +
      'della Protezione civile Marco Bellini durante un sopralluogo a Mestre.';
    expect(speakerOf(text, 'I danni')).toBe('Marco Bellini');
  });
});
