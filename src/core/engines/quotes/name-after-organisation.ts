import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { followsPreposition, runPattern, type FoundName } from './latin-speakers.ts';

/**
 * "zei minister van Infrastructuur Karin van Dam", "contou à Lusa Maria do Carmo Silva": a
 * one-word organisation after a preposition, run together with the name that follows it. Read
 * only where a speaker must be named and no other name was found.
 */
export function nameAfterOrganisation(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): FoundName | undefined {
  const window = text.slice(from, to);
  for (const match of window.matchAll(runPattern(lexicon))) {
    if (!followsPreposition(window, match.index, lexicon)) continue;
    const tokens = match[0].split(/\s+/u);
    const rest = tokens.slice(1);
    if (rest.length < 2 || lexicon.nameParticles.includes((rest[0] ?? '').toLowerCase())) continue;
    // "por la Red Colombiana de Investigadores Jóvenes": with a particle inside, the words after
    // the first are the organisation's own name unless they open with a known given name.
    const particle = rest.some((token) => lexicon.nameParticles.includes(token));
    if (particle && genderOfFirstName(rest[0] ?? '') === undefined) continue;
    const name = rest.join(' ').replace(/[.,]$/u, '');
    return { name, index: from + match.index + match[0].lastIndexOf(name) };
  }
  return undefined;
}
