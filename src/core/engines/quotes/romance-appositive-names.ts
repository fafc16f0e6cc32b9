import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';

/**
 * One-word and preposition-led person names in French, Spanish, Portuguese and Italian copy
 * that the name reader would otherwise pass over: a given name set off by commas after a
 * description ("Son voisin de palier, Mickaël, 34 ans"), and a given name after a preposition
 * that is described right after ("É o caso de Maria do Céu, reformada de 74 anos"), and the
 * given name before a name shortened to its two surnames ("Teixeira Mendes").
 */

/** Languages whose copy names a neighbour or a relative by a given name set off by commas. */
export const appositiveLanguages = new Set(['fr', 'es', 'pt', 'it']);

/**
 * "Son voisin de palier, Mickaël, 34 ans, a aidé …", "A mãe dele, Rosângela, que o
 * acompanhava, …": one capitalised word set off by commas after a lower-case description, with
 * an age or a relative clause after it, is the person's given name (a place set off so has
 * neither).
 */
export function appositiveFirstName(
  window: string,
  at: number,
  length: number,
  lexicon: SpeechLexicon,
): boolean {
  if (!appositiveLanguages.has(lexicon.language)) return false;
  const description = /(?:^|[,.;:!?]\s*)([^,.;:!?«»“”"]{1,60}),\s*$/u.exec(
    window.slice(Math.max(0, at - 70), at),
  )?.[1];
  if (description === undefined || /\p{Lu}/u.test(description.slice(1))) return false;
  // "Son voisin de palier", "A mãe dele": an article or a possessive opens the description.
  const opener = (/^[\p{L}]+['’]?/u.exec(description)?.[0] ?? '').toLowerCase();
  if (!lexicon.articles.includes(opener) && !possessives.has(opener)) return false;
  const relatives = (lexicon.relativePronouns ?? []).join('|');
  return new RegExp(
    String.raw`^,\s*(?:\d+\s+(?:ans|años|anos|anni)(?![\p{L}])|(?:${relatives})(?![\p{L}]))`,
    'iu',
  ).test(window.slice(at + length));
}

/** The possessives that open a description as an article does ("son voisin", "sua mãe"). */
const possessives = new Set(['son', 'sa', 'ses', 'mon', 'ma', 'su', 'sus', 'seu', 'sua', 'suo']);

/**
 * "É o caso de Maria do Céu, reformada de 74 anos", "l'histoire de Léonie Carré, infirmière":
 * after a preposition, a run that opens with a known given name and is described right after
 * its comma is a person, not the preposition's organisation or place.
 */
export function describedPersonAfterPreposition(
  window: string,
  at: number,
  run: string,
  lexicon: SpeechLexicon,
): string | undefined {
  if (!appositiveLanguages.has(lexicon.language)) return undefined;
  const name = run.replace(/[.,]$/u, '');
  if (genderOfFirstName(name.split(/\s+/u)[0] ?? '') === undefined) return undefined;
  return /^,\s*(?:\p{Ll}|\d)/u.test(window.slice(at + name.length)) ? name : undefined;
}

/**
 * "En el taller de Amparo Segura huele a cola … Segura no usa máquinas", "la casa de Maria
 * Antunes … Antunes conta": after a preposition, a known given name and a surname the text
 * later makes a subject on its own is the person the article is about, not a place or a body
 * named after them (a street or a school is never called by the surname alone).
 */
export function personByLaterSurname(
  text: string,
  run: string,
  lexicon: SpeechLexicon,
): string | undefined {
  if (!appositiveLanguages.has(lexicon.language)) return undefined;
  const tokens = run.replace(/[.,]$/u, '').split(/\s+/u);
  const surname = tokens.at(-1) ?? '';
  if (tokens.length < 2 || genderOfFirstName(tokens[0] ?? '') === undefined) return undefined;
  if (!/^\p{Lu}\p{Ll}{2,}/u.test(surname)) return undefined;
  const alone = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surname)}\s+\p{Ll}`, 'gu');
  const given = escapeRegExp(tokens.slice(0, -1).join(' '));
  for (const match of text.matchAll(alone)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (new RegExp(String.raw`${given}\s+$`, 'u').test(before)) continue;
    // A sentence's subject: it opens the sentence or the paragraph.
    if (/(?:^|[.!?»”]\s+|\n\s*)$/u.test(before)) return tokens.join(' ');
  }
  return undefined;
}

/**
 * "Teixeira Mendes" after "o diretor clínico, Rui Teixeira Mendes": Portuguese and Spanish copy
 * shortens a name to its two surnames; the given name the text wrote before them belongs to it.
 * The word before must be a name of its own: no title, article, party's letters or occupation.
 */
export function givenNameBeforeSurnames(
  text: string,
  name: string,
  lexicon: SpeechLexicon,
  /** A title, an article, an occupation or a word after a preposition: no given name. */
  isNoGivenName: (word: string, at: number) => boolean,
): string | undefined {
  if (!appositiveLanguages.has(lexicon.language) || name.split(' ').length !== 2) return undefined;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}'’])(\p{Lu}\p{Ll}[\p{L}'’-]*)[^\S\n]+${escapeRegExp(name)}(?![\p{L}])`,
    'gu',
  );
  for (const match of text.matchAll(pattern)) {
    const given = match[1] ?? '';
    if (isNoGivenName(given, match.index)) continue;
    // "le Français Théo Marchal": after an article the word is a description, not a name.
    const previous = /([\p{L}'’]+)\s+$/u.exec(
      text.slice(Math.max(0, match.index - 12), match.index),
    );
    if (lexicon.articles.includes((previous?.[1] ?? '').toLowerCase())) continue;
    if (/^\p{L}+['’]$/u.test(previous?.[1] ?? '')) continue;
    const opensSentence = /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(0, match.index));
    if (opensSentence && genderOfFirstName(given) === undefined) continue;
    return `${given} ${name}`;
  }
  return undefined;
}
