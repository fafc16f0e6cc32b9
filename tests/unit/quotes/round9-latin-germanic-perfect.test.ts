import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (German, Dutch): the perfect and the pluperfect split a speech verb around its
 * subject ("„…“, hatte eine 81-jährige Witwe unter Tränen berichtet", "‘…’, heeft een buurman
 * verteld"): the auxiliary opens the clause after the quote and the participle closes it. How
 * it was said ("unter Tränen", "onder tranen") is no part of who said it.
 */

const german = speakerIn('de');
const dutch = speakerIn('nl');

describe('class: a speech verb in the perfect, its subject between auxiliary and participle', () => {
  it('reads "hatte eine Witwe unter Tränen berichtet" as the widow', () => {
    const text =
      'Der Prozess dauerte zwei Wochen.\n\n' +
      '»Er brachte jedes Mal Kuchen mit«, hatte eine 79-jährige Rentnerin unter Tränen berichtet.';
    expect(german(text, 'Er brachte')).toBe('eine 79-jährige Rentnerin');
  });

  it('reads "hat ein Anwohner aus Lindenau gesagt" with its place', () => {
    const text =
      'Die Straße bleibt gesperrt.\n\n' +
      '„Hier fährt seit Wochen kein Bus“, hat ein Anwohner aus Lindenau gesagt.';
    expect(german(text, 'Hier fährt')).toBe('ein Anwohner aus Lindenau');
  });

  it('reads a named subject in the pluperfect ("hatte Kern erklärt")', () => {
    const text =
      'Richter Paul Kern verkündete das Urteil.\n\n' +
      '„Das war Betrug mit System“, hatte Kern zuvor erklärt.';
    expect(german(text, 'Das war Betrug')).toBe('Paul Kern');
  });

  it('reads the Dutch perfect ("heeft een weduwe onder tranen verteld")', () => {
    const text =
      'De rechtszaak begon dinsdag.\n\n' +
      '‘Ik vertrouwde hem volledig’, heeft een weduwe onder tranen verteld.';
    expect(dutch(text, 'Ik vertrouwde')).toBe('een weduwe');
  });
});
