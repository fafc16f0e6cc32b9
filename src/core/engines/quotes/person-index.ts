import type { Entity, Gender, Mention, PersonIndex } from './speaker-types.ts';
import { shownName } from './speaker-types.ts';
import type { NameRun } from './person-names.ts';
import { nonNameWords, notRoleWords, roleEnding, titleWords } from './speaker-words.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { relativeOwnerBefore } from './family-relations.ts';
import { genderWord, mergeRoleMentions } from './merge-role-mentions.ts';
import { sameNameForms, withoutGeneration } from './name-forms.ts';
import { spokespersonMentions } from './spokesperson-mentions.ts';
import { initials, shortFormOf } from './organisation-lookup.ts';
import { acronymOwner } from './acronym-match.ts';
import { couplePeople, nicknamedPeople, readRuns } from './read-name-runs.ts';
import { headlineRanges, roleMentions, subjectTester, type RoleMention } from './role-mentions.ts';

/**
 * The people and organisations of a text and where the text mentions them, by name or by
 * role ("the governor", "the company"), for resolving speakers. People who share a surname
 * (a mother and her daughter) stay apart; a bare surname goes to the one last mentioned.
 */

const tokensOf = (name: string): string[] => name.toLowerCase().split(' ');
const lastOf = (name: string): string => tokensOf(name).pop() ?? '';
/** Lowercase role words just before a name ("Rovers manager Tom Ashworth", "Her coach, Sam"). */
function rolesBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 40), start);
  const appositive =
    /(?:^|\s)(?:his|her|their|its|the|a|an)\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{Ll}-]+),\s*$/iu.exec(
      before,
    );
  if (appositive?.[1]) return [appositive[1].toLowerCase()];
  if (!/\s$/u.test(before)) return [];
  const words = before.trimEnd().split(/\s+/u);
  const word = words[words.length - 1] ?? '';
  // "after Brussels imposed", "for China": a preposition ending in -er/-or is no job.
  if (nonNameWords.has(word) || notRoleWords.has(word)) return [];
  if (!/^[\p{Ll}-]+$/u.test(word) || !(titleWords.has(word) || roleEnding.test(word))) return [];
  const previous = words[words.length - 2];
  return [word, ...(previous && /^[\p{L}-]+$/u.test(previous) ? [previous.toLowerCase()] : [])];
}

