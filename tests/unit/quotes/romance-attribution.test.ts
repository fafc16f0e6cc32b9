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

  it('shows an unnamed source after the verb as described, without what follows the comma', () => {
    const french =
      "Un incendie a détruit dans la nuit de lundi l'entrepôt d'une coopérative agricole de " +
      'la Sarthe.\n\n« On a tout perdu en une heure », raconte un ancien salarié de la ' +
      'coopérative, qui habite à deux rues.';
    expect(speakerOf(french, 'On a tout')).toBe('un ancien salarié de la coopérative');
    const portuguese =
      'A câmara de Tomar vai fechar o mercado municipal para obras durante seis meses.\n\n' +
      '«Vamos perder os clientes todos», disse ao jornal uma vendedora de 60 anos, que ' +
      'trabalha no mercado desde jovem.';
    expect(speakerOf(portuguese, 'Vamos perder')).toBe('uma vendedora de 60 anos');
  });

  it('reads the described subject of a colon introduction, without its relative clause', () => {
    const spanish =
      'El temporal dejó ayer sin luz a más de 20.000 hogares de la comarca de la Safor.\n\n' +
      'En la plaza del mercado, un vecino de Gandia que perdió el coche explicaba lo ' +
      'ocurrido: «El agua subió en diez minutos».';
    expect(speakerOf(spanish, 'El agua')).toBe('un vecino de Gandia');
    const french =
      'La grève des transports a paralysé la ville de Rennes pendant toute la journée de ' +
      'mardi.\n\nSur le quai, une étudiante en médecine attendait depuis une heure : « Je ' +
      'vais rater mon partiel ».';
    expect(speakerOf(french, 'Je vais')).toBe('une étudiante en médecine');
  });

  it('reads a described source after "segundo" / "secondo", without its participle', () => {
    const portuguese =
      'O governo vai apresentar esta semana o novo plano para a ferrovia nacional.\n\n' +
      'Segundo um técnico do ministério contactado pelo jornal, "o plano já está atrasado ' +
      'dois anos".';
    expect(speakerOf(portuguese, 'o plano')).toBe('um técnico do ministério');
    const italian =
      'La regione ha approvato ieri il nuovo piano dei trasporti per le valli alpine.\n\n' +
      'Secondo un funzionario della regione sentito dal giornale, "i fondi non bastano".';
    expect(speakerOf(italian, 'i fondi')).toBe('un funzionario della regione');
  });
});
