import type { NameRun } from './person-names.ts';
import { femaleWords, maleWords, roleEnding, roleSynonyms, titleWords } from './speaker-words.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { couplePeople, nicknamedPeople, readRuns } from './read-name-runs.ts';
import { headlineRanges, roleMentions, subjectTester, type RoleMention } from './role-mentions.ts';

/**
 * The people and organisations of a text and where the text mentions them, by name or by
 * role ("the governor", "the company"), for resolving speakers. People who share a surname
 * (a mother and her daughter) stay apart; a bare surname goes to the one last mentioned.
 */

export type Gender = 'male' | 'female';

export interface Entity {
  name: string;
  kind: 'person' | 'organisation';
  roles: Set<string>;
  gender?: Gender;
}

export interface Mention {
  /** null: someone the text leaves unnamed ("a senior official", "one teacher"). */
  entity: Entity | null;
  index: number;
  /** The mention is its sentence's subject (who the next "he said" most likely means). */
  subject: boolean;
}

export interface PersonIndex {
  /** The entity a name means at a point of the text ("Putin" → Vladimir Putin). */
  entityFor(name: string, index: number): Entity | undefined;
  /** The fullest form of a name the text gives ("Putin" → "Vladimir Putin"). */
  fullestName(name: string, index?: number): string;
  /** Mentions outside quotes and headlines, in text order. */
  mentions: Mention[];
  /** How often an entity (by fullest name) is mentioned, for prominence. */
  mentionCount(fullName: string): number;
}

const tokensOf = (name: string): string[] => name.toLowerCase().split(' ');
const lastOf = (name: string): string => tokensOf(name).pop() ?? '';
function genderWord(word: string): Gender | undefined {
  const bare = word.toLowerCase().replace(/\.$/u, '');
  if (femaleWords.has(bare) || bare.endsWith('woman')) return 'female';
  if (maleWords.has(bare) || (bare.endsWith('man') && titleWords.has(bare))) return 'male';
  return undefined;
}

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
  if (!/^[\p{Ll}-]+$/u.test(word) || !(titleWords.has(word) || roleEnding.test(word))) return [];
  const previous = words[words.length - 2];
  return [word, ...(previous && /^[\p{L}-]+$/u.test(previous) ? [previous.toLowerCase()] : [])];
}

const appositiveRole =
  /^,\s+(?:(?:a|an|the|who is|its|his|her)\s+(?:[\p{L}\d’'-]+\s+){0,5}?([\p{Ll}-]+)(?=,|\.|\s+(?:of|at|for|who|and|in|on)\b)|\d{1,3},)/u;

const initialsCache = new Map<string, string>();
const initials = (name: string): string => {
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
  const samePerson = (entity: Entity, name: string): boolean => {
    const known = cachedTokens(entity.name);
    const tokens = cachedTokens(name);
    if (known[known.length - 1] !== tokens[tokens.length - 1]) return false;
    const [shorter, longer] = known.length < tokens.length ? [known, tokens] : [tokens, known];
    // "Leyen", "von der Leyen" and "Ursula von der Leyen" are one person; "Ben" and "Laura Ashworth" are not.
    return (
      shorter.length === 1 ||
      shorter[0] === longer[0] ||
      longer.join(' ').endsWith(shorter.join(' '))
    );
  };
  /** "Elena said", "Sir Geoffrey said": a known given name alone means the one person with it. */
  const byGivenName = (name: string, titled: boolean): Entity | undefined => {
    if (name.includes(' ') || (!titled && !genderOfFirstName(name))) return undefined;
    const given = name.toLowerCase();
    const matches = people.filter(
      (entity) => entity.name.includes(' ') && cachedTokens(entity.name)[0] === given,
    );
    return matches.length === 1 ? matches[0] : undefined;
  };
  const registerPerson = (run: NameRun, roles: string[]): void => {
    const tokens = run.name.split(' ').length;
    const known =
      people.find((entity) => samePerson(entity, run.name)) ??
      byGivenName(run.name, run.titles.length > 0);
    if (!known) {
      people.push({ name: run.name, kind: 'person', roles: new Set(roles) });
      return;
    }
    if (tokens > known.name.split(' ').length && tokens <= 4) known.name = run.name;
    for (const role of roles) known.roles.add(role);
  };
  for (const run of runs) {
    if (run.organisation !== undefined) {
      const name = run.organisation;
      const acronymOf = organisations.find((entity) => initials(entity.name) === name);
      if (!acronymOf && !organisations.some((entity) => entity.name === name))
        organisations.push({ name, kind: 'organisation', roles: new Set() });
      continue;
    }
    const person = run.person;
    if (!person) continue;
    const tokens = person.name.split(' ').length;
    if (tokens > 4) continue;
    const appositive = appositiveRole.exec(text.slice(person.end, person.end + 80));
    const roles = [
      ...person.titles,
      ...rolesBefore(text, person.start),
      ...(appositive?.[1] ? [appositive[1].toLowerCase()] : []),
    ];
    if (roles.length > 0 || appositive || tokens >= 2 || speakers.has(lastOf(person.name)))
      registerPerson(person, roles);
  }

  const lastSeen = new Map<Entity, number>();
  const entityFor = (name: string, index: number): Entity | undefined => {
    const organisation =
      organisations.find((entity) => entity.name === name) ??
      organisations.find((entity) => initials(entity.name) === name && name.length > 1) ??
      organisations.find((entity) => entity.name.split(' ')[0] === name);
    if (organisation) return organisation;
    const candidates = people.filter((entity) => samePerson(entity, name));
    if (candidates.length === 0) return byGivenName(name, false);
    if (candidates.length === 1) return candidates[0];
    const honorific = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, index - 8), index))?.[1];
    const gender = honorific ? genderWord(honorific) : undefined;
    const fitting = candidates.filter(
      (entity) => !gender || entity.gender !== (gender === 'male' ? 'female' : 'male'),
    );
    const pool = fitting.length > 0 ? fitting : candidates;
    return [...pool].sort(
      (left, right) => (lastSeen.get(right) ?? -1) - (lastSeen.get(left) ?? -1),
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

  const mentions: Mention[] = [];
  const counts = new Map<string, number>();
  for (const run of runs) {
    const name = run.person?.name ?? run.organisation ?? '';
    const start = run.person?.start ?? run.start;
    if (insideQuote(start)) continue;
    const entity = entityFor(name, start);
    if (!entity) continue;
    lastSeen.set(entity, start);
    const subject = isSubjectAt(run.start);
    mentions.push({ entity, index: start, subject });
    counts.set(entity.name, (counts.get(entity.name) ?? 0) + 1);
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
  return {
    entityFor,
    fullestName: (name, index = text.length) => entityFor(name, index)?.name ?? name,
    mentions: mergeRoleMentions(roleBased, mentions, people),
    mentionCount: (fullName) => counts.get(fullName) ?? 0,
  };
}

/** Adds "the governor", "the 34-year-old", "the company" to the mentions, resolved in order. */
function mergeRoleMentions(
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
    if (entity !== undefined) merged.push({ entity, index: role.index, subject: role.subject });
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
    const entity = latest(
      earlier,
      (mention) =>
        mention.subject &&
        mention.entity?.kind === 'person' &&
        (!gender || mention.entity.gender !== (gender === 'male' ? 'female' : 'male')),
    );
    if (entity && role.noun) entity.roles.add(role.noun);
    return entity;
  }
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
    if (lastOf(entity.name) === noun) return entity;
    if (mention.subject) bySubject ??= entity;
    any ??= entity;
  }
  return bySubject ?? any;
}
