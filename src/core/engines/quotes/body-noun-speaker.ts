import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { isLeadWord } from './latin-speakers.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { isPlaceAfterBody } from './german-body-place.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';
import { capitalizeFirst } from '../../text/words.ts';

/**
 * "‘…’, aldus het bedrijf", "„…“, teilte der Verband mit", "‘…’, oordeelde de kantonrechter":
 * in German and Dutch a definite article and a noun for a body (a company, a union, an
 * authority, a court) as the speech verb's subject point to that body, never to the last
 * person named. The body is the one the text wrote with the same noun before its name
 * ("der Fahrgastverband Pro Bahn", "vakbond FNV"); in Dutch, where only names are
 * capitalised, a company or organisation noun may also stand for the name that opened a
 * sentence of the paragraph ("RapidBite laat weten …"). A court, or a body the text never
 * names, is shown as the text writes it ("de kantonrechter"); a German body without its
 * article ("Umweltministerium"), as the German sets' gold has always written one.
 */

/** The article and noun opening the subject, and the body noun its last part is. */
function bodySubject(
  phrase: string,
  lexicon: SpeechLexicon,
): { written: string; noun: string; court: boolean } | undefined {
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  const opening = new RegExp(String.raw`^[\s,]*((?:${articles})\s+([\p{L}-]+))`, 'iu').exec(phrase);
  const noun = opening?.[2];
  if (opening === null || noun === undefined) return undefined;
  const lower = noun.toLowerCase();
  const endsWith = (list: readonly string[] | undefined): string | undefined =>
    (list ?? []).find((body) => lower.endsWith(body));
  const court = endsWith(lexicon.courtNouns);
  const body = court ?? endsWith(lexicon.organisationNouns);
  if (body === undefined) return undefined;
  return { written: opening[1] ?? '', noun: body, court: court !== undefined };
}

/** "Fahrgastverband Pro Bahn", "vakbond FNV": the name written right after the body noun. */
function namedWithNoun(
  context: LatinContext,
  noun: string,
  before: number,
): { name: string; at: number } | undefined {
  const { text, lexicon } = context;
  // The noun alone is capitalised in German ("Verband"), lower-case as a compound's last part.
  const capitalised = capitalizeFirst(noun);
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])[\p{L}-]*(?:${escapeRegExp(noun)}|${escapeRegExp(capitalised)})[^\S\n]+(\p{Lu}[\p{L}&'’-]*(?:[^\S\n]+\p{Lu}[\p{L}&'’-]*)*)`,
    'gu',
  );
  let found: { name: string; at: number } | undefined;
  for (const match of text.slice(0, before).matchAll(pattern)) {
    const run = (match[1] ?? '').split(/\s+/u);
    while (run.length > 0 && isLeadWord(run.at(-1) ?? '', lexicon)) run.pop();
    if (run.length === 0 || isLeadWord(run[0] ?? '', lexicon)) continue;
    const at = match.index + match[0].length - (match[1] ?? '').length;
    const person = namesOutsideQuotes(context, at, at + run.join(' ').length)[0];
    // "Verbraucherzentrale Bayern": in German a place after the noun belongs to the name.
    const placed =
      lexicon.capitalisesNouns === true &&
      person === undefined &&
      isPlaceAfterBody(text, run.join(' '));
    const kind = placed ? `${text.slice(match.index, at).trim()} ` : '';
    found = { name: person?.name ?? `${kind}${run.join(' ')}`, at: match.index };
  }
  return found;
}

/**
 * "de Onderzoeksraad voor Veiligheid", "het Havenbedrijf Rotterdam": Dutch writes a body's
 * noun lower-case ("de raad"), so the same noun as a capitalised compound inside a sentence is
 * the body's own name, with the capitalised words or the "voor/van …" complement after it.
 * Where it was written last before `before`, and the name; German capitalises every noun.
 */
function capitalisedCompound(
  context: LatinContext,
  noun: string,
  before: number,
): { name: string; at: number } | undefined {
  const { text, lexicon } = context;
  if (lexicon.capitalisesNouns === true) return undefined;
  const word = String.raw`\p{Lu}[\p{L}&'’-]*`;
  const complement = String.raw`(?:[^\S\n]+(?:voor|van)(?:[^\S\n]+(?:de|het))?[^\S\n]+${word}(?:[^\S\n]+(?:en[^\S\n]+)?${word})*|(?:[^\S\n]+${word})+)?`;
  // "Onderzoeksraad", or the noun alone as the name's head ("de Raad voor Cultuur").
  const capitalised = capitalizeFirst(noun);
  const head = String.raw`(?:\p{Lu}\p{L}*${escapeRegExp(noun)}|${escapeRegExp(capitalised)})`;
  const pattern = new RegExp(
    String.raw`(?<=[\p{L},;:)][^\S\n]+)(${head}${complement})(?![\p{L}])`,
    'gu',
  );
  let found: { name: string; at: number } | undefined;
  for (const match of text.slice(0, before).matchAll(pattern)) {
    const words = (match[1] ?? '').split(/\s+/u);
    while (words.length > 1 && isLeadWord(words.at(-1) ?? '', lexicon)) words.pop();
    found = { name: words.join(' '), at: match.index };
  }
  return found;
}

