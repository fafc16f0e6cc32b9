import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

/**
 * Round 5: one invented article per general cause of the blind5 misses in French, Spanish,
 * Portuguese and Italian (new names, new topics), each read with its language given.
 */

/** The direct quote that starts with `quoteStart`, with its speaker (undefined: not found). */
function directSpeaker(
  text: string,
  language: string,
  quoteStart: string,
): string | null | undefined {
  const found = analyzeQuotations(text, { language }).find(
    (quote) => quote.depth === 0 && quote.kind === 'direct' && quote.text.startsWith(quoteStart),
  );
  return found === undefined ? undefined : found.speaker;
}

describe('cause: a statement woven into the sentence after its speech verb', () => {
  it('reads "sostiene que X “…” y que Y “…”" as two direct quotes of the subject', () => {
    const text =
      'La Audiencia Nacional ha absuelto a los tres directivos de una naviera de Cádiz.\n\n' +
      'En el fallo, al que ha tenido acceso este diario, la audiencia sostiene que la acusación ' +
      '“no ha probado que los directivos conocieran el destino real de la carga” y que las ' +
      'escuchas “carecen de la autorización judicial que exige la ley vigente”.';
    expect(directSpeaker(text, 'es', 'no ha probado')).toBe('Audiencia Nacional');
    expect(directSpeaker(text, 'es', 'carecen de la')).toBe('Audiencia Nacional');
  });

  it('reads an organisation with a relative clause and "sustenta que “…”" (pt)', () => {
    const text =
      'Os preços da habitação voltaram a subir no segundo trimestre em todo o país.\n\n' +
      'Em comunicado, a APEMIP, que representa as mediadoras imobiliárias, sustenta que “a ' +
      'falta de casas novas no mercado explica a maior parte da subida dos preços”.';
    expect(directSpeaker(text, 'pt', 'a falta de casas')).toBe('APEMIP');
  });

  it('reads "ha invitato a “…”" and "a appelé à « … »" after a named subject (it, fr)', () => {
    const italian =
      'Il lago di Molveno è tornato a riempirsi dopo le piogge di maggio.\n\n' +
      'Il presidente del consorzio, Walter Pedrotti, ha invitato a “non sprecare ' +
      "l'acqua anche quando il lago sembra pieno di nuovo”.";
    expect(directSpeaker(italian, 'it', 'non sprecare')).toBe('Walter Pedrotti');
    const french =
      'Les éleveurs de la Creuse ont bloqué trois ronds-points samedi.\n\n' +
      'La préfète, Odile Tessier, a appelé dimanche sur France Bleu à « reprendre le dialogue ' +
      'avec les éleveurs sans attendre la fin du mois ».';
    expect(directSpeaker(french, 'fr', 'reprendre le dialogue')).toBe('Odile Tessier');
  });

  it('reads "segundo o responsável" as the head of the service named before (pt)', () => {
    const text =
      'O centro de saúde de Mirandela vai fechar ao sábado durante o verão.\n\n' +
      '«Faltam-nos três médicos de família», disse a diretora executiva do agrupamento, Carla ' +
      'Sampaio.\n\nSegundo a responsável, o problema «deverá ficar resolvido com a abertura de ' +
      'novas vagas em setembro».';
    expect(directSpeaker(text, 'pt', 'deverá ficar')).toBe('Carla Sampaio');
  });

  it('leaves a short phrase the reporter borrows after a verb as no direct quote', () => {
    const text =
      'Le conseil municipal de Vierzon a voté le budget mardi soir.\n\n' +
      "L'opposition, menée par Gérard Poncet, a dénoncé un budget « injuste et brutal ».";
    expect(directSpeaker(text, 'fr', 'injuste')).toBeUndefined();
  });
});
