import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { speakerOf } from './score-quote-set.ts';

/** The direct quotes of a text, with their speakers. */
function pieces(text: string): [string, string | null][] {
  return analyzeQuotations(text)
    .filter((quote) => quote.depth === 0 && quote.kind === 'direct')
    .map((quote) => [quote.text, quote.speaker]);
}

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

  it('splits a quote around a speech verb alone between dashes ("—explicó—", "— racconta —")', () => {
    const spanish =
      'La alcaldesa de Teruel, Elena Casas Pardo, presentó ayer el plan de limpieza.\n\n' +
      '“No basta con barrer las calles —explicó—. Hay que cambiar las costumbres”.';
    expect(pieces(spanish)).toEqual([
      ['No basta con barrer las calles', 'Elena Casas Pardo'],
      ['Hay que cambiar las costumbres', 'Elena Casas Pardo'],
    ]);
    const italian =
      'Il sindaco Mario Ferri ha inaugurato la nuova biblioteca.\n\n«Da bambino venivo ' +
      'qui ogni sabato — ricorda —. Oggi è un giorno di festa.»';
    expect(pieces(italian)).toEqual([
      ['Da bambino venivo qui ogni sabato', 'Mario Ferri'],
      ['Oggi è un giorno di festa.', 'Mario Ferri'],
    ]);
  });

  it('resumes a quote after a comma incise when the sentence goes on ("…, a lâché X, on …")', () => {
    const text =
      "Le club de Dax a perdu samedi son cinquième match d'affilée et il reste dernier de la " +
      'poule, avec un point de retard sur Nevers.\n\n« Quand on joue comme ça, ' +
      'a reconnu le demi de mêlée Hugo Lassalle, on ne mérite rien. Il faut tout revoir. »';
    expect(pieces(text)).toEqual([
      ['Quand on joue comme ça', 'Hugo Lassalle'],
      ['on ne mérite rien. Il faut tout revoir.', 'Hugo Lassalle'],
    ]);
  });

  it('still ends the incise at the sentence when an apposition follows the name', () => {
    const text =
      "La mairie a fermé l'école pour travaux.\n\n« Nous n'avions pas le choix, explique " +
      'Marie Dupont, la directrice. Il faut agir vite. »';
    expect(pieces(text)).toEqual([
      ["Nous n'avions pas le choix", 'Marie Dupont'],
      ['Il faut agir vite.', 'Marie Dupont'],
    ]);
  });

  it('reads the name after a party\'s letters in an office ("o deputado do PS Luís Mota")', () => {
    const text =
      'A assembleia municipal de Braga aprovou ontem o orçamento para o próximo ano.\n\n' +
      'O deputado do PS Luís Mota votou contra. «Este orçamento esquece as freguesias ' +
      '— disse o deputado —, e isso não aceitamos».';
    expect(pieces(text)).toEqual([
      ['Este orçamento esquece as freguesias', 'Luís Mota'],
      ['e isso não aceitamos', 'Luís Mota'],
    ]);
  });

  it('points a description back past an institution named with its article ("La Fiscalía General")', () => {
    const text =
      'SEVILLA, 3 Mar. (EP) - El exconsejero Julián Ortega Marín ha declarado este martes ' +
      'ante el juez por el contrato de las ambulancias. La Fiscalía General pide para él ' +
      'cuatro años de prisión.\n\n«Nunca firmé nada sin informes», aseguró el exconsejero ' +
      'en su declaración.';
    expect(speakerOf(text, 'Nunca firmé')).toBe('Julián Ortega Marín');
  });
});
