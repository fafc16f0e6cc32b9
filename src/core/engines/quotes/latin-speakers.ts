import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { describedFirstName } from './described-first-name.ts';
import { hasPersonEvidence } from './german-person-evidence.ts';
import { dropOccupationBeforeName, isOccupationBeforeName } from './occupation-before-name.ts';
import {
  appositiveFirstName,
  appositiveLanguages,
  describedPersonAfterPreposition,
  givenNameBeforeSurnames,
  personByLaterSurname,
} from './romance-appositive-names.ts';
import { thingAfterArticle } from './run-after-article.ts';
import { withPortfolioList } from './portfolio-list-names.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';

/**
 * Person names in the copy of French, German, Spanish, Portuguese, Italian and Dutch papers:
 * capitalised words joined by name particles ("Maria das Graças Souza", "Harry van der
 * Maas"), without the title or office written before them ("Bundesverkehrsminister Stefan
 * Kühnel", "le ministre de la Santé, Julien Mercadier").
 */

export interface FoundName {
  name: string;
  index: number;
}

/** A capitalised word, or an initial ("J."); a full stop after a longer word ends a sentence. */
const capitalised = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)?`;

export function runPattern(lexicon: SpeechLexicon): RegExp {
  const later = lexicon.particlesAfterParticle ?? [];
  const leading = lexicon.nameParticles.filter((particle) => !later.includes(particle));
  const first = leading.map(escapeRegExp).join('|');
  const second = [...leading, ...later].map(escapeRegExp).join('|');
  // "von der Leyen" joins; "Reinecke der Süddeutschen Zeitung" does not ("der" alone is an article).
  const particles = String.raw`(?:(?:${first})[^\S\n]+(?:(?:${second})[^\S\n]+)?)?`;
  // A name never runs on over a blank line ("… à Marseille et Nice" / "MARSEILLE, 10 avril").
  const space = String.raw`(?:[^\S\n]|\n(?![^\S\n]*\n))+`;
  return new RegExp(
    String.raw`(?<![\p{L}'’])${capitalised}(?:${space}${particles}${capitalised})*`,
    'gu',
  );
}

export function isTitle(word: string, lexicon: SpeechLexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.titles.some((title) => title.toLowerCase() === lower)) return true;
  const tail = lower.split('-').at(-1) ?? lower;
  return lexicon.titleEndings.some(
    (ending) => tail.endsWith(ending) && tail.length > ending.length,
  );
}

