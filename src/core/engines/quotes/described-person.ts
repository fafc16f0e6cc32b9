import { organisationNouns } from './speaker-words.ts';

/**
 * "the former England right-back", "the Wales fly-half": a team or country in front of a
 * position no word list knows. The phrase has no head noun, yet its capitals are only a
 * modifier, so it describes the person last made a subject, not the team it names.
 */
export function describesPerson(words: string[]): boolean {
  if ((words[0] ?? '').toLowerCase() !== 'the' || words.length < 3) return false;
  const descriptor = words[words.length - 1] ?? '';
  const modifiers = words.slice(1, -1);
  // A possessive ("the EU's executive arm") names the owner of an organisation's part.
  if (modifiers.some((word) => /[’']s$/u.test(word))) return false;
  return (
    /^\p{Ll}[\p{Ll}-]*$/u.test(descriptor) &&
    !organisationNouns.has(descriptor) &&
    modifiers.some((word) => /^\p{Lu}\p{Ll}+$/u.test(word))
  );
}
