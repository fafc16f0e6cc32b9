import { describe, expect, it } from 'vitest';
import { speakerIn } from './score-quote-set.ts';

/**
 * Round 9 (French, Spanish, Portuguese): invented sentences for two general causes of the
 * blind9 misses. Speech verbs the lexicons lacked (a pronominal verb in the imperfect, a verb of
 * asking, a verb of firing words off, a plural present), and a written text that speaks after
 * the quote ("diz o texto") whose author is the subject of the sentence that introduced it.
 */

const spanish = speakerIn('es');
const portuguese = speakerIn('pt');
const french = speakerIn('fr');

describe('class: a speech verb the lexicon lacked, after the quote', () => {
  it('reads the imperfect of a pronominal verb ("se lamentaba una vecina de …")', () => {
    const text =
      'El incendio arrasó tres naves del polígono.\n\n' +
      '«Nadie nos avisó de nada», se lamentaba una vecina del barrio de San Roque, que vive enfrente.';
    expect(spanish(text, 'Nadie nos avisó')).toBe('una vecina del barrio de San Roque');
  });

  it('reads "se quejaba" with a named subject', () => {
    const text =
      'La feria abrió con menos puestos que nunca.\n\n' +
      '«Las tasas se han doblado en dos años», se quejaba Rosario Benítez, artesana de Úbeda.';
    expect(spanish(text, 'Las tasas')).toBe('Rosario Benítez');
  });

  it('reads "perguntou" for a question put by someone unnamed', () => {
    const text =
      'A coletiva durou quase uma hora.\n\n' +
      '“A senhora vai disputar a reeleição?”, perguntou um jornalista no fim da entrevista.';
    expect(portuguese(text, 'A senhora vai')).toBe('um jornalista');
  });

  it('reads "disparou" after a quote, the subject dropped, for the person just named', () => {
    const text =
      'O Vila Rica perdeu em casa.\n\n' +
      'O presidente Otávio Brandt criticou a arbitragem. “Foi um roubo. Ninguém viu aquilo?”, disparou.';
    expect(portuguese(text, 'Foi um roubo')).toBe('Otávio Brandt');
  });

  it('reads a plural present ("escrevem os moradores") for the group written after it', () => {
    const text =
      'Um abaixo-assinado chegou à câmara municipal.\n\n' +
      '“Não queremos mais promessas”, escrevem os moradores do bairro no documento.';
    expect(portuguese(text, 'Não queremos')).toBe('os moradores do bairro');
  });
});

describe('class: a written text speaks after the quote; its author introduced it before', () => {
  it('gives "diz o texto" to the union that issued the note ("Em nota, o Sindicato … afirmou")', () => {
    const text =
      'A greve dos professores entrou no terceiro dia.\n\n' +
      'Em nota, o Sindicato dos Professores de Vale Verde afirmou que a paralisação continua. ' +
      '“Não há acordo sem reposição salarial”, diz o texto.';
    expect(portuguese(text, 'Não há acordo')).toBe('Sindicato dos Professores de Vale Verde');
  });

  it('gives "señala el texto" to a body described in lower case ("el comité de empresa")', () => {
    const text =
      'La empresa presentó sus cuentas anuales.\n\n' +
      'En un comunicado difundido por la tarde, la junta de personal pidió más contrataciones. ' +
      '«Los turnos son insostenibles», señala el texto.';
    expect(spanish(text, 'Los turnos')).toBe('la junta de personal');
  });

  it('gives "ajoute le texte" to the association that sent the statement', () => {
    const text =
      'Le projet de parking divise le quartier.\n\n' +
      "Dans un communiqué publié lundi, l'association Rives Vivantes dénonce un passage en force. " +
      '« Personne n’a été consulté », ajoute le texte.';
    expect(french(text, 'Personne')).toBe('Rives Vivantes');
  });

  it('never gives the credit to a capitalised word inside the quote ("Não fomos nós …")', () => {
    const text =
      'A paralisação continua.\n\n' +
      '“O acordo expirou. Não fomos nós que rompemos as negociações”, diz o texto.';
    expect(portuguese(text, 'O acordo expirou')).not.toBe('Não');
  });
});

describe('class: a plural group speaks after a plural speech verb ("denuncian los vecinos")', () => {
  it('shows the Spanish group as written, without the circumstance after it', () => {
    const text =
      'La línea de autobús 14 dejará de pasar por el barrio.\n\n' +
      '«Nos dejan aislados», denuncian los vecinos de Las Moreras en una carta.';
    expect(spanish(text, 'Nos dejan')).toBe('los vecinos de Las Moreras');
  });

  it('shows the French group as written, before its relative clause', () => {
    const text =
      'Le chantier du tramway a pris six mois de retard.\n\n' +
      '« On ne dort plus depuis mars », dénoncent les riverains du boulevard, qui ont lancé une pétition.';
    expect(french(text, 'On ne dort')).toBe('les riverains du boulevard');
  });

  it('keeps a singular verb with a definite subject for the person named before', () => {
    const text =
      'O técnico Jair Moretti elogiou o elenco.\n\n' +
      '“Foi uma vitória de todos”, disse o treinador.';
    expect(portuguese(text, 'Foi uma vitória')).toBe('Jair Moretti');
  });
});

describe('class: a described source ends before a phrase of when ("à la sortie de …")', () => {
  it('cuts "à la sortie de l’audience" from a French description', () => {
    const text =
      'Le procès a duré trois jours.\n\n' +
      '« Justice est faite », soufflait une voisine de la victime à la sortie de l’audience.';
    expect(french(text, 'Justice est faite')).toBe('une voisine de la victime');
  });

  it('cuts "al final del pleno" from a Spanish description', () => {
    const text =
      'El pleno aprobó el presupuesto.\n\n' +
      '«Es un presupuesto de maquillaje», criticó una concejala de la oposición al final del pleno.';
    expect(spanish(text, 'Es un presupuesto')).toBe('una concejala de la oposición');
  });
});

describe('class: a name inside the complement of an unnamed source is no speaker', () => {
  it('keeps "un vecino de la calle del Pilar" whole, not the street’s "Pilar"', () => {
    const text =
      'La riada dejó el barrio sin luz.\n\n' +
      '«Nadie ha venido a ayudarnos», protestaba un vecino de la plaza de San Lorenzo, que no quiso dar su nombre.';
    expect(spanish(text, 'Nadie ha venido')).toBe('un vecino de la plaza de San Lorenzo');
  });

  it('keeps "uma moradora da rua Dona Amélia" whole', () => {
    const text =
      'A enxurrada invadiu as casas da vila.\n\n' +
      '“Perdi tudo outra vez”, contou uma moradora da rua Dona Amélia, que pediu para não ser identificada.';
    expect(portuguese(text, 'Perdi tudo')).toBe('uma moradora da rua Dona Amélia');
  });

  it('gives a group the words even when a paper is named in its relative clause', () => {
    const text =
      'Os enfermeiros do centro de saúde enviaram uma carta à direção.\n\n' +
      '“Trabalhamos sem condições”, escrevem os enfermeiros na carta, a que o Diário do Sul teve acesso.';
    expect(portuguese(text, 'Trabalhamos')).toBe('os enfermeiros');
  });
});
