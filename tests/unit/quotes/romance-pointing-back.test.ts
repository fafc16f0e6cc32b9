import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('Spanish, Portuguese, French and Italian sources pointed back to', () => {
  it('reads imperfect and less common speech verbs ("explicaba", "apelou", "precisou")', () => {
    const spanish =
      'El mercado de abastos de Teruel cerró ayer sus puertas.\n\nLa frutera Rosa Almunia ' +
      'Gil recogía sus cajas. «Aquí he pasado cuarenta años», explicaba Almunia.';
    expect(speakerOf(spanish, 'Aquí he pasado')).toBe('Rosa Almunia Gil');
    const portuguese =
      'O temporal fechou ontem as escolas de Viseu.\n\n«Fiquem em casa esta noite», apelou ' +
      'o presidente da câmara de Viseu, Artur Quintela, em conferência de imprensa.';
    expect(speakerOf(portuguese, 'Fiquem em casa')).toBe('Artur Quintela');
  });

  it('gives a first surname the surnames the full name writes after it ("según Iglesias")', () => {
    const text =
      'La consejera de Educación, Nuria Olmos Bastida, presentó ayer el calendario escolar.\n\n' +
      'Según Olmos, «el curso empezará el 8 de septiembre en todos los centros».';
    expect(speakerOf(text, 'el curso empezará')).toBe('Nuria Olmos Bastida');
  });

  it('gives a role noun after the verb to the holder of that office, not the last name', () => {
    const spanish =
      'El director del museo, Tomás Ferrándiz, presentó ayer la reforma de las salas. La obra ' +
      'correrá a cargo de la empresa de Elena Rubio.\n\n«Reabriremos en primavera», ' +
      'prometió el director en la inauguración.';
    expect(speakerOf(spanish, 'Reabriremos')).toBe('Tomás Ferrándiz');
    const italian =
      "Il sindaco di Pontedera, Mauro Bellandi, ha firmato l'ordinanza. Protesta il gestore " +
      "del bar, Franco Cioni.\n\n«Non c'erano alternative», ha ribadito il sindaco.";
    expect(speakerOf(italian, 'Non c')).toBe('Mauro Bellandi');
  });

  it('gives "l\'élu" or a pronoun to the office that was the last sentence\'s subject', () => {
    const french =
      "Le président du club, Julien Kerhervé, a présenté le budget. L'entraîneur Marc Daniel " +
      'est resté silencieux.\n\nLe président a annoncé un nouveau terrain. « Les travaux ' +
      "commenceront en mai », a précisé l'élu. « Tout est financé », a-t-il ajouté.";
    expect(speakerOf(french, 'Les travaux')).toBe('Julien Kerhervé');
    expect(speakerOf(french, 'Tout est financé')).toBe('Julien Kerhervé');
    const portuguese =
      'A bióloga da Universidade do Minho Sofia Antunes estudou o rio durante dez anos. O ' +
      'presidente da junta, Rui Vale, não quis comentar.\n\nA bióloga alerta para a seca. ' +
      '«O caudal nunca esteve tão baixo», disse a especialista.';
    expect(speakerOf(portuguese, 'O caudal')).toBe('Sofia Antunes');
  });

  it('shows "the mother of a pupil" as described, unless the noun was used before', () => {
    const spanish =
      'El colegio Miguel Hernández de Elche sigue sin calefacción.\n\nEl director, Paco ' +
      'Llorens, pidió paciencia. «Los niños dan clase con el abrigo puesto», contaba la madre ' +
      'de un alumno de segundo, que no quiso identificarse.';
    expect(speakerOf(spanish, 'Los niños')).toBe('la madre de un alumno de segundo');
    const french =
      "Le procès de l'ancien kinésithérapeute s'est ouvert lundi. Le prévenu, Alain Roux, " +
      "conteste les faits.\n\n« Je n'ai rien fait », a répondu le prévenu d'une voix " +
      "calme. « Il nous a menti pendant des années », témoigne la sœur d'une patiente.";
    expect(speakerOf(french, "Je n'ai rien")).toBe('Alain Roux');
    expect(speakerOf(french, 'Il nous a menti')).toBe("la sœur d'une patiente");
  });

  it('gives a quote with no subject of its own to the unnamed subject of the sentence before', () => {
    const portuguese =
      'A greve dos maquinistas parou ontem os comboios da Linha de Sintra.\n\nUm dirigente do ' +
      'sindicato dos maquinistas explicou que a paralisação se mantém até sexta-feira em ' +
      'Queluz e no Cacém. «Não há acordo à vista», acrescentou.';
    expect(speakerOf(portuguese, 'Não há acordo')).toBe(
      'Um dirigente do sindicato dos maquinistas',
    );
    const spanish =
      'Renfe suprimió ayer veinte trenes en Asturias.\n\nUna portavoz de la compañía aseguró ' +
      'que el servicio se recuperará en Oviedo el lunes. «Pedimos disculpas a los viajeros», ' +
      'dijo la portavoz.';
    expect(speakerOf(spanish, 'Pedimos disculpas')).toBe('Una portavoz de la compañía');
  });

  it('reads the subject of a colon introduction cut by a short quote earlier in the sentence', () => {
    const italian =
      'Il consiglio regionale ha approvato il piano rifiuti.\n\nIl capogruppo della Lega, ' +
      'Walter Bonfanti, ha definito il piano «un pasticcio» e ha chiesto alla giunta di ' +
      'ritirarlo: «Così i costi ricadranno tutti sulle famiglie».';
    expect(speakerOf(italian, 'Così i costi')).toBe('Walter Bonfanti');
    const french =
      "Le projet de rocade divise toujours Quimper.\n\nLa présidente de l'association Bretagne " +
      "Vivante, Gaëlle Nicolas, a qualifié le tracé d'« absurde » et a lancé aux élus : " +
      '« Venez voir les zones humides avant de voter ».';
    expect(speakerOf(french, 'Venez voir')).toBe('Gaëlle Nicolas');
  });

  it('resolves an office after "según/segundo/secondo" and as the subject of a colon', () => {
    const spanish =
      'El rector de la Universidad de Burgos, Íñigo Salvatierra, inauguró el curso. La ' +
      'decana, Carmen Oña, leyó la lección.\n\nSegún el rector, «la matrícula ha crecido un ' +
      '8 %».\n\nEl rector lo dejó claro: «No habrá subida de tasas».';
    expect(speakerOf(spanish, 'la matrícula')).toBe('Íñigo Salvatierra');
    expect(speakerOf(spanish, 'No habrá subida')).toBe('Íñigo Salvatierra');
    const portuguese =
      'O presidente da câmara de Tomar, Abel Cordeiro, apresentou o orçamento. O vereador ' +
      'Nuno Paiva votou contra.\n\nSegundo o presidente, «as contas estão equilibradas».';
    expect(speakerOf(portuguese, 'as contas')).toBe('Abel Cordeiro');
  });

  it('reads the words papers use for an office when they refer back ("il primo cittadino")', () => {
    const italian =
      "Il sindaco di Lodi, Franca Gervasoni, ha inaugurato la biblioteca. C'era anche " +
      "l'assessore Marco Tinelli.\n\n«È un giorno di festa», ha detto la prima cittadina.";
    expect(speakerOf(italian, 'È un giorno')).toBe('Franca Gervasoni');
    const portuguese =
      'A ministra da Cultura, Teresa Galvão, visitou o museu. O diretor, Luís Serra, mostrou ' +
      'as obras.\n\n«O museu terá mais verbas», garantiu a governante. «E mais pessoal», ' +
      'disse ainda a ministra.';
    expect(speakerOf(portuguese, 'O museu terá')).toBe('Teresa Galvão');
    expect(speakerOf(portuguese, 'E mais pessoal')).toBe('Teresa Galvão');
    const spanish =
      'La alcaldesa de Lorca, Inmaculada Pérez Ros, recibió a los vecinos. El concejal Juan ' +
      'Lara tomó nota.\n\n«Habrá ayudas para todos», prometió la regidora.';
    expect(speakerOf(spanish, 'Habrá ayudas')).toBe('Inmaculada Pérez Ros');
  });

  it('reads "replicó el presidente de …" and ends a description at an object pronoun', () => {
    const text =
      'El consejero de Medio Ambiente, Ramón Ibarra, visitó el embalse. El presidente de la ' +
      'cooperativa, Félix Sola, le esperaba.\n\n«El agua llegará en mayo», dijo Ibarra. «No ' +
      'nos lo creemos», replicó el presidente de los cooperativistas.\n\nUn hijo de ' +
      'agricultores lo explicó así: «Sin riego, el pueblo se vacía».';
    expect(speakerOf(text, 'No nos lo')).toBe('Félix Sola');
    expect(speakerOf(text, 'Sin riego')).toBe('Un hijo de agricultores');
  });

  it('keeps a participle that ends the description as its adjective ("una cliente affezionata")', () => {
    const italian =
      'Chiude la merceria Bassi di Cremona.\n\n«Mi mancherà tantissimo», dice una signora ' +
      "affezionata, che ci veniva da quarant'anni.";
    expect(speakerOf(italian, 'Mi mancherà')).toBe('una signora affezionata');
    const spanish =
      'Cierra la mercería Bastida de Calahorra.\n\n«Era mi segunda casa», cuenta un cliente ' +
      'emocionado. «Es el fin de una época», lamenta un vecino afectado por el cierre.';
    expect(speakerOf(spanish, 'Era mi segunda')).toBe('un cliente emocionado');
    expect(speakerOf(spanish, 'Es el fin')).toBe('un vecino');
  });

  it('reads an unnamed subject before its relative clause in a colon introduction', () => {
    const portuguese =
      'O centro de saúde de Beja fechou as urgências noturnas.\n\nUm médico do centro, que ' +
      'pediu para não ser identificado, resumiu: "Não há pessoal para as noites."';
    expect(speakerOf(portuguese, 'Não há pessoal')).toBe('Um médico do centro');
    const french =
      'Le lycée Colbert de Lorient perd deux classes.\n\nLa proviseure, Anne Le Floch, a ' +
      'reçu les parents. « Nous manquons de professeurs », justifie la proviseure.';
    expect(speakerOf(french, 'Nous manquons')).toBe('Anne Le Floch');
  });

  it('reads the Spanish perfect ("ha explicado el delegado", "Así lo ha asegurado")', () => {
    const text =
      'Un incendio calcina 200 hectáreas en Gredos.\n\n«El fuego está estabilizado», ha ' +
      'explicado el delegado de la Junta, Raúl Medina. El alcalde, Luis Sotillo, ha pedido ' +
      'ayudas.\n\n«Esta noche será clave», ha advertido el delegado.\n\n«Los vecinos ya ' +
      'pueden volver». Así lo ha asegurado el alcalde a primera hora.';
    expect(speakerOf(text, 'El fuego está')).toBe('Raúl Medina');
    expect(speakerOf(text, 'Esta noche')).toBe('Raúl Medina');
    expect(speakerOf(text, 'Los vecinos ya')).toBe('Luis Sotillo');
  });

  it('gives "selon elle / según él / segundo ele" to the person named before', () => {
    const french =
      "La directrice de l'hôpital de Morlaix, Agnès Le Du, a présenté le plan. Selon elle, " +
      '« les urgences rouvriront la nuit dès le mois de mars ».';
    expect(speakerOf(french, 'les urgences rouvriront')).toBe('Agnès Le Du');
    const portuguese =
      'O treinador do Farense, Tozé Marreco, falou após o jogo. Segundo ele, "a equipa ' +
      'merecia mais do que um empate".';
    expect(speakerOf(portuguese, 'a equipa merecia')).toBe('Tozé Marreco');
  });

  it('reads French verbs of temper after the quote ("peste une commerçante")', () => {
    const text =
      'Les travaux du tramway paralysent le centre de Caen.\n\n« On ne voit plus un client ' +
      'depuis trois semaines », peste une fleuriste de la rue Saint-Pierre.';
    expect(speakerOf(text, 'On ne voit plus')).toBe('une fleuriste de la rue Saint-Pierre');
  });
});
