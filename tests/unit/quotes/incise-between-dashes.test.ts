import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

/** Both pieces of a quote split by an incise, with their speakers. */
function pieces(text: string): [string, string | null][] {
  return analyzeQuotations(text)
    .filter((quote) => quote.depth === 0 && quote.kind === 'direct')
    .map((quote) => [quote.text, quote.speaker]);
}

describe('an incise between spaced dashes inside the quotation marks', () => {
  it('reads a long Spanish office with its complement and a comma before the name', () => {
    const text =
      'El Ayuntamiento cerró ayer el parque por las obras del nuevo colector de aguas.\n\n' +
      '"Sabemos que molesta a los vecinos —explicó la portavoz de la asociación de ' +
      'comerciantes del barrio, Marta Gil Soler—, pero las obras eran urgentes".';
    expect(pieces(text)).toEqual([
      ['Sabemos que molesta a los vecinos', 'Marta Gil Soler'],
      ['pero las obras eran urgentes', 'Marta Gil Soler'],
    ]);
  });

  it('takes en dashes with spaces on both sides and an office naming an organisation', () => {
    const text =
      'El Ayuntamiento cerró ayer el parque por las obras del nuevo colector de aguas.\n\n' +
      '"No habrá más cortes este verano – aseguró el concejal de Urbanismo, Pablo Ruiz –, ' +
      'y el parque abrirá en julio".';
    expect(pieces(text)).toEqual([
      ['No habrá más cortes este verano', 'Pablo Ruiz'],
      ['y el parque abrirá en julio', 'Pablo Ruiz'],
    ]);
  });

  it('reads an Italian office of several words before the name, in guillemets', () => {
    const text =
      'Il maltempo ha colpito la città per tutta la notte e i vigili del fuoco sono ' +
      'intervenuti decine di volte.\n\n' +
      '«I danni sono ingenti — ha dichiarato il direttore generale della Protezione civile ' +
      'Marco Bellini — e serviranno settimane».';
    expect(pieces(text)).toEqual([
      ['I danni sono ingenti', 'Marco Bellini'],
      ['e serviranno settimane', 'Marco Bellini'],
    ]);
  });

  it('gives an incise with an office and no name to the person named before', () => {
    const text =
      'Il maltempo ha colpito la città per tutta la notte e i vigili del fuoco sono ' +
      'intervenuti decine di volte.\n\nIl sindaco Paolo Neri ha convocato la giunta. ' +
      '«I danni sono ingenti — ha dichiarato il primo cittadino — e serviranno settimane».';
    expect(pieces(text)).toEqual([
      ['I danni sono ingenti', 'Paolo Neri'],
      ['e serviranno settimane', 'Paolo Neri'],
    ]);
  });

  it('reads a Portuguese incise and one whose dashes touch the words', () => {
    const portuguese =
      'O temporal atingiu a cidade durante a madrugada e deixou centenas de famílias ' +
      'desalojadas.\n\n"A água entrou em todas as casas — disse o presidente da junta de ' +
      'freguesia, João Matos —, e ninguém nos avisou".';
    expect(pieces(portuguese)).toEqual([
      ['A água entrou em todas as casas', 'João Matos'],
      ['e ninguém nos avisou', 'João Matos'],
    ]);
    const spanish =
      'El Ayuntamiento cerró ayer el parque por las obras del nuevo colector de aguas.\n\n' +
      '"Sabemos que molesta a los vecinos—explicó Marta Gil—, pero las obras eran urgentes".';
    expect(pieces(spanish)).toEqual([
      ['Sabemos que molesta a los vecinos', 'Marta Gil'],
      ['pero las obras eran urgentes', 'Marta Gil'],
    ]);
  });
});