/** "de la Santé", "del Banco Central", "di Legambiente": an office's organisation, not a person. */
export function followsPreposition(window: string, at: number, lexicon: SpeechLexicon): boolean {
  const before = window.slice(Math.max(0, at - 24), at).toLowerCase();
  const previous = before.match(/[\p{L}'’]+(?=[\s'’]*$)/gu)?.[0];
  const words = before.trim().split(/[\s]+/u);
  const last = words.at(-1) ?? '';
  const second = words.at(-2) ?? '';
  const isPreposition = (word: string): boolean =>
    lexicon.prepositions.includes(word.replace(/['’]$/u, '')) ||
    lexicon.prepositions.includes(word);
  if (previous !== undefined && /['’]$/u.test(before) && isPreposition(`${previous}'`)) return true;
  return isPreposition(last) || (lexicon.articles.includes(last) && isPreposition(second));
}

/**
 * "van actiegroep Red De Kwakel", "bij zwembad De Kwakel": a preposition and a lower-case noun
 * that is no title name a group or a place; a person there opens with a known given name.
 */
function followsNamedGroup(
  window: string,
  at: number,
  firstWord: string,
  lexicon: SpeechLexicon,
): boolean {
  if (lexicon.capitalisesNouns === true || genderOfFirstName(firstWord) !== undefined) return false;
  const words = window
    .slice(Math.max(0, at - 40), at)
    .trim()
    .split(/\s+/u);
  // "de l'association Bretagne Vivante": the noun may carry an elided article.
  const noun = (words.at(-1) ?? '').replace(/^\p{L}+['’](?=\p{Ll})/u, '');
  const preposition = words.at(-2) ?? '';
  // "o professor de física Marcelo Tavares", "la profesora de historia Inés Gil": a title, its
  // bare "of" and a subject is an office's field; its holder's name follows.
  const field =
    isTitle(words.at(-3) ?? '', lexicon) &&
    preposition === lexicon.prepositions[0] &&
    noun === words.at(-1);
  return (
    !field &&
    /^\p{Ll}{3,}$/u.test(noun) &&
    lexicon.prepositions.includes(preposition) &&
    !isTitle(noun, lexicon) &&
    !lexicon.articles.includes(noun)
  );
}

/** "le Français …", "el argentino …": the run follows a definite article (not an elided one). */
function followsDefiniteArticle(window: string, at: number, lexicon: SpeechLexicon): boolean {
  const last = /([\p{L}]+)\s+$/u.exec(window.slice(Math.max(0, at - 12), at))?.[1];
  return last !== undefined && lexicon.definiteArticles.includes(last);
}

/** Words that open a capitalised run without being part of a name ("Selon", "Der", "Para"). */
export function isLeadWord(word: string, lexicon: SpeechLexicon): boolean {
  const lower = word.toLowerCase();
  // "L'entraîneur Marc Daniel", "L'assessore Luca Neri": an elided article and a common noun.
  const elided = /^(\p{L}+['’])\p{Ll}/u.exec(word)?.[1]?.toLowerCase();
  if (elided !== undefined && lexicon.articles.includes(elided)) return true;
  return (
    isTitle(word, lexicon) ||
    // "Ende Juni sagte …", "Anfang Mai hatte er …": a date opening the sentence, not a name.
    (lexicon.timeWords ?? []).includes(word) ||
    lexicon.articles.includes(lower) ||
    (lexicon.determiners ?? []).includes(lower) ||
    lexicon.accordingTo.includes(lower) ||
    lexicon.prepositions.includes(lower) ||
    lexicon.pronouns.includes(lower) ||
    (lexicon.questionWords ?? []).includes(lower) ||
    (lexicon.sentenceAdverbs ?? []).includes(lower)
  );
}

/**
 * The name left in a run once what stands before it is dropped: everything up to the last
 * title ("Passaus Oberbürgermeisterin Katrin Seidl"), then opening articles, "according to"
 * words, a party's letters and a particle that opens no surname.
 */
function dropLeadWords(tokens: readonly string[], lexicon: SpeechLexicon): string[] {
  const lastTitle = tokens.findLastIndex((token) => isTitle(token, lexicon));
  let kept =
    lastTitle >= 0 && lastTitle < tokens.length - 1 ? tokens.slice(lastTitle + 1) : [...tokens];
  let dropped = '';
  for (;;) {
    const first = kept[0];
    if (first === undefined) return kept;
    const lower = first.toLowerCase();
    const loneParticle = lexicon.nameParticles.includes(lower) && kept.length === 1;
    // "le député RN Jordan Maillet", "die CDU-Politikerin": a party's letters before the name.
    // "La NASCAR México Series": right after a Romance article the letters open a body's name.
    const bodyLetters =
      lexicon.capitalisesNouns !== true && lexicon.definiteArticles.includes(dropped);
    const acronym = /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(first) && kept.length >= 3 && !bodyLetters;
    if (!isLeadWord(first, lexicon) && !loneParticle && !acronym) return kept;
    dropped = lower;
    kept = kept.slice(1);
  }
}

/**
 * The names in a stretch of text, in order. A capitalised run after a preposition is an
 * organisation; titles before the name and a sentence's opening article are dropped; one
 * word alone counts only as the surname of someone the text names in full.
 */
export function namesIn(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): FoundName[] {
  const window = text.slice(from, to);
  const found: FoundName[] = [];
  for (const match of window.matchAll(runPattern(lexicon))) {
    let tokens = match[0].split(/\s+/u);
    if (followsNamedGroup(window, match.index, tokens[0] ?? '', lexicon)) continue;
    // "Originaire de Saint-Félicien, elle …", "Natural de Cádiz": an origin and its place.
    if ((lexicon.originWords ?? []).includes((tokens[0] ?? '').toLowerCase())) continue;
    // "o vereador do PSD Henrique Baptista", "la députée du RN Laure Vidal": the party's letters
    // end the office's complement and the full name follows them.
    // "um oficial da GNR de Vila Real": a particle after the letters opens their place instead.
    const partyThenName =
      tokens.length >= 3 &&
      /^\p{Lu}{2,}$/u.test(tokens[0] ?? '') &&
      !lexicon.nameParticles.includes((tokens[1] ?? '').toLowerCase());
    // "äußerte sich der Betriebsratsvorsitzende Ismail Karakaya": "der" is an article here, and
    // an office before two more words is a person's, whatever stands before it.
    const titledPerson =
      tokens.length >= 3 && lexicon.capitalisesNouns === true && isTitle(tokens[0] ?? '', lexicon);
    if (followsPreposition(window, match.index, lexicon) && !partyThenName && !titledPerson) {
      // "minister van Volksgezondheid Tom Verhaegen": the office's department, then a full name
      // that opens with a known given name.
      const person =
        departmentThenName(tokens, lexicon) ??
        describedPersonAfterPreposition(window, match.index, match[0], lexicon) ??
        personByLaterSurname(text, match[0], lexicon);
      if (person !== undefined)
        found.push({ name: person, index: from + match.index + match[0].lastIndexOf(person) });
      continue;
    }
    // "Volgens Van Lienden", "Laut Von Berg": the word for "according to" opens the run.
    if (tokens.length >= 3 && lexicon.accordingTo.includes((tokens[0] ?? '').toLowerCase()))
      tokens = tokens.slice(1);
    // "aldus De Wit": a surname that opens with its particle, for "Ilse de Wit" named earlier.
    const particleSurname =
      tokens.length >= 2 && lexicon.nameParticles.includes((tokens[0] ?? '').toLowerCase())
        ? fullNameOf(text, tokens.join(' '), lexicon)
        : undefined;
    if (particleSurname !== undefined) {
      found.push({ name: particleSurname, index: from + match.index });
      continue;
    }
    const afterArticle =
      lexicon.definiteArticles.includes((tokens[0] ?? '').toLowerCase()) ||
      followsDefiniteArticle(window, match.index, lexicon);
    tokens = dropLeadWords(tokens, lexicon);
    // "le Français Théo Marchal", "der Franzose Luc Morel": a nationality or a description
    // between the article and a full name is not part of the name.
    if (
      afterArticle &&
      tokens.length >= 3 &&
      !lexicon.nameParticles.includes((tokens[1] ?? '').toLowerCase()) &&
      !(lexicon.capitalisesNouns !== true && /^\p{Lu}{2,}$/u.test(tokens[0] ?? ''))
    )
      tokens = tokens.slice(1);
    else tokens = [...dropOccupationBeforeName(tokens, lexicon, text)];
    const particleAt = tokens.findIndex((token) => lexicon.nameParticles.includes(token));
    if (lexicon.particleAfterGivenNameOnly === true && particleAt >= 2)
      tokens = tokens.slice(0, particleAt);
    // "Anouk ten Hove van Lokaal Belang": after a surname with its particle, "van" opens the party.
    const secondParticle = tokens.findIndex(
      (token, at) =>
        at > particleAt + 1 && particleAt >= 1 && lexicon.nameParticles.includes(token),
    );
    if (lexicon.particleAfterGivenNameOnly === true && secondParticle > 0)
      tokens = tokens.slice(0, secondParticle);
    const first = tokens[0];
    if (first === undefined) continue;
    // "hasta el Mundial de Clubes", "a prévenu le Breton": an article before no given name.
    if (
      thingAfterArticle(
        tokens,
        afterArticle,
        lexicon,
        (word) => fullNameOf(text, word, lexicon) !== undefined,
      )
    )
      continue;
    const offset = match.index + match[0].lastIndexOf(tokens.join(' '));
    const name = tokens.join(' ').replace(/[.,]$/u, '');
    if (name === '') continue;
    const full =
      tokens.length >= 2 && !lexicon.nameParticles.includes((tokens[0] ?? '').toLowerCase())
        ? (givenNameBeforeSurnames(
            text,
            name,
            lexicon,
            (given, at) =>
              isLeadWord(given, lexicon) ||
              isOccupationBeforeName(given, lexicon, text) ||
              followsPreposition(text.slice(0, at), at, lexicon),
          ) ?? name)
        : (fullNameOf(text, name, lexicon) ??
          // "de Nederlander": in Dutch a word after "de" is a noun or a demonym, no given name.
          (afterArticle && lexicon.language === 'nl'
            ? undefined
            : givenNameOf(text, name, lexicon)) ??
          (describedFirstName(window, match.index, lexicon) ||
          appositiveFirstName(window, match.index, match[0].length, lexicon)
            ? name
            : undefined));
    // German: two capitalised nouns ("Liter Regen") are a person only on evidence.
    if (full !== undefined && hasPersonEvidence(text, full, lexicon))
      found.push({
        name: withPortfolioList(text, from + offset, full, lexicon),
        index: from + offset,
      });
  }
  return found;
}

/**
 * "Volksgezondheid Tom Verhaegen", "Universidade do Minho Sofia Antunes": a department before a
 * given name and a surname.
 */
function departmentThenName(tokens: readonly string[], lexicon: SpeechLexicon): string | undefined {
  for (let at = 1; at < tokens.length - 1; at += 1) {
    const given = tokens[at] ?? '';
    const surname = tokens.slice(at + 1);
    if (genderOfFirstName(given) === undefined) continue;
    if (lexicon.nameParticles.includes((surname[0] ?? '').toLowerCase())) continue;
    return [given, ...surname].join(' ').replace(/[.,]$/u, '');
  }
  return undefined;
}

/**
 * "so Kühnel", "aldus De Wit", "Brandão" after "o técnico Paulo Sérgio Brandão": the full name
 * the text gives for a surname, with every given name written before it.
 */
function fullNameOf(text: string, surname: string, lexicon: SpeechLexicon): string | undefined {
  // "aldus De Wit" opens the sentence's clause with a capital the full name "Ilse de Wit" lacks;
  // only a particle does ("Ha un mutuo" is a verb, not "Uilm ha").
  const lowered = surname.charAt(0).toLowerCase() + surname.slice(1);
  const particleFirst = lexicon.nameParticles.includes(lowered.split(' ')[0] ?? '');
  const written = particleFirst
    ? `(?:${escapeRegExp(surname)}|${escapeRegExp(lowered)})`
    : escapeRegExp(surname);
  // "dell'Atletico Valdarno", "de l'Olympique Lyonnais": after an elided word, a club or a place.
  const pattern = new RegExp(
    String.raw`(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’-]+[^\S\n]+){1,3})${written}(?![\p{L}])`,
    'gu',
  );
  // "Eine Schichtarbeiterin", "Der Arbeitsmarktforscher", "Anwohnerin Petra": an article, a
  // title or an occupation is no given name.
  const isGiven = (word: string): boolean =>
    !isLeadWord(word, lexicon) && !isOccupationBeforeName(word, lexicon, text);
  for (const match of text.matchAll(pattern)) {
    const given = (match[1] ?? '').trim().split(/\s+/u);
    while (given.length > 0 && !given.every(isGiven)) given.shift();
    // "Schapenhouder Gerrit van de Brink" for "Van de Brink": the word before a known given
    // name opened the sentence as the person's occupation.
    if (
      lexicon.language === 'nl' &&
      given.length >= 2 &&
      genderOfFirstName(given[0] ?? '') === undefined &&
      genderOfFirstName(given[1] ?? '') !== undefined
    )
      given.shift();
    // "Bakker Ruben Dijkstra" where the text also writes "Bakker Dijkstra": a role, then the name.
    if (
      given.length >= 2 &&
      new RegExp(
        String.raw`(?<![\p{L}])${escapeRegExp(given[0] ?? '')}\s+${written}(?![\p{L}])`,
        'u',
      ).test(text)
    )
      given.shift();
    // "minister van Landbouw Femke Wiersma": after a preposition only the last word is a name.
    if (given.length > 1 && followsPreposition(text.slice(0, match.index), match.index, lexicon))
      given.splice(0, given.length - 1);
    // The surname as the full name writes it ("Ilse de Wit" for "aldus De Wit").
    const writtenSurname = match[0].slice((match[1] ?? '').length).split(/\s+/u);
    if (given.length > 0)
      return [
        ...given,
        ...writtenSurname,
        ...secondSurname(text, match.index + match[0].length, lexicon),
      ].join(' ');
  }
  return undefined;
}

/**
 * "Marta Iglesias Roldán", "Ignacio Sanz de Olmedo": Spanish copy shortens a name to its first
 * surname ("según Iglesias"); the surnames written after it in the full name belong to it.
 */
function secondSurname(text: string, at: number, lexicon: SpeechLexicon): string[] {
  // German capitalises every noun: "dass Stefan Kühnel Fehler gemacht hat"; in Dutch a
  // particle after the surname opens the office's place ("Anouk Jansen van Leerwijk").
  if (!appositiveLanguages.has(lexicon.language)) return [];
  const particles = lexicon.nameParticles.map(escapeRegExp).join('|');
  const after =
    new RegExp(String.raw`^(?:[^\S\n]+(?:(?:${particles})[^\S\n]+)?\p{Lu}[\p{L}'’-]+)*`, 'u').exec(
      text.slice(at, at + 60),
    )?.[0] ?? '';
  const words = after
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  while (words.length > 0 && isLeadWord(words.at(-1) ?? '', lexicon)) words.pop();
  while (words.length > 0 && lexicon.nameParticles.includes(words.at(-1) ?? '')) words.pop();
  return words.length <= 3 ? words : [];
}

/** "zei Noor" after "Noor Bakker" was named: the full name the text gives for a first name. */
function givenNameOf(text: string, given: string, lexicon: SpeechLexicon): string | undefined {
  if (lexicon.nameParticles.includes(given.toLowerCase())) return undefined;
  // "Leiterin der Kita", "Stern der Lehrer": an occupation is no given name, and "der" alone is
  // an article, never the opening of a surname.
  if (isOccupationBeforeName(given, lexicon, '')) return undefined;
  // "(AFP)", "ao CM": an agency's or a paper's letters are no given name ("à l'AFP Fabien …").
  if (/^\p{Lu}{2,}$/u.test(given)) return undefined;
  // "Sanne de Vries": the surname may open with its particles.
  const later = lexicon.particlesAfterParticle ?? [];
  const leading = lexicon.nameParticles.filter((particle) => !later.includes(particle));
  const particles = String.raw`(?:${leading.map(escapeRegExp).join('|')})[^\S\n]+(?:(?:${lexicon.nameParticles.map(escapeRegExp).join('|')})[^\S\n]+)?`;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])${escapeRegExp(given)}[^\S\n]+(?:${particles})?(\p{Lu}[\p{L}'’-]+)(?![\p{L}])`,
    'gu',
  );
  for (const match of text.matchAll(pattern)) {
    if (isLeadWord(match[1] ?? '', lexicon)) continue;
    // "Gabriel" after "o estudante Gabriel Henrique Souza": every surname the full name writes.
    const more = appositiveLanguages.has(lexicon.language)
      ? secondSurname(text, match.index + match[0].length, lexicon)
      : [];
    return [match[0].replace(/\s+/gu, ' '), ...more].join(' ');
  }
  return undefined;
}
