import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('French, Spanish, Portuguese and Italian attribution constructions', () => {
  it('reads a pronoun after a verb ending in t or d ("avait-elle lancé", "dit-il", "répond-elle")', () => {
    const text =
      'Le conseil municipal de Vannes a voté mardi la fermeture de la piscine.\n\n' +
      "L'adjointe aux sports, Claire Le Goff, a défendu le projet. « Nous n'avions plus " +
      'les moyens de la chauffer », avait-elle expliqué lundi en commission. « Il fallait ' +
      'choisir », répond-elle aux opposants.';
    expect(speakerOf(text, 'Nous n')).toBe('Claire Le Goff');
    expect(speakerOf(text, 'Il fallait')).toBe('Claire Le Goff');
  });

  it('counts "escreveu o jogador" as a speech verb pointing back (Portuguese)', () => {
    const text =
      'O clube confirmou ontem a saída do avançado.\n\nO médio Rafael Tavares publicou uma ' +
      'mensagem nas redes sociais. "Foi uma honra vestir esta camisola", escreveu o jogador.';
    expect(speakerOf(text, 'Foi uma honra')).toBe('Rafael Tavares');
  });

  it('gives a surname every given name the text wrote before it ("Ana Maria Duarte")', () => {
    const text =
      'A treinadora Ana Maria Duarte deixou ontem o comando da equipa.\n\nNa despedida, ' +
      'Duarte falou aos jornalistas: "Saio de consciência tranquila".';
    expect(speakerOf(text, 'Saio de')).toBe('Ana Maria Duarte');
  });

  it('reads a capitalised auxiliary opening a sentence as no surname ("Ha un mutuo")', () => {
    const text =
      "I sindacati Fiom e Uilm ha proclamato lo sciopero.\n\nAl presidio c'è Luca Bassi, 50 " +
      'anni. Ha due figli. «Non so cosa faremo», dice, guardando i cancelli.';
    expect(speakerOf(text, 'Non so')).toBe('Luca Bassi');
  });
});
