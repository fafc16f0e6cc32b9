import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { describedSource } from './described-source.ts';
import { officesFor } from './office-synonyms.ts';
import { lastSentenceStart, namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';

/**
 * Who a role noun with a definite article points back to in French, Spanish, Portuguese and
 * Italian copy: "afirmó la ministra" after "La ministra de Hacienda, Lucía Barrenechea, …",
 * "aseguró la consejera", "ha detto il sindaco", "a assuré l'élu" after "Le maire, Yannick
 * …". The antecedent is the last place the text wrote the same noun as an office before a
 * name: right before it ("a meteorologista do IPMA Joana Calado") or as its appositive ("el
 * jefe del servicio, el doctor Andrés Villalobos").
 */

/** "la ministra", "l'élu", "a especialista", "il nuovo sindaco": the nouns after the article. */
export function roleNouns(phrase: string, lexicon: SpeechLexicon): string[] {
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  const opening = new RegExp(
    String.raw`^[\s,]*(?:(?:${articles})\s+|(?:${articles})(?<=['’]))(\p{Ll}[\p{L}-]+)(?:\s+(\p{Ll}[\p{L}-]+))?`,
    'iu',
  ).exec(phrase);
  if (opening === null) return [];
  return [opening[1], opening[2]].filter(
    (noun): noun is string =>
      noun !== undefined &&
      !lexicon.prepositions.includes(noun.toLowerCase()) &&
      !lexicon.articles.includes(noun.toLowerCase()),
  );
}

/**
 * The words between an office and its holder's name leave the name the office's holder: its
 * complement ("de Hacienda", "do IPMA", "nacional de Emergência e Proteção Civil") and, after
 * one comma, at most an article and a title ("el doctor").
 */
function isOfficeGap(gap: string, lexicon: SpeechLexicon): boolean {
  if (/[.;:!?«»“”"()]/u.test(gap)) return false;
  const parts = gap.split(',');
  if (parts.length > 2) return false;
  const complement = (parts[0] ?? '').trim().split(/\s+/u).filter(Boolean);
  if (complement.length > 8) return false;
  const relatives = lexicon.relativePronouns ?? [];
  if (complement.some((word) => relatives.includes(word.toLowerCase()))) return false;
  const small = [...lexicon.articles, ...lexicon.titles];
  const apposed = (parts[1] ?? '').trim().split(/\s+/u).filter(Boolean);
  return apposed.every((word) => small.includes(word.toLowerCase()));
}

/** The person the text last introduced with this office before `before`, and where. */
function holderOfOffice(
  context: LatinContext,
  office: string,
  before: number,
): { name: string; at: number } | undefined {
  const { text, lexicon } = context;
  const mentions = [
    ...text
      .slice(0, before)
      .matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(office)}(?![\p{L}])`, 'giu')),
  ];
  for (const mention of mentions.reverse()) {
    // "l'avocat du chanteur, Me Vilela": an office after a preposition is another's complement.
    if (afterPreposition(text, mention.index, lexicon)) continue;
    const end = mention.index + mention[0].length;
    const limit = Math.min(before, end + 120);
    const name = namesOutsideQuotes(context, end, limit)[0];
    if (name !== undefined && isOfficeGap(text.slice(end, name.index), lexicon))
      return { name: name.name, at: mention.index };
  }
  return undefined;
}

/** Whether the word at `index` follows a preposition and an article ("do cantor", "della ditta"). */
function afterPreposition(text: string, index: number, lexicon: SpeechLexicon): boolean {
  const words = text
    .slice(Math.max(0, index - 30), index)
    .toLowerCase()
    .split(/[\s']+|(?<=’)/u)
    .filter(Boolean);
  const last = words.at(-1) ?? '';
  const beforeArticle = lexicon.articles.includes(last) ? (words.at(-2) ?? '') : last;
  return lexicon.prepositions.includes(beforeArticle) || lexicon.prepositions.includes(last);
}

/** The holder of the office a role noun names or stands for ("il primo cittadino"), latest first. */
export function holderOfRole(
  context: LatinContext,
  noun: string,
  before: number,
): string | undefined {
  const holders = officesFor(noun, context.lexicon.language).flatMap(
    (office) => holderOfOffice(context, office, before) ?? [],
  );
  return holders.sort((left, right) => right.at - left.at)[0]?.name;
}

/** The holder of the role noun that opens `phrase` and names an office held before. */
export function personOfRolePhrase(
  context: LatinContext,
  phrase: string,
  before: number,
): string | undefined {
  if (!romanceLanguages.has(context.lexicon.language)) return undefined;
  const nouns = roleNouns(phrase, context.lexicon);
  const candidates = nouns.length === 2 ? [nouns.join(' '), ...nouns] : nouns;
  const place = complementName(phrase, context.lexicon);
  for (const noun of candidates) {
    const holder = holderOfRole(context, noun, before);
    // "a souri l'entraîneur de Montréjac" after "l'entraîneur vallonnais Thierry Brossard":
    // the office of another club or town is another holder's.
    if (holder !== undefined && place !== undefined && !writtenNear(context.text, holder, place))
      return undefined;
    if (holder !== undefined) return holder;
  }
  return undefined;
}

/** "l'entraîneur de Montréjac", "el alcalde de Tudela": the capitalised complement's name. */
function complementName(phrase: string, lexicon: SpeechLexicon): string | undefined {
  const prepositions = lexicon.prepositions.map(escapeRegExp).join('|');
  return new RegExp(
    String.raw`^[\s,]*\p{L}+['’\s]+\p{Ll}[\p{L}-]*\s+(?:${prepositions})(?:\s+|(?<=['’]))(\p{Lu}[\p{L}'’-]{3,})`,
    'u',
  ).exec(phrase)?.[1];
}

/** The place's stem ("Montr…", "Vallo…" of "vallonnais") written near a mention of the holder. */
function writtenNear(text: string, holder: string, place: string): boolean {
  const stem = place.slice(0, 5).toLowerCase();
  const surname = escapeRegExp(holder.split(' ').at(-1) ?? holder);
  for (const mention of text.matchAll(new RegExp(surname, 'gu'))) {
    const around = text.slice(Math.max(0, mention.index - 120), mention.index + 120).toLowerCase();
    if (around.includes(stem)) return true;
  }
  return false;
}

/**
 * Where a sentence names its speaker: at its start ("Le maire a promis …") or, in a sentence
 * that quotes, after the closing mark and the verb ("« … », a précisé l'élu.").
 */
function subjectPhrases(sentence: string, lexicon: SpeechLexicon): string[] {
  const close = Math.max(...['»', '”', '"', '’'].map((mark) => sentence.lastIndexOf(mark)));
  if (close < 0 || !/^\s*[«“"„‘]/u.test(sentence)) return [sentence];
  const after = sentence.slice(close + 1);
  const verbs = lexicon.speechVerbs.map(escapeRegExp).join('|');
  const verb = new RegExp(String.raw`^[\s,]*(?:${verbs})(?![\p{L}])`, 'iu').exec(after);
  return verb === null ? [] : [after.slice(verb[0].length)];
}

/** "l'élu …", "ella …": a phrase opening with a role noun or a pronoun. */
function pointsToSomeone(phrase: string, lexicon: SpeechLexicon): boolean {
  const pronoun = new RegExp(
    String.raw`^[\s,]*(?:${lexicon.pronouns.map(escapeRegExp).join('|')})(?![\p{L}])`,
    'iu',
  );
  return roleNouns(phrase, lexicon).length > 0 || pronoun.test(phrase);
}

/**
 * "Sur le quai de la gare, mercredi matin, une habituée …", "En la puerta del hospital, una
 * enfermera …": the place and the time that open a sentence before its subject. The first
 * phrase opens with a preposition; short ones without an article may follow ("mercredi matin").
 */
function circumstanceLength(sentence: string, lexicon: SpeechLexicon): number {
  const prepositions = [...lexicon.prepositions, ...(lexicon.circumstancePrepositions ?? [])];
  const opening = new RegExp(
    String.raw`^\s*(?:${prepositions.map(escapeRegExp).join('|')})(?![\p{L}])[^,.;:!?«»“”"]{1,60},\s*`,
    'iu',
  ).exec(sentence);
  if (opening === null) return 0;
  let length = opening[0].length;
  for (;;) {
    const short = /^(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*,\s*/u.exec(sentence.slice(length));
    const words = short?.[0].match(/\p{L}[\p{L}-]*/gu) ?? [];
    if (short === null || words.some((word) => lexicon.articles.includes(word))) return length;
    length += short[0].length;
  }
}

/**
 * "Um porta-voz da Infraestruturas de Portugal indicou que … «…», afirmou.": a sentence whose
 * subject is someone unnamed, followed by a quote whose verb has no subject of its own or the
 * description's own noun ("dijo el portavoz"). A name right after the description is its
 * appositive ("Un vecino, Juan Pérez, contó …"), and the name wins.
 */
function describedSubject(
  context: LatinContext,
  sentence: { from: number; to: number },
  rest: string,
): string | undefined {
  const { text, lexicon } = context;
  const from = sentence.from + circumstanceLength(text.slice(sentence.from, sentence.to), lexicon);
  const description =
    describedSource(text, from, sentence.to, lexicon) ??
    describedWhoSpoke(text, sentence.from, sentence.to, lexicon);
  if (description === undefined) return undefined;
  const end = text.indexOf(description, sentence.from) + description.length;
  if (namesOutsideQuotes(context, sentence.from, Math.min(sentence.to, end + 4)).length > 0)
    return undefined;
  const nouns = roleNouns(rest, lexicon).map((noun) => noun.toLowerCase());
  const head = (description.split(/\s+/u)[1] ?? '').toLowerCase();
  return nouns.length === 0 || nouns.includes(head) ? description : undefined;
}

/**
 * "Entre los ocupantes viajaba un joven maliense de 17 años, que contó que …": a description
 * after its verb, whose relative clause says the person spoke, is the sentence's speaker.
 */
function describedWhoSpoke(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): string | undefined {
  const indefinite = (lexicon.indefiniteArticles ?? []).map(escapeRegExp).join('|');
  const relatives = (lexicon.relativePronouns ?? []).map(escapeRegExp).join('|');
  const verbs = lexicon.speechVerbs.map(escapeRegExp).join('|');
  if (indefinite === '' || relatives === '') return undefined;
  const opening = new RegExp(String.raw`(?<![\p{L}])(?:${indefinite})\s`, 'giu');
  for (const match of text.slice(from, to).matchAll(opening)) {
    const at = from + match.index;
    const description = describedSource(text, at, to, lexicon);
    if (description === undefined) continue;
    const spoke = new RegExp(
      String.raw`^[^.;:!?«»“”"]{0,30}?,\s*(?:${relatives})\s+(?:${verbs})(?![\p{L}])`,
      'iu',
    );
    if (spoke.test(text.slice(at + description.length, to))) return description;
  }
  return undefined;
}

/** Languages whose copy this reading is tuned on (lower-case offices before names). */
/**
 * Who a subject that points back means ("a assuré l'élu", "disse ela", "ha aggiunto."): the
 * holder of the office it names; else, after a sentence whose subject is an office and that
 * names no one ("Le maire a promis une navette. « … », a assuré l'élu."), that office's holder;
 * else the last person named.
 */
export function pointedBackSpeaker(
  context: LatinContext,
  rest: string,
  fallback: () => string | null,
): string | { described: string } | null {
  if (!romanceLanguages.has(context.lexicon.language)) return fallback();
  const { text, span, before, previousSentence } = context;
  const named = personOfRolePhrase(context, rest, span.openIndex);
  if (named !== undefined) return named;
  let sentence =
    text.slice(before.from, before.to).trim() === ''
      ? previousSentence
      : { from: before.from, to: before.to };
  // "Le maire a promis … « … », a précisé l'élu. « … », a-t-il ajouté.": back through the
  // sentences whose subject is an office or a pronoun, to the office named before a name.
  for (let step = 0; step < 3 && sentence.to > sentence.from; step += 1) {
    const source = describedSubject(context, sentence, rest);
    if (source !== undefined) return { described: source };
    if (namesOutsideQuotes(context, sentence.from, sentence.to).length > 0) break;
    const phrases = subjectPhrases(text.slice(sentence.from, sentence.to), context.lexicon);
    for (const phrase of phrases) {
      const subject = personOfRolePhrase(context, phrase, sentence.from);
      if (subject !== undefined) return subject;
    }
    if (!phrases.some((phrase) => pointsToSomeone(phrase, context.lexicon))) break;
    const from = lastSentenceStart(text, span.paragraphStart, sentence.from - 1, context.lexicon);
    sentence = { from, to: from < sentence.from ? sentence.from : from };
  }
  // "dice la cantante" where no singer was named with the word: a portrait's headline names
  // the one person the article is about, whom an office without a holder means.
  const nouns = roleNouns(rest, context.lexicon);
  // "La noticia llegó con Javier Morcillo. «…», afirmó el atleta": someone named in the quote's
  // own paragraph is nearer than the headline's person.
  const namedInParagraph =
    namesOutsideQuotes(context, span.paragraphStart, span.openIndex).length > 0;
  const unwritten =
    !namedInParagraph &&
    nouns.every(
      (noun) =>
        !new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(noun)}(?![\p{L}])`, 'iu').test(
          text.slice(0, span.openIndex),
        ),
    );
  // "respondeu o prefeito" in a live blog whose later (older) entry writes "o prefeito Marcelo
  // Antunes": an office the text first writes after the quote, before its holder's name.
  if (nouns.length > 0 && unwritten)
    return headlinePerson(context, rest) ?? holderNamedLater(context, nouns) ?? fallback();
  return fallback();
}

function holderNamedLater(context: LatinContext, nouns: readonly string[]): string | undefined {
  const end = context.text.length;
  return nouns.map((noun) => holderOfRole(context, noun, end)).find((name) => name !== undefined);
}

/**
 * The one person a short first line (a headline) names, by a known given name of the gender
 * the office's article gives ("la cantante" for "Marta Vieri, dieci anni dopo …").
 */
function headlinePerson(context: LatinContext, rest: string): string | undefined {
  const { text, lexicon } = context;
  const end = text.indexOf('\n');
  if (end <= 0 || end > 220) return undefined;
  const names = [...new Set(namesOutsideQuotes(context, 0, end).map((found) => found.name))];
  const [only] = names;
  const article = /^[\s,]*(\p{L}+)\s/u.exec(rest)?.[1]?.toLowerCase() ?? '';
  // "l'assessora": an elided article tells no gender, and no headline person is taken.
  if (!lexicon.definiteArticles.includes(article)) return undefined;
  const gender = (lexicon.feminineDefiniteArticles ?? []).includes(article) ? 'female' : 'male';
  const known = only === undefined ? undefined : genderOfFirstName(only);
  return names.length === 1 && known !== undefined && known === gender ? only : undefined;
}
