import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';

/**
 * Where the words after a speech verb stop naming the speaker when they describe someone named
 * before: "ha detto il primo cittadino durante una conferenza stampa a Ca' Farsetti", "afirmó la
 * presidenta en rueda de prensa en Puerta del Sol", "sagte die Politikerin während einer
 * Pressekonferenz in Bad Homburg". After the article and the description, a preposition of
 * circumstance (durante, a, en, während, lors…) opens a place or an event, never the speaker.
 * An office's complement ("del sindicato", "della Protezione civile") does not end it.
 */

/**
 * The stretches after a speech verb where the speaker may be named: the whole window, or, for a
 * described subject, up to the circumstance and again after a comma that closes it ("el
 * portavoz del sindicato en Madrid, Rafael Ortega").
 */
export function describedSubjectStretches(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): { from: number; to: number }[] {
  const circumstance = lexicon.circumstancePrepositions ?? [];
  const rest = text.slice(from, to);
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  // "il primo cittadino", "l'élu", "die Politikerin": a definite article opens a description.
  const described = new RegExp(
    String.raw`^[\s,]*(?:(?:${articles})\s+|(?:${articles})(?<=['’])\p{L})`,
    'iu',
  );
  if (circumstance.length === 0 || !described.test(rest)) return [{ from, to }];
  const opening = new RegExp(
    String.raw`\s(?:${circumstance.map(escapeRegExp).join('|')})(?=\s|['’]|$)`,
    'u',
  ).exec(rest);
  if (opening === null) return [{ from, to }];
  const cut = from + opening.index;
  const comma = text.slice(cut, to).indexOf(',');
  return comma < 0
    ? [{ from, to: cut }]
    : [
        { from, to: cut },
        { from: cut + comma + 1, to },
      ];
}
