import {
  shownName,
  type Attribution,
  type Entity,
  type Gender,
  type Mention,
  type PersonIndex,
} from './speaker-types.ts';
import { latestOrganisation } from './organisation-lookup.ts';
import { describedOrganisation } from './described-organisation.ts';
import { nameRunSource } from './person-names.ts';
import { documentAuthor } from './document-author.ts';
import { describesPerson } from './described-person.ts';
import { describedAs, describedSpeaker } from './described-speaker.ts';
import { headOf } from './role-mentions.ts';
import { femaleWords, maleWords, pronounGender, singularPronouns } from './speaker-words.ts';

/**
 * How sure the finder is of a quote's speaker: named in the clause, resolved from a pronoun or
 * role to someone named, only described ("a senior Cruz adviser", shown as written), or none.
 */
export type SpeakerConfidence = 'named' | 'resolved' | 'described' | 'none';

interface Resolved {
  speaker: string | null;
  confidence: SpeakerConfidence;
}

const unknown: Resolved = { speaker: null, confidence: 'none' };
const resolvedTo = (entity: Entity | null | undefined): Resolved =>
  entity ? { speaker: shownName(entity), confidence: 'resolved' } : unknown;

/** Start of the paragraph `back` paragraphs before the one holding `index`. */
function paragraphStartBack(text: string, index: number, back: number): number {
  let start = text.lastIndexOf('\n', index - 1);
  for (let step = 0; step < back && start > 0; step += 1) {
    start = text.lastIndexOf('\n', start - 1);
    while (start > 0 && text.charAt(start - 1) === '\n') start -= 1;
  }
  return Math.max(0, start + 1);
}

/**
 * Who "he", "she" or "the 34-year-old" means: the nearest earlier sentence subject of a
 * fitting gender within three paragraphs (an unnamed "a senior official" counts, and makes
 * the speaker unknown), else the nearest fitting person mentioned anywhere before.
 */
function antecedent(
  text: string,
  mentions: Mention[],
  index: number,
  gender: Gender | undefined,
): Resolved {
  const windowStart = paragraphStartBack(text, index, 2);
  const fits = (mention: Mention): boolean =>
    mention.entity === null ||
    mention.speaksFor === true ||
    (mention.entity.kind === 'person' &&
      (!gender || !mention.entity.gender || mention.entity.gender === gender));
  let fallback: Entity | undefined;
  for (let position = mentions.length - 1; position >= 0; position -= 1) {
    const mention = mentions[position];
    if (!mention || mention.index >= index || !fits(mention)) continue;
    if (mention.index >= windowStart && mention.subject) {
      if (mention.entity) return resolvedTo(mention.entity);
      // "A senior official said … “…,” he said": shown as the text introduced them.
      return mention.description === undefined
        ? unknown
        : introducedDescription(mention.description);
    }
    // A spokesperson speaks for the firm only right after being introduced.
    if (!fallback && mention.entity && mention.speaksFor !== true) fallback = mention.entity;
  }
  return resolvedTo(fallback);
}

function introducedDescription(phrase: string): Resolved {
  const speaker = describedAs(phrase);
  return speaker === undefined ? unknown : { speaker, confidence: 'described' };
}

function genderOfNoun(noun: string): Gender | undefined {
  if (femaleWords.has(noun) || noun.endsWith('woman')) return 'female';
  if (maleWords.has(noun) || noun.endsWith('man')) return 'male';
  return undefined;
}

/**
 * "the official said" after "a senior official who spoke on condition of anonymity": the last
 * such introduction as written ("a senior official"), or undefined when there is none.
 */
