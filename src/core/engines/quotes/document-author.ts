import type { Entity, Mention, PersonIndex } from './speaker-types.ts';
import { latestOrganisation } from './organisation-lookup.ts';
import { documentNouns, organisationNouns } from './speaker-words.ts';

/**
 * Who "the statement said" or "the council's statement read" quotes: the author the text
 * named, since a written statement speaks for whoever issued it. The owner in a possessive
 * decides ("the council's" → the council); otherwise the last sentence subject, person or
 * organisation, within the two paragraphs before ("In a statement, the company said…").
 */
export function documentAuthor(
  words: string[],
  people: PersonIndex,
  text: string,
  index: number,
): Entity | undefined | false {
  const noun = (words[words.length - 1] ?? '').toLowerCase();
  if (!documentNouns.has(noun)) return false;
  const owner = words.slice(1, -1).find((word) => /[’']s$/u.test(word));
  if (owner !== undefined) {
    const bare = owner.replace(/[’']s$/u, '');
    if (/^\p{Lu}/u.test(bare)) return people.entityFor(bare, index);
    if (organisationNouns.has(bare.toLowerCase()))
      return latestOrganisation(people.mentions, bare.toLowerCase(), index);
    return undefined;
  }
  const windowStart = Math.max(0, text.lastIndexOf('\n\n', text.lastIndexOf('\n\n', index) - 1));
  return (
    issuerOf(people.mentions, text, noun, index) ??
    latestSubject(people.mentions, windowStart, index)
  );
}

/** "Chief Executive Aisha Rahman wrote in the memo": the subject of the last sentence naming it. */
function issuerOf(
  mentions: Mention[],
  text: string,
  noun: string,
  before: number,
): Entity | undefined {
  const naming = new RegExp(String.raw`(?<![\p{L}])${noun}(?![\p{L}])`, 'iu');
  for (let position = mentions.length - 1; position >= 0; position -= 1) {
    const mention = mentions[position];
    if (!mention?.entity || !mention.subject || mention.index >= before) continue;
    if (before - mention.index > 3000) return undefined;
    if (naming.test(sentenceAround(text, mention.index))) return mention.entity;
  }
  return undefined;
}

function sentenceAround(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 300), index);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n')) + 1;
  const tail = text.slice(index, index + 300);
  const stop = /[.!?](?:\s|$)|\n/u.exec(tail);
  return head.slice(start) + tail.slice(0, stop ? stop.index : tail.length);
}

function latestSubject(mentions: Mention[], from: number, before: number): Entity | undefined {
  for (let position = mentions.length - 1; position >= 0; position -= 1) {
    const mention = mentions[position];
    if (!mention || mention.index >= before) continue;
    if (mention.index < from) return undefined;
    if (mention.subject && mention.entity) return mention.entity;
  }
  return undefined;
}
