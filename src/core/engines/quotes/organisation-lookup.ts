import type { Entity, Mention } from './speaker-types.ts';
import { organisationNouns, organisationWords, placeWords } from './speaker-words.ts';

/**
 * Finding the organisation a short form or a noun means: "the Corps" (Army Corps of
 * Engineers), "CDC", "the ministry" (Ministry of Commerce). Places that look like
 * organisations ("Ohio River") and lone adjectives ("American") never speak.
 */

const tokensOf = (name: string): string[] => name.toLowerCase().split(' ');
const lastOf = (name: string): string => tokensOf(name).pop() ?? '';

const initialsCache = new Map<string, string>();
export const initials = (name: string): string => {
  const known = initialsCache.get(name);
  if (known !== undefined) return known;
  const value = name
    .split(' ')
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
  if (initialsCache.size > 1000) initialsCache.clear();
  initialsCache.set(name, value);
  return value;
};

/** "American", "Press": an organisation word alone, not an organisation's name. */
const isBareOrganisationWord = (name: string): boolean =>
  organisationWords.has(name.toLowerCase()) && !organisationNouns.has(name.toLowerCase());

/** "the Corps" after "Army Corps of Engineers": an organisation word standing for the one it heads. */
export function shortFormOf(organisations: Entity[], name: string): Entity | undefined {
  if (name.includes(' ') || !organisationWords.has(name.toLowerCase())) return undefined;
  const holders = organisations.filter((entity) => entity.name.split(' ').includes(name));
  return holders.length === 1 ? holders[0] : undefined;
}

/** The organisation a noun like "the ministry" or "the company" most likely means, before `before`. */
export function latestOrganisation(
  mentions: Mention[],
  noun: string,
  before = Number.POSITIVE_INFINITY,
): Entity | undefined {
  let bySubject: Entity | undefined;
  let any: Entity | undefined;
  for (let position = mentions.length - 1; position >= 0; position -= 1) {
    const mention = mentions[position];
    const entity = mention?.entity;
    if (!mention || !entity || entity.kind !== 'organisation' || mention.index >= before) continue;
    // "the ministry" means "Ministry of Commerce" as much as "Defence Ministry".
    if (noun !== '' && tokensOf(entity.name).includes(noun)) return entity;
    // A river or an avenue is capitalised like an organisation but never speaks; nor does a
    // lone adjective read as one ("American", "European", "National").
    if (placeWords.has(lastOf(entity.name))) continue;
    if (!entity.name.includes(' ') && isBareOrganisationWord(entity.name)) continue;
    if (mention.subject) bySubject ??= entity;
    any ??= entity;
  }
  return bySubject ?? any;
}
