import type { Entity } from './speaker-types.ts';
import { initials } from './organisation-lookup.ts';

/**
 * The organisation an acronym stands for when its letters are not simply the capitals of the
 * name: "CDC" for "Centers for Disease Control and Prevention" (the acronym drops the last
 * word), or any acronym the text itself defines, as in "Office of Tidal Works (OTW)".
 */

const escaped = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/gu, String.raw`\$&`);

/** Whether the acronym's letters appear in order among the initials, starting with the first. */
function isLeadingSubsequence(acronym: string, letters: string): boolean {
  if (acronym.charAt(0) !== letters.charAt(0)) return false;
  let position = 0;
  for (const letter of letters) if (letter === acronym.charAt(position)) position += 1;
  return position >= acronym.length;
}

export function acronymOwner(
  organisations: Entity[],
  acronym: string,
  text: string,
): Entity | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
  // "the Centers for Disease Control and Prevention (CDC)": the text's own definition wins.
  const defined = organisations.find((entity) =>
    new RegExp(String.raw`${escaped(entity.name)}\s*\(${acronym}\)`, 'u').test(text),
  );
  if (defined) return defined;
  // Two letters match too many names by chance; a guess is only safe when one name fits.
  if (acronym.length < 3) return undefined;
  const fitting = organisations.filter((entity) => {
    const letters = initials(entity.name.replace(/^The /u, ''));
    return letters.length > acronym.length && isLeadingSubsequence(acronym, letters);
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}
