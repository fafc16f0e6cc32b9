import type { Entity, Gender, Mention } from './speaker-types.ts';

/**
 * "Rosa and Ernesto Villalobos … His wife was less sure": a relative named by a possessive
 * is the person of the noun's gender who shares the owner's surname, the owner being the
 * last sentence subject the possessive fits ("his" → the last man).
 */

const relativeGender: Record<string, Gender> = {
  wife: 'female',
  mother: 'female',
  daughter: 'female',
  sister: 'female',
  widow: 'female',
  husband: 'male',
  father: 'male',
  son: 'male',
  brother: 'male',
  widower: 'male',
};

const surnameOf = (entity: Entity): string =>
  (entity.name.toLowerCase().split(' ').pop() ?? '').split('-').pop() ?? '';

export function relativeOf(
  noun: string,
  owner: Gender | undefined,
  earlier: Mention[],
  people: Entity[],
): Entity | undefined {
  const gender = relativeGender[noun];
  if (!gender || !owner) return undefined;
  let possessor: Entity | undefined;
  for (let position = earlier.length - 1; position >= 0 && !possessor; position -= 1) {
    const mention = earlier[position];
    const entity = mention?.entity;
    if (mention?.subject && entity?.kind === 'person' && entity.gender !== otherThan(owner))
      possessor = entity;
  }
  if (!possessor || !possessor.name.includes(' ')) return undefined;
  const surname = surnameOf(possessor);
  const relatives = people.filter(
    (person) =>
      person !== possessor &&
      person.name.includes(' ') &&
      surnameOf(person) === surname &&
      person.gender !== otherThan(gender),
  );
  if (relatives.length === 1) return relatives[0];
  // "Panadería Villalobos" shares the surname too; a known woman beats an unknown.
  const sure = relatives.filter((person) => person.gender === gender);
  return sure.length === 1 ? sure[0] : undefined;
}

const otherThan = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male');

const relativeBefore =
  /(?:^|[^\p{L}])([Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]+[’']s)\s+(?:\p{Ll}+\s+)?(husband|wife|widow|widower|partner|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin),?\s+$/u;

/**
 * "Kerry-Ann and her husband Dean, 41", "Her son, Michael, 31": a relative the text gives
 * only a first name shares the family's surname: "Dean" is indexed as Dean Moffat, so he stays
 * apart from Kerry-Ann Moffat and a bare "Moffat" never means him, but he is shown as "Dean"
 * (see Entity.writtenAs).
 * Returns whose relative it is: "his" → a man, "her" → a woman, "their" → either.
 */
export function relativeOwnerBefore(
  text: string,
  start: number,
): Gender | 'either' | { name: string } | undefined {
  const owner = relativeBefore.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (owner === undefined) return undefined;
  const word = owner.toLowerCase();
  // "Lily's older sister, Anh": the owner is named.
  if (/[’']s$/u.test(owner)) return { name: owner.replace(/[’']s$/u, '') };
  return word === 'his' ? 'male' : word === 'her' ? 'female' : 'either';
}
