import type { Attribution } from './attribute-speaker.ts';
import {
  latestOrganisation,
  type Entity,
  type Gender,
  type Mention,
  type PersonIndex,
} from './person-index.ts';
import { headOf } from './role-mentions.ts';
import { femaleWords, maleWords, pronounGender, singularPronouns } from './speaker-words.ts';

/** How sure the finder is of a quote's speaker. */
export type SpeakerConfidence = 'named' | 'resolved' | 'none';

interface Resolved {
  speaker: string | null;
  confidence: SpeakerConfidence;
}

const unknown: Resolved = { speaker: null, confidence: 'none' };
const resolvedTo = (entity: Entity | null | undefined): Resolved =>
  entity ? { speaker: entity.name, confidence: 'resolved' } : unknown;

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
): Entity | null | undefined {
  const windowStart = paragraphStartBack(text, index, 2);
  const fits = (mention: Mention): boolean =>
    mention.entity === null ||
    (mention.entity.kind === 'person' &&
      (!gender || !mention.entity.gender || mention.entity.gender === gender));
  let fallback: Entity | undefined;
  for (let position = mentions.length - 1; position >= 0; position -= 1) {
    const mention = mentions[position];
    if (!mention || mention.index >= index || !fits(mention)) continue;
    if (mention.index >= windowStart && mention.subject) return mention.entity;
    if (!fallback && mention.entity) fallback = mention.entity;
  }
  return fallback;
}

function genderOfNoun(noun: string): Gender | undefined {
  if (femaleWords.has(noun) || noun.endsWith('woman')) return 'female';
  if (maleWords.has(noun) || noun.endsWith('man')) return 'male';
  return undefined;
}

/** "the official said" after "a senior official who spoke on condition of anonymity". */
function introducedUnnamed(text: string, from: number, to: number, noun: string): boolean {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(?:a|an|one|another|two|three|four|several|some)\s+(?:(?!(?:from|of|by|with|to|for)\s)[\p{L}-]+\s+){0,3}${noun}s?(?=\s*,|\s+(?:who|said|told|speaking|familiar|with|from|in|at))`,
    'iu',
  );
  return noun !== '' && pattern.test(text.slice(Math.max(0, from), to));
}

function resolveRole(attribution: Attribution, people: PersonIndex, text: string): Resolved {
  const words = attribution.subject.split(/\s+/u);
  const determiner = (words[0] ?? '').toLowerCase();
  const head = headOf(words.slice(1));
  if (!head) return unknown;
  const earlier = people.mentions;
  const before = attribution.index;
  const spokesperson = /^spokes|^official$|^representative$/u.test(head.noun);
  if (head.kind === 'organisation')
    return resolvedTo(latestOrganisation(earlier, head.noun, before));
  if (determiner === 'a' || determiner === 'an') {
    return spokesperson ? resolvedTo(latestOrganisation(earlier, '', before)) : unknown;
  }
  if (head.kind === 'role') {
    const unnamed = introducedUnnamed(text, attribution.index - 600, attribution.index, head.noun);
    if (
      spokesperson &&
      !unnamed &&
      earlier.some((mention) => mention.index < before && mention.entity?.kind === 'organisation')
    ) {
      const own = people.mentions.find((mention) => mention.index === attribution.index);
      return resolvedTo(own?.entity ?? latestOrganisation(earlier, '', before));
    }
    const own = people.mentions.find((mention) => mention.index === attribution.index);
    if (own?.entity && !unnamed) return resolvedTo(own.entity);
    if (unnamed) return unknown;
    if (spokesperson) return resolvedTo(latestOrganisation(earlier, '', before));
  }
  return resolvedTo(antecedent(text, people.mentions, attribution.index, genderOfNoun(head.noun)));
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
    if (!singularPronouns.has(attribution.subject)) return unknown;
    const gender = pronounGender[attribution.subject];
    return resolvedTo(antecedent(text, people.mentions, attribution.index, gender));
  }
  return resolveRole(attribution, people, text);
}