const appositiveRole =
  /^,\s+(?:(?:a|an|the|who is|its|his|her)\s+(?:[\p{L}\d’'-]+\s+){0,5}?([\p{Ll}-]+)(?=,|\.|\s+(?:of|at|for|who|and|in|on)\b)|\d{1,3},)/u;

/** Indexes the people and organisations of a text (see the module comment). */
export function indexPeople(
  text: string,
  insideQuote: (index: number) => boolean,
  speakerNames: string[],
): PersonIndex {
  const isSubjectAt = subjectTester(text);
  const headlines = headlineRanges(text);
  const inHeadline = (index: number): boolean =>
    headlines.some((range) => index >= range.start && index < range.end);
  const runs = [...readRuns(text), ...nicknamedPeople(text), ...couplePeople(text)]
    .filter((run) => !inHeadline(run.start))
    .sort((left, right) => left.start - right.start);
  const people: Entity[] = [];
  const organisations: Entity[] = [];
  const speakers = new Set(speakerNames.map(lastOf));

  const tokenCache = new Map<string, string[]>();
  const cachedTokens = (name: string): string[] => {
    let tokens = tokenCache.get(name);
    if (!tokens) {
      tokens = tokensOf(name);
      tokenCache.set(name, tokens);
    }
    return tokens;
  };
  const samePerson = (entity: Entity, name: string): boolean =>
    sameNameForms(cachedTokens(entity.name), cachedTokens(name));
  /** "Elena said", "Sir Geoffrey said", "Tang said" (Tang Yuxiang: the surname comes first). */
  const byGivenName = (name: string, titled: boolean): Entity | undefined => {
    if (name.includes(' ')) return undefined;
    const given = name.toLowerCase();
    const matches = people.filter(
      (entity) => entity.name.includes(' ') && cachedTokens(entity.name)[0] === given,
    );
    const match = matches.length === 1 ? matches[0] : undefined;
    // An unknown lone word counts only as a speech verb's subject or an inferred relative's
    // first name ("Anh"), never as any capitalised word.
    const trusted =
      titled || genderOfFirstName(name) || speakers.has(given) || match?.givenNameOnly === true;
    return trusted ? match : undefined;
  };
  /** "Prince Abdulaziz" after "Prince Abdulaziz bin Salman": the title keeps a one-word name. */
  const regnalBearer = (name: string): Entity | undefined => {
    const given = /^(?:Pope|King|Queen|Prince|Princess|Emperor|Sultan) (\S+)$/u.exec(name)?.[1];
    return given === undefined ? undefined : byGivenName(given, true);
  };
  /** "Mr. Salas" after "Ines and Rodrigo Salas": the title's gender picks Rodrigo, not Ines. */
  const titledRelative = (run: NameRun): Entity | undefined => {
    const gender = run.titles.map(genderWord).find((found) => found !== undefined);
    if (!gender || run.name.includes(' ')) return undefined;
    const matches = people.filter((entity) => samePerson(entity, run.name));
    if (matches.length < 2) return undefined;
    return matches.find((entity) => genderOfFirstName(entity.name) === gender);
  };
  const registerPerson = (run: NameRun, roles: string[], writtenAs?: string): void => {
    const tokens = run.name.split(' ').length;
    const known =
      regnalBearer(run.name) ??
      titledRelative(run) ??
      people.find((entity) => samePerson(entity, run.name)) ??
      byGivenName(run.name, run.titles.length > 0);
    if (!known) {
      people.push({
        name: run.name,
        kind: 'person',
        roles: new Set(roles),
        ...(writtenAs === undefined ? {} : { givenNameOnly: true, writtenAs }),
      });
      return;
    }
    if (tokens > known.name.split(' ').length && tokens <= 4) {
      known.name = run.name;
      // The text now writes a longer name itself; an inferred one is still a guess.
      if (writtenAs === undefined) delete known.writtenAs;
      else known.writtenAs = writtenAs;
    } else if (writtenAs === undefined && run.name === known.name) {
      // "his wife, Joan" … "Joan Poppleton asked": the text confirms the inferred surname.
      delete known.writtenAs;
    }
    for (const role of roles) known.roles.add(role);
  };
  /** The surname of the family a first-name-only relative belongs to (see relativeOwnerBefore). */
  const familySurname = (
    position: number,
    owner: Gender | 'either' | { name: string },
  ): string | undefined => {
    if (typeof owner === 'object') {
      const named =
        people.find((known) => samePerson(known, owner.name)) ?? byGivenName(owner.name, true);
      return named?.name.includes(' ') ? withoutGeneration(named.name.split(' ')).pop() : undefined;
    }
    const start = runs[position]?.start ?? 0;
    for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
      const run = runs[earlier];
      if (!run || start - run.start > 1500) return undefined;
      if (!run.person || !isSubjectAt(run.start)) continue;
      const entity =
        people.find((known) => samePerson(known, run.person?.name ?? '')) ??
        byGivenName(run.person.name, run.person.titles.length > 0);
      if (!entity?.name.includes(' ')) continue;
      const gender = genderOfFirstName(entity.name);
      if (owner !== 'either' && gender !== undefined && gender !== owner) continue;
      return withoutGeneration(entity.name.split(' ')).pop();
    }
    return undefined;
  };
  for (const [position, run] of runs.entries()) {
    if (run.organisation !== undefined) {
      const name = run.organisation;
      const shortForm =
        organisations.find((entity) => initials(entity.name) === name) ??
        organisations.find((entity) => entity.name.startsWith(`${name} `)) ??
        shortFormOf(organisations, name) ??
        acronymOwner(organisations, name, text);
      if (!shortForm && !organisations.some((entity) => entity.name === name))
        organisations.push({ name, kind: 'organisation', roles: new Set() });
      continue;
    }
    let person = run.person;
    if (!person) continue;
    const owner = person.name.includes(' ') ? undefined : relativeOwnerBefore(text, person.start);
    const surname = owner ? familySurname(position, owner) : undefined;
    const writtenAs = surname === undefined ? undefined : person.name;
    if (surname) person = { ...person, name: `${person.name} ${surname}` };
    const tokens = person.name.split(' ').length;
    if (tokens > 4) continue;
    const appositive = appositiveRole.exec(text.slice(person.end, person.end + 80));
    const roles = [
      ...person.titles,
      ...rolesBefore(text, person.start),
      ...(appositive?.[1] ? [appositive[1].toLowerCase()] : []),
    ];
    if (roles.length > 0 || appositive || tokens >= 2 || speakers.has(lastOf(person.name)))
      registerPerson(person, roles, writtenAs);
  }

  const mentions: Mention[] = [];
  /** Where the text last named an entity before `index` (a later "Gunnar" must not win). */
  const lastSeenBefore = (entity: Entity, index: number): number => {
    let latestIndex = -1;
    for (const mention of mentions)
      if (mention.entity === entity && mention.index < index) latestIndex = mention.index;
    return latestIndex;
  };
  const timesSeenBefore = (entity: Entity, index: number): number =>
    mentions.filter((mention) => mention.entity === entity && mention.index < index).length;
  // entityFor runs once per mention; the acronym search scans the text per organisation, so
  // its answer is kept for as long as the organisation list stays the same.
  const acronymOwners = new Map<string, Entity | undefined>();
  const cachedAcronymOwner = (name: string): Entity | undefined => {
    const key = `${organisations.length}|${name}`;
    if (!acronymOwners.has(key)) acronymOwners.set(key, acronymOwner(organisations, name, text));
    return acronymOwners.get(key);
  };
  const entityFor = (name: string, index: number): Entity | undefined => {
    const organisation =
      organisations.find((entity) => entity.name === name) ??
      organisations.find((entity) => initials(entity.name) === name && name.length > 1) ??
      organisations.find((entity) => entity.name.split(' ')[0] === name) ??
      organisations.find((entity) => entity.name.startsWith(`${name} `)) ??
      // "Harlow & Finch said": a name run stops at the ampersand, leaving the firm's tail.
      organisations.find((entity) => entity.name.endsWith(` & ${name}`)) ??
      shortFormOf(organisations, name) ??
      cachedAcronymOwner(name);
    if (organisation) return organisation;
    const regnal = regnalBearer(name);
    if (regnal) return regnal;
    const named = people.filter((entity) => samePerson(entity, name));
    // "Keane said" means the Keane the text named so, not her son "Michael" (Keane inferred).
    const written = named.filter((entity) => entity.givenNameOnly !== true);
    const candidates = !name.includes(' ') && written.length > 0 ? written : named;
    if (candidates.length === 0) return byGivenName(name, false);
    if (candidates.length === 1) return candidates[0];
    const honorific = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, index - 8), index))?.[1];
    const gender = honorific ? genderWord(honorific) : undefined;
    // Votes are counted after the mentions are read, so a given name stands in until then.
    const genderOf = (entity: Entity): Gender | undefined =>
      entity.gender ?? (entity.name.includes(' ') ? genderOfFirstName(entity.name) : undefined);
    const fitting = candidates.filter(
      (entity) => !gender || genderOf(entity) !== (gender === 'male' ? 'female' : 'male'),
    );
    // "Ms. Villalobos" beside "Rosa Villalobos" and "Panadería Villalobos": the known woman.
    const sameGender = fitting.filter(
      (entity) => gender !== undefined && genderOf(entity) === gender,
    );
    const pool = sameGender.length > 0 ? sameGender : fitting.length > 0 ? fitting : candidates;
    // A bare surname with no title means the one the story is about ("Okonjo says" is the
    // singer, not her mother introduced once): the most mentioned so far, then the latest.
    const bare = !name.includes(' ') && gender === undefined;
    return [...pool].sort(
      (left, right) =>
        (bare ? timesSeenBefore(right, index) - timesSeenBefore(left, index) : 0) ||
        lastSeenBefore(right, index) - lastSeenBefore(left, index),
    )[0];
  };

  // Gender from honorifics and roles, then from the pronoun that follows a subject mention.
  const votes = new Map<Entity, { male: number; female: number }>();
  const vote = (entity: Entity, gender: Gender | undefined, weight: number): void => {
    if (!gender) return;
    const tally = votes.get(entity) ?? { male: 0, female: 0 };
    tally[gender] += weight;
    votes.set(entity, tally);
  };
  for (const entity of people) {
    for (const role of entity.roles) vote(entity, genderWord(role), 3);
    // A common given name is a weak hint; a lone surname ("Frank") tells nothing.
    if (entity.name.includes(' ')) vote(entity, genderOfFirstName(entity.name), 2);
  }

  const counts = new Map<string, number>();
  for (const run of runs) {
    const name = run.person?.name ?? run.organisation ?? '';
    const start = run.person?.start ?? run.start;
    if (insideQuote(start)) continue;
    const entity = entityFor(name, start);
    if (!entity) continue;
    // "Caritas, the Catholic Church's aid network, said": a possessive organisation only
    // modifies the subject (a possessive person may still be the one "he" means next).
    const possessive =
      entity.kind === 'organisation' &&
      /^[’']s(?![\p{L}])/u.test(text.slice(run.start + run.raw.length - 2));
    const subject = !possessive && isSubjectAt(run.start);
    mentions.push({ entity, index: start, subject });
    counts.set(shownName(entity), (counts.get(shownName(entity)) ?? 0) + 1);
    if (entity.kind !== 'person') continue;
    const honorific = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 8), start))?.[1];
    vote(entity, honorific ? genderWord(honorific) : undefined, 3);
    if (subject) {
      // "Ellsworth said she…": the pronoun right after the speech verb is the subject's own.
      const rest = text.slice(start + name.length, start + name.length + 160);
      const pronoun =
        /^(?:,[^,.]{1,80},)?\s+(?:said|says|told\s+\S+|added|insisted|argued|noted|explained|recalled)\s+(?:that\s+)?(he|she)(?![\p{L}])/u.exec(
          rest,
        );
      if (pronoun?.[1]) vote(entity, pronoun[1] === 'he' ? 'male' : 'female', 1);
    }
  }
  for (const [entity, tally] of votes) {
    if (tally.male !== tally.female) entity.gender = tally.male > tally.female ? 'male' : 'female';
  }
  const roleBased: RoleMention[] = roleMentions(text, insideQuote, inHeadline, isSubjectAt);
  const voices = spokespersonMentions(text, isSubjectAt).flatMap((found) => {
    const employer = insideQuote(found.index) ? undefined : entityFor(found.employer, found.index);
    return employer?.kind === 'organisation'
      ? [{ entity: employer, index: found.index, subject: true, speaksFor: true }]
      : [];
  });
  const merged = mergeRoleMentions(roleBased, mentions, people).filter(
    // The spokesperson replaces the unnamed "a … spokesman" read at the same place.
    (mention) => mention.entity !== null || !voices.some((voice) => voice.index === mention.index),
  );
  return {
    entityFor,
    fullestName: (name, index = text.length) => {
      const entity = entityFor(name, index);
      return entity === undefined ? name : shownName(entity);
    },
    mentions: [...merged, ...voices].sort((left, right) => left.index - right.index),
    mentionCount: (fullName) => counts.get(fullName) ?? 0,
  };
}
