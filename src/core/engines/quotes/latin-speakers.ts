import type { SpeechLexicon } from '../../text/lexicon/index.ts';

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

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function runPattern(lexicon: SpeechLexicon): RegExp {
  const particles = lexicon.nameParticles.map(escape).join('|');
  return new RegExp(
    String.raw`(?<![\p{L}'’])${capitalised}(?:\s+(?:(?:${particles})\s+){0,2}${capitalised})*`,
    'gu',
  );
}

function isTitle(word: string, lexicon: SpeechLexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.titles.some((title) => title.toLowerCase() === lower)) return true;
  const tail = lower.split('-').at(-1) ?? lower;
  return lexicon.titleEndings.some(
    (ending) => tail.endsWith(ending) && tail.length > ending.length,
  );
}

/** "de la Santé", "del Banco Central", "di Legambiente": an office's organisation, not a person. */
function followsPreposition(window: string, at: number, lexicon: SpeechLexicon): boolean {
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

/** A title, a sentence's opening article, or a particle that opens no surname. */
function isDropped(tokens: readonly string[], lexicon: SpeechLexicon): boolean {
  const first = tokens[0] ?? '';
  const lower = first.toLowerCase();
  if (isTitle(first, lexicon) || lexicon.articles.includes(lower)) return true;
  return lexicon.nameParticles.includes(lower) && tokens.length === 1;
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
    if (followsPreposition(window, match.index, lexicon)) continue;
    let tokens = match[0].split(/\s+/u);
    // "aldus De Wit": a surname that opens with its particle, for "Ilse de Wit" named earlier.
    const particleSurname =
      tokens.length >= 2 && lexicon.nameParticles.includes((tokens[0] ?? '').toLowerCase())
        ? fullNameOf(text, tokens.join(' '))
        : undefined;
    if (particleSurname !== undefined) {
      found.push({ name: particleSurname, index: from + match.index });
      continue;
    }
    while (tokens.length > 0 && isDropped(tokens, lexicon)) tokens = tokens.slice(1);
    const first = tokens[0];
    if (first === undefined) continue;
    const offset = match.index + match[0].lastIndexOf(tokens.join(' '));
    const name = tokens.join(' ').replace(/[.,]$/u, '');
    if (name === '') continue;
    const full =
      tokens.length >= 2 && !lexicon.nameParticles.includes((tokens[0] ?? '').toLowerCase())
        ? name
        : fullNameOf(text, name);
    if (full !== undefined) found.push({ name: full, index: from + offset });
  }
  return found;
}

/** "so Kühnel", "aldus De Wit": the full name the text gives for a surname. */
function fullNameOf(text: string, surname: string): string | undefined {
  // "aldus De Wit" opens the sentence's clause with a capital the full name "Ilse de Wit" lacks.
  const written = `(?:${escape(surname)}|${escape(surname.charAt(0).toLowerCase() + surname.slice(1))})`;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])\p{Lu}[\p{L}'’-]+\s+${written}(?![\p{L}])`,
    'u',
  );
  const match = pattern.exec(text);
  if (match === null) return undefined;
  return match[0].replace(/\s+/gu, ' ');
}
