import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * The common ways German and Dutch papers attribute a direct quotation, each with invented
 * sentences (new names, new topics), written before tuning on any article: a first-contact
 * check of the languages, not of one set.
 */

const germanSpeakerOf = speakerIn('de');

describe('German attribution constructions', () => {
  it('reads the verb after the quote with a title before the name', () => {
    const text =
      'Das Fest ist vorbei und die Stadt zieht Bilanz. „Wir sind sehr zufrieden“, sagte Bürgermeisterin Petra Lindner am Montag.';
    expect(germanSpeakerOf(text, 'Wir sind')).toBe('Petra Lindner');
  });

  it('reads the name before the verb and a colon', () => {
    const text = 'Die Baustelle ruht. Petra Lindner sagte: „Die Straße wird im Herbst fertig.“';
    expect(germanSpeakerOf(text, 'Die Straße')).toBe('Petra Lindner');
  });

  it('reads "so" with an office before the name', () => {
    const text = 'Die Kasse ist leer. „Das Geld reicht nicht“, so Kämmerer Otto Brenner.';
    expect(germanSpeakerOf(text, 'Das Geld')).toBe('Otto Brenner');
  });

  it('reads "Laut X" before a colon', () => {
    const text = 'Die Lage ist ernst. Laut Otto Brenner gilt: „Wir müssen sparen.“';
    expect(germanSpeakerOf(text, 'Wir müssen')).toBe('Otto Brenner');
  });

  it('does not keep a sentence-initial occupation in the name', () => {
    const text = 'Landwirt Georg Huber steht auf seinem Feld. „Der Regen kam zu spät“, sagt er.';
    expect(germanSpeakerOf(text, 'Der Regen')).toBe('Georg Huber');
    const colon = 'Bäckermeister Franz Koller sagt: „Das Mehl ist teurer geworden.“';
    expect(germanSpeakerOf(colon, 'Das Mehl')).toBe('Franz Koller');
  });

  it('expands a surname alone to the full name given earlier', () => {
    const text =
      'Schreinermeister Jonas Albers führt den Betrieb seit 1998. Die Auftragslage ist schlecht.\n\n' +
      '„Die Aufträge fehlen“, sagt Albers.';
    expect(germanSpeakerOf(text, 'Die Aufträge')).toBe('Jonas Albers');
  });

  it('takes the name after an office and a comma', () => {
    const text =
      'Die Gruppen sind zu groß. „Wir brauchen mehr Personal“, sagte die Leiterin der Kita, Miriam Sommer.';
    expect(germanSpeakerOf(text, 'Wir brauchen')).toBe('Miriam Sommer');
  });

  it('ends an unnamed speaker before a relative clause or after its place', () => {
    const relative =
      '„Hier kennt jeder jeden“, sagt eine Anwohnerin, die seit dreißig Jahren in der Straße lebt.';
    expect(germanSpeakerOf(relative, 'Hier kennt')).toBe('eine Anwohnerin');
    const place = '„Das Wasser stand einen Meter hoch“, erzählt ein Landwirt aus dem Nachbardorf.';
    expect(germanSpeakerOf(place, 'Das Wasser')).toBe('ein Landwirt aus dem Nachbardorf');
  });

  it('does not take a time phrase opening the sentence for a speaker', () => {
    const colon =
      'Ende Juni sagte Betriebsrat Holger Mertens: „Wir kämpfen um jeden Arbeitsplatz.“';
    expect(germanSpeakerOf(colon, 'Wir kämpfen')).toBe('Holger Mertens');
    const before =
      'Betriebsratschef Holger Mertens ist verärgert. Anfang Mai hatte er gewarnt: „Wir wurden nicht gefragt.“';
    expect(germanSpeakerOf(before, 'Wir wurden')).toBe('Holger Mertens');
  });

  it('points a definite role noun opening the sentence back to the person named', () => {
    const text =
      'Entdeckt hat den Stern der Lehrer Anton Vogt aus Fulda.\n\n' +
      'Der Entdecker bleibt bescheiden: „Ich hatte einfach Glück.“';
    expect(germanSpeakerOf(text, 'Ich hatte')).toBe('Anton Vogt');
  });

  it('does not take a capitalised plural subject for a name', () => {
    const text =
      'Viele Beschäftigte sind verunsichert, die Zukunft des Werks ist offen. „Keiner sagt uns etwas“, sagt Schichtleiter Emil Brand.';
    expect(germanSpeakerOf(text, 'Keiner sagt')).toBe('Emil Brand');
  });

  it('gives a quote alone to the person the sentence before names', () => {
    const text =
      'Trainerin Nina Kraus war nach dem Spiel bedient. „Das war zu wenig. Wir müssen reden.“';
    expect(germanSpeakerOf(text, 'Das war zu wenig')).toBe('Nina Kraus');
  });

  it('reads the speaker in the next sentence', () => {
    const text = '„Das war zu wenig.“ Das sagte Trainerin Nina Kraus nach dem Spiel.';
    expect(germanSpeakerOf(text, 'Das war zu wenig')).toBe('Nina Kraus');
  });

  it('carries the speaker to the second piece of a split quote', () => {
    const text = '„Wir haben gekämpft“, sagte Kapitän Lars Möller. „Aber es hat nicht gereicht.“';
    expect(germanSpeakerOf(text, 'Aber es hat')).toBe('Lars Möller');
  });

  it('points "der 54-Jährige" back to the person named', () => {
    const text =
      'Hausarzt Peter Lang hat viele Patienten. „Die Wartezeiten sind zu lang“, meint der 54-Jährige.';
    expect(germanSpeakerOf(text, 'Die Wartezeiten')).toBe('Peter Lang');
  });

  it('reads an age after the name and an unnamed speaker before a colon', () => {
    const age =
      'Das Haus soll abgerissen werden. „Ich gehe hier nicht weg“, sagt Rentnerin Hilde Maurer, 82.';
    expect(germanSpeakerOf(age, 'Ich gehe')).toBe('Hilde Maurer');
    const colon = 'Eine Verkäuferin aus der Bäckerei am Markt erzählt: „Die Leute kaufen weniger.“';
    expect(germanSpeakerOf(colon, 'Die Leute')).toBe('Eine Verkäuferin aus der Bäckerei');
  });

  it('reads a split speech verb around a definite role noun ("schränkt die Ärztin ein")', () => {
    const text =
      'Die Kinderärztin Sabine Roth hat die Studie geleitet. „Die Ergebnisse sind ermutigend“, schränkt die Ärztin ein, „aber noch vorläufig.“';
    expect(germanSpeakerOf(text, 'Die Ergebnisse')).toBe('Sabine Roth');
  });
});

