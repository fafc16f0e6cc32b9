import { describe, expect, it } from 'vitest';
import { directQuote, directSpeaker } from './score-quote-set.ts';

/**
 * Round 7: invented sentences (new names, new topics) for each general cause of the blind7
 * misses in French, Spanish, Portuguese and Italian, each read with its language given.
 */

describe('cause: an origin phrase opening a sentence read as a person', () => {
  it('gives "raconte-t-elle" after "Originaire de …, elle …" to the portrayed woman', () => {
    const text =
      'Dans son fournil de la rue Saint-Jean, Claire Dubuc pétrit la pâte avant l’aube.\n\n' +
      'Originaire de Sainte-Agathe-des-Monts, elle a appris le métier auprès de son oncle. ' +
      '« Le pain, ça ne ment pas, raconte-t-elle. Si tu bâcles, ça se voit tout de suite. »';
    expect(directSpeaker(text, 'fr', 'Le pain')).toBe('Claire Dubuc');
  });

  it('reads "Natural de …" as no speaker in Spanish', () => {
    const text =
      'La ceramista Inmaculada Roldán expone desde este jueves en el museo provincial.\n\n' +
      'Natural de Villanueva del Arzobispo, ella aprendió el oficio en el taller de su abuelo. ' +
      '“El barro te enseña paciencia”, cuenta ella.';
    expect(directSpeaker(text, 'es', 'El barro')).toBe('Inmaculada Roldán');
  });
});

describe('cause: a pronoun or a gendered office pointing back past the other gender', () => {
  const text =
    'Marie-Hélène Vachon, la directrice qui a sauvé le petit théâtre du quartier\n\n' +
    '« On a rouvert avec trois bénévoles », lance la directrice de 44 ans.\n\n' +
    'Le régisseur Pierre Caron la suit depuis le début. « Elle ne lâche jamais », dit-il.\n\n' +
    'La directrice refuse pourtant de parler de miracle. « On a juste travaillé. »\n\n' +
    'Elle sourit. « La saison prochaine sera plus calme, promis. »';

  it('gives a lone quote after "La directrice …" to the woman, not the man named last', () => {
    expect(directSpeaker(text, 'fr', 'On a juste')).toBe('Marie-Hélène Vachon');
  });

  it('gives a lone quote after "Elle sourit." to the woman, not the man named last', () => {
    expect(directSpeaker(text, 'fr', 'La saison')).toBe('Marie-Hélène Vachon');
  });
});

describe('cause: an office no one was named with, in a portrait of the headline’s person', () => {
  it('gives "dice la pittrice" to the woman the headline names, not the woman named last', () => {
    const text =
      'Sara Colombo, vent’anni di tele e una mostra a Palazzo Reale\n\n' +
      'Arriva in studio con le mani ancora sporche di colore. A 52 anni, l’artista milanese ' +
      'prepara la sua prima antologica.\n\n' +
      '«Da bambina disegnava sui muri di casa», ricorda la sorella, Francesca Colombo.\n\n' +
      '«Voglio che la gente esca dalla mostra con una domanda», dice la pittrice.';
    expect(directSpeaker(text, 'it', 'Voglio che')).toBe('Sara Colombo');
  });
});

describe('cause: a Romance headline quote after a topic and a place', () => {
  it('gives the headline quote to the speaker of the body quote that repeats it', () => {
    const text =
      'Inondations à Quimperlé : « On a tout perdu »\n\n' +
      'La Laïta est sortie de son lit dans la nuit de mardi à mercredi.\n\n' +
      '« On a tout perdu, le rez-de-chaussée est à refaire », raconte Gwenaëlle Le Bihan, ' +
      'commerçante de la basse ville.';
    expect(directSpeaker(text, 'fr', 'On a tout perdu')).toBe('Gwenaëlle Le Bihan');
  });
});

describe('cause: a long organisation name cut short', () => {
  it("keeps a ministry's portfolio list after its first comma", () => {
    const text =
      'El Ministerio de Agricultura, Pesca y Alimentación aseguró en un comunicado que “las ' +
      'ayudas llegarán a todas las explotaciones afectadas antes de fin de mes”.';
    expect(directSpeaker(text, 'es', 'las ayudas')).toBe(
      'Ministerio de Agricultura, Pesca y Alimentación',
    );
  });

  it('keeps the capital letters that open a body’s name after its article', () => {
    const text =
      'La FIBA Europe Cup informó en un comunicado que el pabellón “no cumple las normas de ' +
      'seguridad”.';
    expect(directSpeaker(text, 'es', 'no cumple')).toBe('FIBA Europe Cup');
  });

  it('keeps a capitalised word that ends like a gerund inside a description', () => {
    const text =
      'La lancha llegó al puerto de madrugada.\n\n' +
      '“Cada rescate llega tarde para alguien”, indicó un portavoz de Salvando Vidas, que ' +
      'pidió más medios.';
    expect(directSpeaker(text, 'es', 'Cada rescate')).toBe('un portavoz de Salvando Vidas');
  });
});