/**
 * "RapidBite laat in een reactie weten …": the last name that opens a sentence of the quote's
 * paragraph as its subject and is no person's (Dutch only: a capitalised word there is a name
 * unless the text also writes it lower-case).
 */
function sentenceSubjectBody(context: LatinContext): string | undefined {
  const { text, lexicon, span } = context;
  if (lexicon.capitalisesNouns === true) return undefined;
  const paragraph = text.slice(span.paragraphStart, span.openIndex);
  let found: string | undefined;
  let offset = 0;
  for (const sentence of paragraph.split(/(?<=[.!?…])\s+/u)) {
    const at = span.paragraphStart + paragraph.indexOf(sentence, offset);
    offset = at - span.paragraphStart + sentence.length;
    const run = /^(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*)\s+\p{Ll}/u.exec(sentence)?.[1];
    if (run === undefined || isLeadWord(run.split(/\s+/u)[0] ?? '', lexicon)) continue;
    const names = namesOutsideQuotes(context, at, at + run.length);
    // "Belangenbehartiger LTO Noord is kritisch": a name with an acronym in it is a body's.
    const acronymed = names.find((found) => /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u.test(found.name));
    if (acronymed !== undefined) found = acronymed.name;
    if (names.length > 0) continue;
    // "Bezorgers van …": a noun that opens the sentence, written lower-case elsewhere.
    const lowerCase = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(run.toLowerCase())}`, 'u');
    if (!lowerCase.test(text)) found = run;
  }
  return found;
}

/**
 * "Der Heizungsbauer Brenner Haustechnik will … „…“, teilte das Unternehmen mit": the firm is
 * introduced by its trade ("-bauer", "-hersteller", "-konzern"; "fabrikant", "leverancier") and
 * then called "das Unternehmen", "der Konzern", "het bedrijf". The last firm so introduced.
 */
const firmNouns = new Set(['unternehmen', 'konzern', 'firma', 'bedrijf', 'onderneming', 'concern']);
const tradeEndings = [
  'bauer',
  'hersteller',
  'konzern',
  'anbieter',
  'händler',
  'versorger',
  'zulieferer',
  'produzent',
  'dienstleister',
  'fabrikant',
  'bouwer',
  'leverancier',
  'producent',
  'maker',
];

function companyByTrade(context: LatinContext, noun: string, before: number): string | undefined {
  if (!firmNouns.has(noun)) return undefined;
  const found = tradeEndings
    .map((ending) => namedWithNoun(context, ending, before))
    .filter((entry) => entry !== undefined)
    .sort((left, right) => right.at - left.at)[0];
  // A person named after a trade ("Bäckermeister Jan Horn") is no firm.
  if (found === undefined || genderOfFirstName(found.name) !== undefined) return undefined;
  return found.name;
}

/** The body a subject phrase names, as a name or as written; undefined when it names none. */
export function bodySpeaker(
  context: LatinContext,
  phrase: string,
  before: number,
): string | { described: string } | undefined {
  if (!germanicLanguages.has(context.lexicon.language)) return undefined;
  const subject = bodySubject(phrase, context.lexicon);
  if (subject === undefined) return undefined;
  // "Die Verbraucherzentrale Bayern erklärte:": the subject itself writes the body's name.
  const own = context.text.startsWith(phrase, before)
    ? namedWithNoun(context, subject.noun, before + phrase.length)
    : undefined;
  if (own !== undefined && own.at >= before) return own.name;
  // The body written last with the noun: "vakbond FNV" or "de Onderzoeksraad voor Veiligheid".
  const written = [
    capitalisedCompound(context, subject.noun, before),
    namedWithNoun(context, subject.noun, before),
  ].sort((left, right) => (right?.at ?? -1) - (left?.at ?? -1))[0];
  const named =
    written?.name ??
    companyByTrade(context, subject.noun, before) ??
    (subject.court ? undefined : sentenceSubjectBody(context));
  if (named !== undefined) return named;
  // "Das Umweltministerium in Kiel teilte mit": a German authority the text never names is
  // shown by its noun, without the article and the place, as "heißt es aus der Leitstelle" is.
  if (context.lexicon.capitalisesNouns === true && !subject.court)
    return subject.written.replace(/^\S+\s+/u, '');
  return { described: subject.written };
}
