import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('what stands before a name without being part of it', () => {
  it('drops a German occupation before a full name, with or without article and adjective', () => {
    const text =
      'Nach dem Unwetter räumen die Menschen in der Altstadt seit dem frühen Morgen auf und ' +
      'zählen die Schäden.\n\n' +
      '„Das Wasser kam innerhalb von Minuten“, erzählte die Friseurin Sabine Kurz. ' +
      '„Wir haben alles verloren“, schilderte der Landwirt Georg Pfeiffer. ' +
      '„Der Keller ist voll“, berichtet die 58-jährige Apothekerin Anna Keller. ' +
      '„Wir machen weiter“, sagte Winzerin Eva Brandt. ' +
      '„Das hat es noch nie gegeben“, erzählt Rentner Karl Huber. ' +
      '„Wir bleiben“, sagte Marie Agnes Strack-Zimmermann.';
    expect(speakerOf(text, 'Das Wasser')).toBe('Sabine Kurz');
    expect(speakerOf(text, 'Wir haben')).toBe('Georg Pfeiffer');
    expect(speakerOf(text, 'Der Keller')).toBe('Anna Keller');
    expect(speakerOf(text, 'Wir machen')).toBe('Eva Brandt');
    expect(speakerOf(text, 'Das hat')).toBe('Karl Huber');
    expect(speakerOf(text, 'Wir bleiben')).toBe('Marie Agnes Strack-Zimmermann');
  });

  it('gives a first name alone to the full name, not to the occupation or adverb before it', () => {
    const text =
      'Nach dem Unwetter räumen die Menschen in der Altstadt seit dem frühen Morgen auf und ' +
      'zählen die Schäden.\n\nAuch Anwohnerin Petra Lindner packte mit an. „Das Wasser kam ' +
      'innerhalb von Minuten“, erzählte Petra. Selbst Karin Vogt war überrascht. „So etwas ' +
      'habe ich noch nie gesehen“, sagte Vogt.';
    expect(speakerOf(text, 'Das Wasser')).toBe('Petra Lindner');
    expect(speakerOf(text, 'So etwas')).toBe('Karin Vogt');
  });

  it('leaves a Dutch sentence adverb out of the name, and reads "vroeg … zich af"', () => {
    const text =
      'De gemeente wil het dorpshuis sluiten en dat valt slecht bij de inwoners van het ' +
      'dorp.\n\nOok Sanne de Vries, die er al dertig jaar woont, was op de vergadering. ' +
      '‘Waar moeten we dan naartoe?’, vroeg Sanne zich af. Toen Marloes Jansen het woord ' +
      'kreeg, bleef het stil. ‘We vechten door’, vertelde Marloes. ‘Hoe lang nog?’, vraagt ' +
      'zij zich af.';
    expect(speakerOf(text, 'Waar moeten')).toBe('Sanne de Vries');
    expect(speakerOf(text, 'We vechten')).toBe('Marloes Jansen');
    expect(speakerOf(text, 'Hoe lang')).toBe('Marloes Jansen');
  });

  it('does the same for "También" in Spanish', () => {
    const text =
      'El temporal dejó ayer sin luz a miles de hogares en la costa y obligó a cerrar ' +
      'varios colegios.\n\nTambién Lucía Morales, vecina del barrio, perdió la nevera. ' +
      '"Nadie nos avisó", lamentó Lucía.';
    expect(speakerOf(text, 'Nadie nos')).toBe('Lucía Morales');
  });
});
