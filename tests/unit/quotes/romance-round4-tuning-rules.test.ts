import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { speakerOf } from './score-quote-set.ts';

/** The direct quotes of a text, with their speakers. */
function pieces(text: string): [string, string | null][] {
  return analyzeQuotations(text)
    .filter((quote) => quote.depth === 0 && quote.kind === 'direct')
    .map((quote) => [quote.text, quote.speaker]);
}

/** Rules of round 4 found through the tuning set, each on an invented article. */
describe('French, Spanish, Portuguese and Italian rules of round 4', () => {
  it('reads a clause woven into a "pour lui / segundo X" sentence as the direct words of X', () => {
    const french =
      "Le tribunal correctionnel de Brest a jugé mardi trois gérants d'une société de travaux.\n\n" +
      "Son avocate, Me Hélène Caradec, a plaidé la relaxe. Pour elle, la société n'était « qu'une " +
      'façade montée par des dirigeants restés à l’étranger ».';
    expect(pieces(french)).toEqual([
      ["qu'une façade montée par des dirigeants restés à l’étranger", 'Hélène Caradec'],
    ]);
    const portuguese =
      'A empresa de Braga que fabrica sensores para vinhas quer chegar a Espanha no próximo ano.\n\n' +
      'Segundo Inês Valadares, a fundadora, vinte produtores já usam o sistema e “as encomendas ' +
      'triplicaram depois das geadas de abril”.';
    expect(speakerOf(portuguese, 'as encomendas')).toBe('Inês Valadares');
  });

  it('joins the second piece of a quote after an attribution with an office ("…, ha dichiarato X, presidente …, “…”")', () => {
    const text =
      'Il tribunale di Campobasso ha condannato i titolari di due caseifici per frode in commercio.\n\n' +
      '“Per anni abbiamo perso clienti a causa di chi vendeva latte straniero”, ha dichiarato ' +
      'Sara Colonna, presidente della cooperativa Allevatori del Basso Molise, “adesso qualcuno ' +
      'dovrà rispondere”.';
    expect(pieces(text).map(([, speaker]) => speaker)).toEqual(['Sara Colonna', 'Sara Colonna']);
  });

  it('passes over a person named after "al" when an office noun points back (Spanish)', () => {
    const text =
      'La carrera de Ávila se decidió en el último puerto, con lluvia y niebla en la cima.\n\n' +
      'Unai Etxeberria ganó la etapa y aventaja ahora en 20 segundos al italiano Marco Belluzzi.\n\n' +
      '“Me dijeron por la radio que no tirara, pero vi que iban justos y me marché”, relató el ' +
      'corredor de Azpeitia.';
    expect(speakerOf(text, 'Me dijeron')).toBe('Unai Etxeberria');
  });

  it('keeps a force letters then a place in a description ("um agente da PSP de Viana do Castelo")', () => {
    const text =
      'A procissão das velas juntou milhares de pessoas no santuário durante o fim de semana.\n\n' +
      'A polícia montou um dispositivo para controlar o trânsito. “Não houve incidentes de maior”, ' +
      'disse à nossa reportagem um agente da PSP de Viana do Castelo.';
    expect(speakerOf(text, 'Não houve')).toBe('um agente da PSP de Viana do Castelo');
  });

  it('reads a verb with a circumstance after its comma and a place after "desde" as no new subject', () => {
    const text =
      'A romaria de agosto voltou a encher a pequena capela da serra durante todo o domingo.\n\n' +
      'Ana Luísa Ferraz, de 68 anos, veio a pé desde Vila Nova de Paiva. “Prometi à Senhora quando ' +
      'a minha filha esteve doente”, disse, antes de entrar na capela.';
    expect(speakerOf(text, 'Prometi')).toBe('Ana Luísa Ferraz');
  });

  it('keeps the age that is the only thing said of an unnamed source ("uma enfermeira de 31 anos")', () => {
    const text =
      'As rendas na cidade subiram quarenta por cento em dois anos, segundo o instituto de estatística.\n\n' +
      '“Metade do meu ordenado vai para o quarto”, conta uma enfermeira de 31 anos.';
    expect(speakerOf(text, 'Metade')).toBe('uma enfermeira de 31 anos');
  });
});
