import type { SpeechLexicon } from '../../text/lexicon/index.ts';

/**
 * An unnamed source as French, Spanish, Portuguese and Italian papers describe one: "témoigne un
 * ancien collègue de la victime, venu …", "contou à Lusa uma enfermeira de 29 anos, que …",
 * "Segundo um conselheiro do clube ouvido pela reportagem", "un abonné de longue date
 * résumait : …". The description is the indefinite article, its noun and their complements,
 * without the relative clause, the participle's clause or the verb that follows them.
 */

const word = /[\p{L}\p{N}'’-]+/uy;

/** Object pronouns before a verb that no description holds ("la" or "nos" may be articles). */
const objectPronouns: Readonly<Record<string, readonly string[]>> = {
  fr: ['se', 'lui', 'leur', 'nous', 'vous'],
  es: ['lo', 'le', 'les', 'se', 'me', 'nos'],
  pt: ['se', 'lhe', 'lhes', 'me'],
  it: ['si', 'ne', 'ci'],
};

/** The word that negates a verb ("ne", "n'a", "no", "não", "non"). */
function isNegation(lower: string, language: string): boolean {
  if (language === 'fr') return lower === 'ne' || /^n['’]\p{L}/u.test(lower);
  return (negations[language] ?? []).includes(lower);
}

const negations: Readonly<Record<string, readonly string[]>> = {
  es: ['no'],
  pt: ['não'],
  it: ['non'],
};

/**
 * Participles and adjectives written after the person noun that open a complement of their own
 * ("une habitante de Lorient âgée de 71 ans", "un olivicoltore presente in aula", "uma peregrina
 * vinda de Viseu"): the description ends before them. Listed because French participles end
 * like the nouns they follow ("une retraitée", "un salarié") and some are irregular ("venu").
 * Compared without a final e, s or es ("âgée", "présents", "venue").
 */
const complementOpeners: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'âgé',
    'présent',
    'venu',
    'arrivé',
    'installé',
    'originaire',
    'domicilié',
    'accompagné',
    'assis',
    'debout',
    'interrogé',
    'rencontré',
    'croisé',
    'joint',
    'contacté',
    'habitué',
  ],
  es: [
    'presente',
    'presentes',
    'natural',
    'residente',
    'residentes',
    'procedente',
    'venido',
    'venida',
    'llegado',
    'llegada',
    'sentado',
    'sentada',
  ],
  pt: [
    'presente',
    'presentes',
    'natural',
    'residente',
    'vindo',
    'vinda',
    'vindos',
    'vindas',
    'chegado',
    'chegada',
    'sentado',
    'sentada',
  ],
  it: [
    'presente',
    'presenti',
    'residente',
    'originario',
    'originaria',
    'arrivato',
    'arrivata',
    'venuto',
    'venuta',
    'seduto',
    'seduta',
    'giunto',
    'giunta',
  ],
};

function opensComplement(lower: string, language: string): boolean {
  const openers = complementOpeners[language] ?? [];
  if (openers.includes(lower)) return true;
  return language === 'fr' && openers.includes(lower.replace(/(?:es|e|s)$/u, ''));
}

/**
 * Prepositions of how or when, never of who ("un vecino de Tolosa con una ikurriña", "un tifoso
 * del Bari con la sciarpa al collo", "une passante pendant la manifestation"): what they open
 * is a circumstance of the scene, and the description ends before them.
 */
const scenePrepositions: Readonly<Record<string, readonly string[]>> = {
  fr: ['avec', 'pendant', 'lors', 'après', 'sans'],
  // "una vecina de Teis a la salida del mercado": a place the scene happens at.
  es: ['con', 'durante', 'tras', 'sin', 'a'],
  pt: ['com', 'durante', 'após', 'sem'],
  it: ['con', 'durante', 'dopo', 'senza', 'mentre'],
};

