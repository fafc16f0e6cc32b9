import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (German, Dutch): an adjective or a participle made a noun ("Der Angeklagte", "Die
 * Verletzte", "De verdachte") names someone a court or the police leave unnamed. When the
 * sentence before the quote opens with one, the pronoun after the quote means them, not the
 * lawyer quoted a paragraph earlier; they are shown as the text writes them.
 */

const german = speakerIn('de');
const dutch = speakerIn('nl');

describe('class: a pronoun after the quote means the nominalised person of the sentence before', () => {
  it('gives "sagte er" to "Der Beschuldigte", not the lawyer named before', () => {
    const text =
      'Verteidigerin Katrin Lohse forderte einen Freispruch. »Die Beweise reichen nicht«, sagte Lohse.\n\n' +
      'Der Beschuldigte schwieg lange. »Ich wollte niemandem schaden«, sagte er schließlich.';
    expect(german(text, 'Ich wollte')).toBe('Der Beschuldigte');
  });

  it('gives "sagte sie" to "Die Verletzte"', () => {
    const text =
      'Polizeisprecher Tim Berger schilderte den Unfall. »Der Wagen kam von rechts«, sagte Berger.\n\n' +
      'Die Verletzte konnte das Krankenhaus am Abend verlassen. »Ich hatte großes Glück«, sagte sie.';
    expect(german(text, 'Ich hatte')).toBe('Die Verletzte');
  });

  it('gives "zei hij" to "De verdachte" in Dutch', () => {
    const text =
      'Advocaat Ruud Bos vroeg om vrijspraak. ‘Er is geen bewijs’, zei Bos.\n\n' +
      'De verdachte keek naar de grond. ‘Het spijt me’, zei hij zacht.';
    expect(dutch(text, 'Het spijt')).toBe('De verdachte');
  });
});
