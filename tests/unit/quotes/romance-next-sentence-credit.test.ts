import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { speakerOf } from './score-quote-set.ts';

describe('a quote credited by the next sentence (es, it, pt, fr)', () => {
  it('reads "Así lo explicó …", "Lo ha detto …", "Assim o afirmou …", "C\'est ce qu\'a déclaré …"', () => {
    const spanish =
      'El puerto de Huelva amplía su muelle.\n\n«Seremos el puerto que más crece del sur». Así ' +
      'lo explicó ayer el presidente de la Autoridad Portuaria, Ignacio Ruiz Mora, en Sevilla.';
    expect(speakerOf(spanish, 'Seremos el puerto')).toBe('Ignacio Ruiz Mora');
    const italian =
      'Riapre il museo civico di Fano.\n\n«Abbiamo lavorato tre anni». Lo ha detto ieri ' +
      "l'assessora alla Cultura, Sara Tonelli, durante l'inaugurazione.";
    expect(speakerOf(italian, 'Abbiamo lavorato')).toBe('Sara Tonelli');
    const portuguese =
      'A ponte de Mértola reabriu ao trânsito.\n\n«Foi uma obra difícil». Assim o afirmou o ' +
      'engenheiro responsável, Tiago Lobo, na cerimónia.';
    expect(speakerOf(portuguese, 'Foi uma obra')).toBe('Tiago Lobo');
    const french =
      "Le marché couvert de Dinan sera rénové.\n\n« Les travaux dureront un an. » C'est ce " +
      "qu'a déclaré l'adjoint au commerce, Hugo Le Roux, lundi soir.";
    expect(speakerOf(french, 'Les travaux dureront')).toBe('Hugo Le Roux');
  });

  it('leaves a quote alone when the next sentence starts something else', () => {
    const spanish =
      'El alcalde de Soria, Carlos Martínez Mínguez, inauguró el parque.\n\n«Es un día ' +
      'grande». Lo celebraron también los vecinos del barrio, que llevaban años esperando.';
    expect(speakerOf(spanish, 'Es un día')).not.toBe('los vecinos del barrio');
  });

  it('does not read a new sentence about an office as the credit ("O presidente disse que …")', () => {
    const portuguese =
      'O presidente da câmara de Elvas, Nuno Mocinha, visitou a feira. O vereador Paulo Lima ' +
      'acompanhou-o.\n\n«A feira vai crescer». O vereador disse ainda que haverá mais bancas.';
    const quote = analyzeQuotations(portuguese).find((found) => found.text.startsWith('A feira'));
    expect(quote?.attributionRule).not.toBe('next-sentence-credit');
  });
});
