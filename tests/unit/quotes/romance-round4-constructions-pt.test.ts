import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

/**
 * The common ways a Portuguese (European and Brazilian) paper attributes a quotation, one
 * invented sentence each (round 4: coverage of the language first, then the tuning set).
 * [construction, text, quote start, speaker a reader should see].
 */
/** A neutral lead paragraph, so that each short case reads as an article in the language. */
const lead =
  'A situação continua tensa em todo o concelho, e os moradores esperam respostas há várias semanas.\n\n';

const cases: [string, string, string, string | null][] = [
  [
    'verb after the quote, inverted name',
    'A barragem está quase vazia.\n\n"Nunca vimos nada assim", disse João Faria.',
    'Nunca vimos',
    'João Faria',
  ],
  [
    'office then name after a comma',
    'A feira do fumeiro abre na sexta-feira.\n\n"Esperamos vinte mil visitantes", afirmou o presidente da Câmara de Chaves, Rui Almeida.',
    'Esperamos',
    'Rui Almeida',
  ],
  [
    'wire-service credit between verb and name',
    'O incêndio foi dado como dominado.\n\n"Não há casas em risco", adiantou à Lusa o comandante dos bombeiros, Carlos Sá.',
    'Não há casas',
    'Carlos Sá',
  ],
  [
    'segundo with an office and a name',
    'A estrada continua cortada.\n\n"Há risco de derrocada", segundo o comandante da GNR, Paulo Reis.',
    'Há risco',
    'Paulo Reis',
  ],
  [
    'colon introduction',
    'A greve dos médicos continua.\n\nA ministra da Saúde, Helena Costa, foi clara: "Não vamos recuar".',
    'Não vamos',
    'Helena Costa',
  ],
  [
    'bishop honorific D.',
    'A sé foi reaberta no domingo.\n\n"É uma alegria para toda a diocese", afirmou o bispo D. Jorge Magalhães.',
    'É uma alegria',
    'Jorge Magalhães',
  ],
  [
    'priest honorific padre',
    'A paróquia recolhe alimentos.\n\n"Todas as semanas chegam mais famílias", contou o padre Álvaro Neves.',
    'Todas as semanas',
    'Álvaro Neves',
  ],
  [
    'surname alone after the full name',
    'Rui Almeida apresentou o programa das festas.\n\n"Haverá concertos todas as noites", acrescentou Almeida.',
    'Haverá concertos',
    'Rui Almeida',
  ],
  [
    'Brazilian office before the name',
    'As chuvas deixaram trezentos desalojados.\n\n"A situação é grave", disse o prefeito de Campinas, Dário Moura.',
    'A situação',
    'Dário Moura',
  ],
  [
    'described speaker with a force and a place',
    'O trânsito foi cortado durante a procissão.\n\n"Não houve incidentes", disse um agente da PSP de Braga.',
    'Não houve',
    'um agente da PSP de Braga',
  ],
  [
    'described speaker ending before an age phrase',
    'O mercado municipal vai fechar.\n\n"Venho aqui desde pequena", conta uma moradora de Setúbal, de 70 anos.',
    'Venho aqui',
    'uma moradora de Setúbal',
  ],
  [
    'described speaker ending before a relative clause',
    'A sardinha está cara.\n\n"Este ano quase não saímos para o mar", diz um pescador que pediu para não ser identificado.',
    'Este ano',
    'um pescador',
  ],
  [
    'described speaker ending before a participle',
    'Milhares de fiéis chegaram ao santuário.\n\n"Venho cumprir uma promessa", contou uma peregrina vinda de Viseu.',
    'Venho cumprir',
    'uma peregrina',
  ],
  [
    'described speaker opening a colon introduction',
    'O comércio da vila sofre com as obras.\n\nUma comerciante da praça desabafa: "Ninguém consegue chegar às lojas".',
    'Ninguém consegue',
    'Uma comerciante da praça',
  ],
  [
    'speaker in the sentence before, first person quote alone',
    'Ana Luísa Correia veio a pé desde Lamego.\n\nTem 81 anos e não falha um ano. "Prometi à minha mãe que viria sempre."',
    'Prometi',
    'Ana Luísa Correia',
  ],
  [
    'role noun pointing back',
    'O treinador do Vitória, Nuno Serrão, lamentou a derrota.\n\n"Faltou-nos pontaria", explicou o técnico.',
    'Faltou-nos',
    'Nuno Serrão',
  ],
  [
    'de acordo com before the quote',
    'As obras atrasaram.\n\nDe acordo com o engenheiro Tiago Lemos, "a ponte abre em junho".',
    'a ponte abre',
    'Tiago Lemos',
  ],
  [
    'speaker named in the sentence after the quote',
    '"Não há dinheiro para abrir no verão." Foi assim que a diretora do museu, Marta Sequeira, justificou o encerramento.',
    'Não há dinheiro',
    'Marta Sequeira',
  ],
  [
    'pronoun pointing back',
    'A atleta Joana Pires ganhou a meia-maratona de Ovar.\n\n"Foi a corrida da minha vida", disse ela.',
    'Foi a corrida',
    'Joana Pires',
  ],
];

describe('Portuguese attribution constructions (round 4, invented)', () => {
  it.each(cases)('%s', (_construction, text, quoteStart, speaker) => {
    expect(speakerOf(lead + text, quoteStart)).toBe(speaker);
  });
});
