import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

/**
 * The common ways a Spanish paper attributes a quotation, one invented sentence each (round 4:
 * coverage of the language first, then the tuning set). [construction, text, quote start,
 * speaker a reader should see].
 */
/** A neutral lead paragraph, so that each short case reads as an article in the language. */
const lead =
  'La situación sigue siendo tensa en toda la comarca, y los vecinos esperan respuestas desde hace varias semanas.\n\n';

const cases: [string, string, string, string | null][] = [
  [
    'verb after the quote, inverted name',
    'El embalse está al 20 por ciento.\n\n“No habíamos visto nada igual”, dijo Marta Ibarra.',
    'No habíamos',
    'Marta Ibarra',
  ],
  [
    'office then name after a comma',
    'La feria se celebrará en mayo.\n\n“Será la mejor edición”, afirmó el alcalde de Soria, Jesús Peña.',
    'Será la mejor',
    'Jesús Peña',
  ],
  [
    'compound tense verb',
    'El hospital abrirá una nueva planta.\n\n“Es una inversión necesaria”, ha señalado la consejera Lucía Herrero.',
    'Es una inversión',
    'Lucía Herrero',
  ],
  [
    'occupation and demonym before the name',
    'La etapa terminó en Lagos de Covadonga.\n\n“He sufrido mucho en la subida”, explicó el ciclista navarro Ander Olano.',
    'He sufrido',
    'Ander Olano',
  ],
  [
    'según with an office and a name',
    'La carretera seguirá cortada.\n\n“Hay riesgo de desprendimientos”, según el portavoz de la Guardia Civil, Ramón Ortega.',
    'Hay riesgo',
    'Ramón Ortega',
  ],
  [
    'colon introduction',
    'La huelga de médicos continúa.\n\nLa consejera de Sanidad, Lucía Herrero, fue tajante: “No vamos a ceder”.',
    'No vamos',
    'Lucía Herrero',
  ],
  [
    'speech verb between dashes with a surname',
    'Lucía Herrero compareció en el Parlamento.\n\n“No vamos a ceder —advirtió Herrero—, ni hoy ni mañana”.',
    'No vamos',
    'Lucía Herrero',
  ],
  [
    'surname alone after the full name',
    'Jesús Peña presentó el programa de fiestas.\n\n“Habrá conciertos todas las noches”, añadió Peña.',
    'Habrá conciertos',
    'Jesús Peña',
  ],
  [
    'en palabras de',
    'La federación cambiará el calendario.\n\n“Los clubes lo pedían”, en palabras del presidente de la federación, Tomás Vidal.',
    'Los clubes',
    'Tomás Vidal',
  ],
  [
    'name then age after a comma',
    'La panadería cierra tras un siglo.\n\n“Aquí he pasado toda mi vida”, cuenta Rosa Almagro, de 63 años.',
    'Aquí he pasado',
    'Rosa Almagro',
  ],
  [
    'priest honorific padre',
    'La parroquia recoge alimentos.\n\n“Cada semana vienen más familias”, explicó el padre Anselmo Ruiz.',
    'Cada semana',
    'Anselmo Ruiz',
  ],
  [
    'described speaker with an age phrase',
    'El mercado de abastos se renueva.\n\n“Vengo aquí desde niña”, cuenta una vecina de Tudela de 74 años.',
    'Vengo aquí',
    'una vecina de Tudela',
  ],
  [
    'described speaker ending before a relative clause',
    'La cosecha de cereal se ha perdido.\n\n“Este año no sacamos ni para semillas”, asegura un agricultor que prefiere no dar su nombre.',
    'Este año',
    'un agricultor',
  ],
  [
    'described speaker ending before a con phrase',
    'El puerto amaneció en silencio.\n\n“La mar está muy mala”, dice un pescador de Bermeo con la gorra en la mano.',
    'La mar está',
    'un pescador de Bermeo',
  ],
  [
    'described speaker with a long de chain',
    'El pueblo vive del turismo rural.\n\n“Los fines de semana no damos abasto”, comenta la dueña de una panadería de la plaza de Haro.',
    'Los fines de semana',
    'la dueña de una panadería de la plaza de Haro',
  ],
  [
    'described speaker ending before a participle',
    'La manifestación recorrió el centro.\n\n“Estamos hartos de promesas”, gritaba una enfermera llegada desde Lugo.',
    'Estamos hartos',
    'una enfermera',
  ],
  [
    'described speaker ending before an adjective of presence',
    'El juicio quedó visto para sentencia.\n\n“Por fin alguien nos escucha”, dijo una afectada presente en la sala.',
    'Por fin alguien',
    'una afectada',
  ],
  [
    'speaker in the sentence before, quote alone',
    'El entrenador del Numancia, Rubén Gil, habló tras el partido.\n\nReconoció los errores. “Hemos jugado fatal”.',
    'Hemos jugado',
    'Rubén Gil',
  ],
  [
    'para X, partial quote',
    'Los precios siguen subiendo.\n\nPara el economista Luis Sanz, “la subida es temporal”.',
    'la subida',
    'Luis Sanz',
  ],
  [
    'speaker named in the sentence after the quote',
    'El museo cerrará en agosto.\n\n“No hay personal para abrir en verano”. Así lo explicó ayer la directora, Carmen Lozano.',
    'No hay personal',
    'Carmen Lozano',
  ],
  [
    'first person quote inside the quote does not change the speaker',
    'Iratxe Goñi ganó la carrera de Getxo.\n\n“El entrenador me dijo que atacara en la última curva”, contó la atleta.',
    'El entrenador',
    'Iratxe Goñi',
  ],
];

describe('Spanish attribution constructions (round 4, invented)', () => {
  it.each(cases)('%s', (_construction, text, quoteStart, speaker) => {
    expect(speakerOf(lead + text, quoteStart)).toBe(speaker);
  });
});