/**
 * Phrases of when, at the end or on the way out of an event ("à la sortie de l'audience", "ao
 * fim da coletiva", "al término del pleno", "al termine della seduta"): a preposition that may
 * open who someone is ("un professeur à l'université") opens the scene's time here.
 */
const scenePhrases: Readonly<Record<string, readonly string[]>> = {
  fr: ['à la sortie', "à l'issue", 'à l’issue', 'au terme', 'au sortir', 'à la fin', 'en marge'],
  es: ['al final', 'al término', 'al terminar', 'al salir', 'a la salida', 'a la conclusión'],
  pt: ['ao fim', 'no fim', 'ao final', 'no final', 'à saída', 'no término', 'ao término'],
  it: ['al termine', "all'uscita", 'all’uscita', 'alla fine', 'a margine'],
};

function opensScenePhrase(rest: string, language: string): boolean {
  const lower = rest.toLowerCase();
  return (scenePhrases[language] ?? []).some(
    (phrase) => lower.startsWith(phrase) && !/^\p{L}/u.test(lower.slice(phrase.length)),
  );
}

/** "un peu", "un poco", "um pouco", "un po'": an indefinite article that opens an adverb. */
const quantityAdverbs: Readonly<Record<string, readonly string[]>> = {
  fr: ['peu'],
  es: ['poco'],
  pt: ['pouco'],
  it: ["po'", 'po’', 'poco'],
};

/** "en chargeant" (French "en" and a present participle), "esperando", "guardando". */
function opensGerund(lower: string, after: string, lexicon: SpeechLexicon): boolean {
  if (lexicon.language === 'fr') return lower === 'en' && /^\s+\p{Ll}+ant(?![\p{L}])/u.test(after);
  return (lexicon.gerundEndings ?? []).some(
    (ending) => lower.endsWith(ending) && lower.length > ending.length + 2,
  );
}

/** The words for a person's years ("de 74 años", "di 82 anni", "de 70 anos"). */
const yearsWords = /^\s+\d{1,3}\s+(?:ans|años|anos|anni)(?![\p{L}])/u;

/**
 * Nouns for a source the paper does not name, written without an indefinite article: bare
 * plurals ("indicaron fuentes del ministerio", "selon des sources proches", "riferiscono fonti
 * della procura") and a press office with its definite article ("afirmou a assessoria da
 * pasta", "précise l'entourage du ministre").
 */
const sourceNouns: Readonly<Record<string, readonly string[]>> = {
  fr: ['sources', 'entourage'],
  es: ['fuentes', 'entorno'],
  pt: ['fontes', 'assessoria'],
  it: ['fonti', 'entourage'],
};

