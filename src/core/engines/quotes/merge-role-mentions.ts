import type { Entity, Gender, Mention } from './speaker-types.ts';
import { relativeOf } from './family-relations.ts';
import { latestOrganisation } from './organisation-lookup.ts';
import type { RoleMention } from './role-mentions.ts';
import { femaleWords, maleWords, roleSynonyms, titleWords } from './speaker-words.ts';

/**
 * Role mentions ("the governor", "her husband", "the company") resolved, in text order, to the
 * people and organisations named before them, and merged with the named mentions.
 */

/** The gender a role word carries ("widow", "chairwoman"), if any. */
export function genderWord(word: string): Gender | undefined {
  const bare = word.toLowerCase().replace(/\.$/u, '');
  if (femaleWords.has(bare) || bare.endsWith('woman')) return 'female';
  if (maleWords.has(bare) || (bare.endsWith('man') && titleWords.has(bare))) return 'male';
  return undefined;
}

/** Adds "the governor", "the 34-year-old", "the company" to the mentions, resolved in order. */
export function mergeRoleMentions(
  roleBased: RoleMention[],
  named: Mention[],
  people: Entity[],
): Mention[] {
  const merged: Mention[] = [];
  let next = 0;
  for (const role of roleBased) {
    while (next < named.length && (named[next]?.index ?? 0) < role.index) {
      const mention = named[next];
      if (mention) merged.push(mention);
      next += 1;
    }
    const entity = resolveRoleMention(role, merged, people);
    if (entity !== undefined)
      merged.push({
        entity,
        index: role.index,
        subject: role.subject,
        ...(role.description === undefined ? {} : { description: role.description }),
      });
  }
  for (; next < named.length; next += 1) {
    const mention = named[next];
    if (mention) merged.push(mention);
  }
  return merged;
}

function resolveRoleMention(
  role: RoleMention,
  earlier: Mention[],
  people: Entity[],
): Entity | null | undefined {
  if (role.kind === 'anonymous') return null;
  if (role.kind === 'organisation') return latestOrganisation(earlier, role.noun);
  if (role.kind === 'standIn') {
    // "Her husband, a retired firefighter, said": a gendered noun skips the other gender.
    const gender = genderWord(role.noun);
    const fits = (mention: Mention): boolean =>
      mention.entity?.kind === 'person' &&
      (!gender || mention.entity.gender !== (gender === 'male' ? 'female' : 'male'));
    // "The first thing you notice about Dr. Ingrid Halvorsen-Reyes…” the 58-year-old
    // glaciologist said": with no subject yet, the person last named is the one described.
    const entity =
      latest(earlier, (mention) => mention.subject && fits(mention)) ?? latest(earlier, fits);
    if (entity && role.noun) entity.roles.add(role.noun);
    return entity;
  }
  const relative = relativeOf(role.noun, role.owner, earlier, people);
  if (relative) return relative;
  const accepted = [role.noun, ...(roleSynonyms[role.noun] ?? [])];
  const hasRole = (candidate: Entity | null): boolean =>
    candidate !== null && accepted.some((noun) => candidate.roles.has(noun));
  const byRole =
    latest(earlier, (mention) => hasRole(mention.entity)) ??
    people.find((person) => hasRole(person));
  if (byRole) return byRole;
  // "Her husband said": nobody holds the role, so the last subject of that gender.
  const gender = genderWord(role.noun);
  return gender
    ? latest(
        earlier,
        (mention) =>
          mention.subject && mention.entity?.kind === 'person' && mention.entity.gender === gender,
      )
    : undefined;
}

/** The entity of the last mention (before the list's end) that passes `test`. */
function latest(mentions: Mention[], test: (mention: Mention) => boolean): Entity | undefined {
  for (let position = mentions.length - 1; position >= 0; position -= 1) {
    const mention = mentions[position];
    if (mention?.entity && test(mention)) return mention.entity;
  }
  return undefined;
}