const dutchSpeakerOf = speakerIn('nl');

describe('Dutch attribution constructions', () => {
  it('reads the verb after the quote with an office before the name', () => {
    const text = '‘We zijn blij met de uitslag’, zegt burgemeester Anouk Verbeek.';
    expect(dutchSpeakerOf(text, 'We zijn blij')).toBe('Anouk Verbeek');
  });

  it('does not keep a sentence-initial occupation in the name', () => {
    const text =
      'Eigenaar Ruben Dijkstra staat in zijn lege winkel. ‘Dit had ik niet verwacht’, zegt hij.';
    expect(dutchSpeakerOf(text, 'Dit had ik')).toBe('Ruben Dijkstra');
    const alone =
      'Trainer Joost Hendriks was na afloop kritisch. ‘We hebben slecht gespeeld. Dat is duidelijk.’';
    expect(dutchSpeakerOf(alone, 'We hebben slecht')).toBe('Joost Hendriks');
  });

  it('expands occupation + surname to the full name given earlier', () => {
    const text =
      'Bakker Ruben Dijkstra opende de zaak in 1990. Het pand is oud.\n\n' +
      'Bakker Dijkstra wijst naar het plafond. ‘Het lekt al jaren.’';
    expect(dutchSpeakerOf(text, 'Het lekt')).toBe('Ruben Dijkstra');
  });

  it('reads "aldus" and a surname alone', () => {
    const text =
      '‘Het kan beter’, zegt trainer Joost Hendriks. De ploeg verloor van de koploper.\n\n' +
      '‘We moeten harder werken’, aldus Hendriks.';
    expect(dutchSpeakerOf(text, 'We moeten harder')).toBe('Joost Hendriks');
  });

  it('reads the name before the verb and a colon', () => {
    const text =
      'De zaal was vol. Hendriks zei: ‘Dit publiek verdient beter.’ Joost Hendriks is trainer.';
    expect(dutchSpeakerOf(text, 'Dit publiek')).toBe('Joost Hendriks');
  });

  it('ends an unnamed speaker before a relative clause', () => {
    const text =
      '‘Het water kwam tot aan de deur’, zegt een bewoner die al veertig jaar aan de dijk woont.';
    expect(dutchSpeakerOf(text, 'Het water')).toBe('een bewoner');
    const place = '‘Ik ben erg geschrokken’, zegt een medewerkster van de bibliotheek.';
    expect(dutchSpeakerOf(place, 'Ik ben')).toBe('een medewerkster van de bibliotheek');
  });

  it('reads an age in brackets and "de 78-jarige" pointing back', () => {
    const text =
      '‘Het is hier prachtig’, zegt Truus Kamphuis (78). ‘Ik blijf.’\n\n' +
      'Ze woont er sinds 1970. ‘Mijn kinderen zijn hier geboren’, vertelt de 78-jarige.';
    expect(dutchSpeakerOf(text, 'Het is hier')).toBe('Truus Kamphuis');
    expect(dutchSpeakerOf(text, 'Mijn kinderen')).toBe('Truus Kamphuis');
  });

  it('reads the subject between the two parts of "laten weten"', () => {
    const text = '‘We onderzoeken de zaak’, laat een woordvoerder van de politie weten.';
    expect(dutchSpeakerOf(text, 'We onderzoeken')).toBe('een woordvoerder van de politie');
  });

  it('reads the speaker in the next sentence', () => {
    const text =
      'De boom viel op het dak van de schuur. ‘Dat was flink schrikken.’ Dat zegt Fenna Bos uit Kampen.';
    expect(dutchSpeakerOf(text, 'Dat was flink')).toBe('Fenna Bos');
  });

  it('carries the speaker to the second piece of a split quote', () => {
    const text = '‘Eerst dacht ik aan een grap’, zegt Fenna Bos. ‘Maar het was echt.’';
    expect(dutchSpeakerOf(text, 'Maar het was')).toBe('Fenna Bos');
  });

  it('reads "volgens" before the name', () => {
    const text = 'Volgens wethouder Sanne Meijer is het plan klaar: ‘We beginnen in mei.’';
    expect(dutchSpeakerOf(text, 'We beginnen')).toBe('Sanne Meijer');
  });

  it('gives a quote alone after an occupation + surname sentence to the full name', () => {
    const text =
      '‘Ik scoorde in de laatste minuut’, zegt spits Timo Bakker, in het dagelijks leven schilder.\n\n' +
      'Schilder Bakker moet morgen weer aan het werk. ‘Om zes uur sta ik op de steiger.’';
    expect(dutchSpeakerOf(text, 'Om zes uur')).toBe('Timo Bakker');
  });

  it('takes the sentence subject when a quote follows with nothing said', () => {
    const text =
      'Voorzitter Els Hoogland van de vereniging is trots. ‘Zonder vrijwilligers lukt dit niet.’';
    expect(dutchSpeakerOf(text, 'Zonder vrijwilligers')).toBe('Els Hoogland');
  });
});