/** The word at the start of a description is a source noun, alone or after a definite article. */
function opensWithSourceNoun(rest: string, at: number, lexicon: SpeechLexicon): boolean {
  const nouns = sourceNouns[lexicon.language] ?? [];
  const [first = '', second = ''] = rest
    .slice(at)
    .split(/\s+|(?<=['’])/u)
    .map((token) => token.toLowerCase());
  if (nouns.includes(first)) return true;
  const noun = second.replace(/[^\p{L}]+$/u, '');
  return nouns.includes(noun) && lexicon.definiteArticles.includes(first);
}

/**
 * The prepositions of whom it was said to ("à Lusa", "a la prensa", "alla Rai"); "em resposta a
 * uma pergunta", "en respuesta a una consulta" open a circumstance, and what follows is no source.
 */
const toWhom: Readonly<Record<string, readonly string[]>> = {
  fr: ['à', 'au', 'aux', 'auprès'],
  es: ['a', 'al', 'ante'],
  pt: ['a', 'à', 'ao', 'aos', 'às', 'para'],
  it: ['a', 'al', 'alla', 'ai', 'alle', 'all’', "all'"],
};

/** "à Lusa ", "ao jornal ", "a la prensa local ": to whom it was said, before the source. */
function outletLength(rest: string, lexicon: SpeechLexicon): number {
  const indefinite = (lexicon.indefiniteArticles ?? []).join('|');
  const lead = new RegExp(
    String.raw`^[\s,]*([\p{L}'’]+)\s+(?:[\p{L}'’-]+\s+){1,3}?(?=(?:${indefinite})\s)`,
    'u',
  ).exec(rest);
  const preposition = lead?.[1]?.toLowerCase() ?? '';
  return lead !== null && (toWhom[lexicon.language] ?? []).includes(preposition)
    ? lead[0].length
    : 0;
}

/**
 * "la hija de una paciente", "la mère d'un élève", "il titolare di un bar": a definite noun the
 * text has not used before, whose complement is someone unnamed ("of a …"), is someone
 * described, not someone named earlier ("a affirmé le prévenu d'une voix tremblante").
 */
function ofSomeone(text: string, from: number, lexicon: SpeechLexicon): boolean {
  const list = (words: readonly string[]): string =>
    words.map((entry) => entry.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  const indefinite = list(lexicon.indefiniteArticles ?? []);
  const of = lexicon.prepositions[0];
  if (indefinite === '' || of === undefined) return false;
  const definite = list(lexicon.definiteArticles);
  const opening = new RegExp(
    String.raw`^(?:(?:${definite})\s+|(?:${definite})(?<=['’]))(\p{Ll}[\p{L}-]+)\s+(?:${of}\s+|${of.charAt(0)}['’])(?:${indefinite})\s`,
    'iu',
  ).exec(text.slice(from));
  const noun = opening?.[1];
  if (noun === undefined) return false;
  return !new RegExp(String.raw`(?<![\p{L}])${noun}(?![\p{L}])`, 'iu').test(text.slice(0, from));
}

/**
 * "Une argumentation qui n'avait pas convaincu la procureure", "una decisión que …", "uma
 * situação que …": a noun made from a verb or an adjective names an act or a quality, never
 * someone who speaks.
 */
const abstractEndings: Readonly<Record<string, RegExp>> = {
  fr: /(?:tion|sion|ment|ité|isme)s?$/u,
  es: /(?:ción|sión|miento|dad|ismo)(?:es|s)?$/u,
  pt: /(?:ção|são|mento|dade|ismo)s?$|(?:ções|sões)$/u,
  it: /(?:zione|sione|mento|ità|ismo)$|(?:zioni|sioni|menti|ismi)$/u,
};

function isAbstractNoun(noun: string, language: string): boolean {
  return abstractEndings[language]?.test(noun.toLowerCase()) ?? false;
}

/** The description that opens text[from, to) after spaces and an outlet, if one does. */
export function describedSource(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): string | undefined {
  const indefinite = lexicon.indefiniteArticles ?? [];
  const rest = text.slice(from, to);
  let at = outletLength(rest, lexicon);
  at += /^[\s,]*/u.exec(rest.slice(at))?.[0].length ?? 0;
  const start = at;
  const kept: { text: string; end: number }[] = [];
  while (kept.length < 12) {
    word.lastIndex = at;
    const match = word.exec(rest);
    if (match === null) break;
    const lower = match[0].toLowerCase();
    const previous = kept.at(-1)?.text.toLowerCase() ?? '';
    const afterSmallWord =
      lexicon.prepositions.includes(previous) || lexicon.articles.includes(previous);
    if (
      kept.length === 0 &&
      !indefinite.includes(lower) &&
      !ofSomeone(text, from + at, lexicon) &&
      !opensWithSourceNoun(rest, at, lexicon)
    )
      return undefined;
    if (kept.length > 0 && (lexicon.relativePronouns ?? []).includes(lower)) break;
    // "Un peu plus loin, …", "Un poco más tarde": the article opens an adverb, not a person.
    if (kept.length === 1 && (quantityAdverbs[lexicon.language] ?? []).includes(lower))
      return undefined;
    // "une habitante de Lorient âgée de 71 ans", "un vecino con una ikurriña", "una vecina de
    // 74 años": a participle's complement, the scene or the age is no part of who it is.
    if (kept.length >= 2 && opensComplement(lower, lexicon.language)) break;
    if (kept.length >= 2 && (scenePrepositions[lexicon.language] ?? []).includes(lower)) break;
    if (kept.length >= 2 && opensScenePhrase(rest.slice(at), lexicon.language)) break;
    // "un mécanicien de l'équipe en chargeant les vélos", "un socio esperando en la fila": a
    // gerund's clause says what they were doing, not who they are.
    // A capitalised word is a name's ("una portavoz de Caminando Fronteras"), never a gerund.
    const gerund =
      /^\p{Ll}/u.test(match[0]) && opensGerund(lower, rest.slice(at + match[0].length), lexicon);
    if (kept.length >= 2 && gerund) break;
    // The age alone says who it is ("uma enfermeira de 29 anos"); after a place, a workplace
    // ("una vecina de Tudela de 74 años") or an adjective it is one more detail, left out.
    const hasComplement = kept
      .slice(1)
      .some((kept) => lexicon.prepositions.includes(kept.text.toLowerCase()));
    const afterWord = rest.slice(at + match[0].length);
    // "un joven maliense de 17 años": after an adjective too, the nationality says who it is.
    const detailed = hasComplement || kept.length >= 3;
    if (detailed && lexicon.prepositions.includes(lower) && yearsWords.test(afterWord)) break;
    // "La madre de un agricultor lo resumió así": an object pronoun opens the verb's phrase.
    if (kept.length >= 2 && (objectPronouns[lexicon.language] ?? []).includes(lower)) break;
    // "une habituée de la ligne ne décolère pas", "un vecino no quiso …": the negated verb.
    if (kept.length >= 2 && isNegation(lower, lexicon.language)) break;
    const ending = (lexicon.clauseEndings ?? []).find(
      (candidate) => lower.endsWith(candidate) && lower.length > candidate.length + 2,
    );
    // "una cliente affezionata,", "un vecino jubilado.": a participle that ends the phrase is
    // an adjective; one with a complement opens a clause ("un consejero ouvido pela reportagem").
    const following = rest.slice(at + match[0].length).trimEnd();
    const nextWord = /^\s*([\p{L}'’]+)/u.exec(following)?.[1]?.toLowerCase() ?? '';
    // "fuentes … consultadas por EFE" opens a clause with its agent; "dos serviços
    // municipalizados resume" is an adjective before the verb.
    const pluralAdjective =
      ending !== undefined &&
      /^[aiu][td][oa]s$/u.test(ending) &&
      !lexicon.prepositions.includes(nextWord);
    const adjective =
      pluralAdjective ||
      (ending !== undefined && /^[aiu][td][oa]s?$/u.test(ending) && /^[,.;]|^$/u.test(following));
    const endsClause = kept.length >= 2 && !afterSmallWord && ending !== undefined && !adjective;
    if (endsClause || lexicon.speechVerbs.some((verb) => verb.split(' ')[0] === lower)) break;
    kept.push({ text: match[0], end: at + match[0].length });
    at += match[0].length;
    const gap = /^[ \t]+/u.exec(rest.slice(at))?.[0] ?? '';
    if (gap === '') break;
    at += gap.length;
  }
  // "un vecino de": a complement cut short is dropped with its preposition.
  while (kept.length > 2) {
    const last = kept.at(-1)?.text.toLowerCase() ?? '';
    if (!lexicon.prepositions.includes(last) && !lexicon.articles.includes(last)) break;
    kept.pop();
  }
  const end = kept.at(-1)?.end;
  if (isAbstractNoun(kept[1]?.text ?? '', lexicon.language)) return undefined;
  return kept.length < 2 || end === undefined ? undefined : rest.slice(start, end);
}