describe('cause: a written text (a letter, a note, a statement) as the subject that speaks', () => {
  it('gives "dice el comunicado, firmado por …" to the signing body', () => {
    const text =
      'La alcaldesa, Rocío Beltrán, anunció el cierre del mercado de abastos.\n\n' +
      '“El mercado es el corazón del barrio y no se puede cerrar sin escucharnos”, dice el ' +
      'comunicado, firmado por la Asociación Vecinal de Triana.';
    expect(directSpeaker(text, 'es', 'El mercado')).toBe('Asociación Vecinal de Triana');
  });

  it('gives "si legge in una nota della …" to the body that wrote the note', () => {
    const text =
      'Il sovrintendente Paolo Greco ha presentato la stagione estiva.\n\n' +
      '“La lirica deve tornare a essere una festa popolare”, si legge in una nota della ' +
      'Fondazione Arena, che ha finanziato il progetto.';
    expect(directSpeaker(text, 'it', 'La lirica')).toBe('Fondazione Arena');
  });

  it('gives "lê-se na nota da associação" to the body that issued a statement before', () => {
    const text =
      'O ministro do Ambiente, Rui Ventura, defendeu o novo aeroporto.\n\n' +
      'A Quercus reagiu em comunicado, sublinhando que a zona é um refúgio de aves. «O ' +
      'projeto ignora todos os pareceres técnicos», lê-se na nota da associação ambientalista.';
    expect(directSpeaker(text, 'pt', 'O projeto')).toBe('Quercus');
  });
});

describe('cause: a quote alone after a sentence that reports someone through a pronoun', () => {
  it('gives a quote after "Segundo ela, …" to the woman, not the man named last', () => {
    const text =
      'A enfermeira Beatriz Moura acompanha a doente desde março, com o médico Carlos Pinto.\n\n' +
      'Segundo ela, a recuperação levou meses de fisioterapia diária. «Houve dias em que ' +
      'nem conseguia levantar o braço.»';
    expect(directSpeaker(text, 'pt', 'Houve dias')).toBe('Beatriz Moura');
  });
});

describe('cause: someone described after the verb whose relative clause says they spoke', () => {
  it('gives the next quote with a subjectless verb to the description', () => {
    const text =
      'La nieve cortó la autovía durante toda la noche, informó la Guardia Civil.\n\n' +
      'En el área de servicio dormía un camionero gallego de 52 años, que explicó que llevaba ' +
      'dos días parado. “No nos ha traído nadie ni una manta”, añadió por teléfono.';
    expect(directSpeaker(text, 'es', 'No nos ha')).toBe('un camionero gallego');
  });
});

describe('cause: short woven words that open a finite clause', () => {
  it('reads "informó que el partido «se jugará …»" as the body’s direct words', () => {
    const text =
      'La Federación Andaluza informó en un comunicado que el partido “se jugará a puerta ' +
      'cerrada”.';
    expect(directQuote(text, 'es', 'se jugará')).toMatchObject({
      text: 'se jugará a puerta cerrada',
      speaker: 'Federación Andaluza',
    });
  });

  it('reads "garantiu que «não assinou …»" as the speaker’s direct words', () => {
    const text =
      'O autarca de Tondela, Manuel Vieira, garantiu que “não assinou nenhum contrato” com a ' +
      'empresa.';
    expect(directQuote(text, 'pt', 'não assinou')).toMatchObject({
      text: 'não assinou nenhum contrato',
      speaker: 'Manuel Vieira',
    });
  });

  it('reads a lone capitalised body before the verb as the speaker of the woven clause', () => {
    const text =
      'In una nota, Trenord ha spiegato che il servizio sulla linea “è sospeso fino a nuovo ' +
      'avviso”.';
    expect(directQuote(text, 'it', 'è sospeso')).toMatchObject({
      text: 'è sospeso fino a nuovo avviso',
      speaker: 'Trenord',
    });
  });

  it('leaves a noun phrase or an infinitive woven after a verb as the reporter’s phrase', () => {
    const spanish =
      'El portavoz de la oposición, Álvaro Cuesta, calificó la decisión de “precipitada e ' +
      'injusta” y pidió explicaciones.';
    expect(directQuote(spanish, 'es', 'precipitada')).toBeUndefined();
    const french =
      'Le président de la chambre d’agriculture, Hervé Lannuzel, a appelé les élus à « ne ' +
      'pas céder ».';
    expect(directQuote(french, 'fr', 'ne pas')).toBeUndefined();
  });
});