function introducedUnnamed(
  text: string,
  from: number,
  to: number,
  noun: string,
): string | undefined {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(?:a|an|one|another|two|three|four|several|some)\s+(?:(?!(?:from|of|by|with|to|for)\s)[\p{L}.-]+\s+){0,3}${noun}s?(?=\s*,|\s+(?:who|said|told|speaking|familiar|close|with|from|in|at))`,
    'giu',
  );
  const window = text.slice(Math.max(0, from), to);
  // "Nestor Cortes, a left-hander who…": an appositive describes the named man, not someone new.
  const introductions = [...window.matchAll(pattern)].filter(
    (match) =>
      !/\p{Lu}[\p{L}.’'-]*,\s*$/u.test(window.slice(Math.max(0, match.index - 40), match.index)),
  );
  return noun === '' ? undefined : introductions[introductions.length - 1]?.[0];
}

const staffAt = new RegExp(
  String.raw`(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Oo]fficials|[Ee]xecutives|[Ll]awyers)\s+(?:at|from|with)\s+(?:the\s+)?(${nameRunSource})`,
  'gu',
);

/** "Analysts at Capital Economics said… “…,” they wrote": the staff speak for their firm. */
function groupEmployer(people: PersonIndex, text: string, index: number): Entity | undefined {
  const paragraphStart = text.lastIndexOf('\n', index) + 1;
  const runs = [...text.slice(paragraphStart, index).matchAll(staffAt)];
  const employer = runs[runs.length - 1]?.[1];
  const entity = employer === undefined ? undefined : people.entityFor(employer, index);
  return entity?.kind === 'organisation' ? entity : undefined;
}

/** "A Lumen spokesperson said… “…,” the spokesperson said": the employer named just before. */
function recentVoice(mentions: Mention[], before: number): Entity | undefined {
  for (let position = mentions.length - 1; position >= 0; position -= 1) {
    const mention = mentions[position];
    if (!mention || mention.index >= before) continue;
    if (before - mention.index > 600) return undefined;
    if (mention.speaksFor === true && mention.entity) return mention.entity;
  }
  return undefined;
}

/** The organisation a capitalised modifier names ("Department for Education spokesperson"). */
function employerIn(words: string[], people: PersonIndex, index: number): Entity | undefined {
  // "spokesperson for Water UK" names the employer after the noun; "CAA spokesperson" before.
  const noun = words.findIndex((word) => /^(?:spokes|official$|representative$)/u.test(word));
  const after = noun >= 0 && /^(?:for|at)$/u.test(words[noun + 1] ?? '') ? noun + 2 : -1;
  const modifier = (after > 0 ? words.slice(after) : words.slice(0, -1))
    .join(' ')
    .replace(/[’']s$/u, '');
  if (!/^\p{Lu}/u.test(modifier)) return undefined;
  const entity = people.entityFor(modifier, index);
  return entity?.kind === 'organisation' ? entity : undefined;
}

function resolveRole(attribution: Attribution, people: PersonIndex, text: string): Resolved {
  const words = attribution.subject.split(/\s+/u);
  const author = documentAuthor(words, people, text, attribution.index);
  if (author !== false) return resolvedTo(author);
  const determiner = (words[0] ?? '').toLowerCase();
  const head = headOf(words.slice(1));
  if (!head && describesPerson(words))
    return antecedent(text, people.mentions, attribution.index, undefined);
  if (!head) {
    // "the BJP said", "the Kremlin said": a name behind the article, not a job description;
    // "a New Hampshire Democrat" is one of many, so a description.
    const last = words[words.length - 1] ?? '';
    const indefinite = /^(?:an?|one|another)$/u.test(determiner);
    const named =
      /^\p{Lu}/u.test(last) && !indefinite ? people.entityFor(last, attribution.index) : undefined;
    return named ? { speaker: shownName(named), confidence: 'named' } : unknown;
  }
  const earlier = people.mentions;
  const before = attribution.index;
  const spokesperson = /^spokes|^official$|^representative$/u.test(head.noun);
  // "A Department for Education spokesperson", "a CAA spokesperson": the employer is named.
  const employer = spokesperson
    ? (employerIn(words.slice(1), people, before) ?? recentVoice(people.mentions, before))
    : undefined;
  if (employer) return resolvedTo(employer);
  if (head.kind === 'organisation') {
    const named = latestOrganisation(earlier, head.noun, before);
    const fits = named?.name.toLowerCase().split(' ').includes(head.noun) ?? false;
    const described = fits ? undefined : describedOrganisation(text, head.noun, before);
    return described ? { speaker: described, confidence: 'resolved' } : resolvedTo(named);
  }
  if (
    determiner === 'a' ||
    determiner === 'an' ||
    determiner === 'one' ||
    determiner === 'another'
  ) {
    return spokesperson ? resolvedTo(latestOrganisation(earlier, '', before)) : unknown;
  }
  if (head.kind === 'role') {
    const unnamed = introducedUnnamed(text, attribution.index - 600, attribution.index, head.noun);
    if (
      spokesperson &&
      unnamed === undefined &&
      earlier.some((mention) => mention.index < before && mention.entity?.kind === 'organisation')
    ) {
      const own = people.mentions.find((mention) => mention.index === attribution.index);
      return resolvedTo(own?.entity ?? latestOrganisation(earlier, '', before));
    }
    const own = people.mentions.find((mention) => mention.index === attribution.index);
    if (own?.entity && unnamed === undefined) return resolvedTo(own.entity);
    // Shown as the text introduced them ("a senior defense official"), not "the official".
    if (unnamed !== undefined) return introducedDescription(unnamed);
    if (spokesperson) return resolvedTo(latestOrganisation(earlier, '', before));
  }
  return antecedent(text, people.mentions, attribution.index, genderOfNoun(head.noun));
}

/** Turns an attribution ("Putin said", "she said", "the coach said") into a speaker's name. */
export function resolveSpeaker(
  attribution: Attribution,
  people: PersonIndex,
  text: string,
): Resolved {
  if (attribution.subjectKind === 'name') {
    return {
      speaker: people.fullestName(attribution.subject, attribution.index),
      confidence: 'named',
    };
  }
  if (attribution.subjectKind === 'pronoun') {
    // "…,” it said: the organisation the text last made a subject.
    if (attribution.subject === 'it')
      return resolvedTo(latestOrganisation(people.mentions, '', attribution.index));
    if (attribution.subject === 'they')
      return resolvedTo(groupEmployer(people, text, attribution.index));
    if (!singularPronouns.has(attribution.subject)) return unknown;
    const gender = pronounGender[attribution.subject];
    return antecedent(text, people.mentions, attribution.index, gender);
  }
  const resolved = resolveRole(attribution, people, text);
  return resolved.speaker === null ? describedSpeaker(attribution, text) : resolved;
}
