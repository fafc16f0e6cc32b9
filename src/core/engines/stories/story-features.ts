import { splitSentences } from '../../text/sentences.ts';
import { englishStopwords } from '../../text/stopwords.ts';
import { tokenize } from '../../text/tokenize.ts';
import { contentTerms, lightStem } from '../summary/term-vectors.ts';

/** What the similarity measures read from one article; built once per article. */
export interface StoryFeatures {
  /** Stemmed content terms of title and body, with counts (the title counted twice). */
  terms: Map<string, number>;
  /** Stemmed content terms of the title alone. */
  titleTerms: Set<string>;
  /** Word 3-shingles of the body, stopwords kept: syndicated copies share most of them. */
  shingles: Set<string>;
  /** Name words (from capitalised runs inside sentences) and distinctive numbers of the body. */
  entities: Set<string>;
  /**
   * Capitalised words seen only at the start of a sentence ("Nordvale is recalling …",
   * "Shares fell …"): names only when some article of the batch capitalises them mid-sentence,
   * which {@link resolveOpeners} decides once the whole batch is read.
   */
  openers: Set<string>;
}

const shingleSize = 3;
/** Capitalised but shared by every story of the same week: never evidence of the same event. */
const calendarWords = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december today yesterday'
  ).split(' '),
);
const capitalisedRun =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|de|del|der|van|von|al|the|for)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/** Reads the terms, shingles and entities of one article. */
export function storyFeatures(title: string, text: string): StoryFeatures {
  const terms = new Map<string, number>();
  const titleTerms = new Set(contentTerms(title));
  for (const term of [...titleTerms, ...titleTerms, ...contentTerms(text)]) {
    terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  return { terms, titleTerms, shingles: shinglesOf(text), ...entitiesOf(text) };
}

function shinglesOf(text: string): Set<string> {
  const tokens = tokenize(text);
  const shingles = new Set<string>();
  for (let index = 0; index + shingleSize <= tokens.length; index += 1) {
    shingles.add(tokens.slice(index, index + shingleSize).join(' '));
  }
  return shingles;
}

/**
 * Names and numbers, the parts of a story that outlets cannot reword. A capitalised word that
 * only ever opens a sentence ("Shares", "Officials") is not taken for a name; numbers below
 * 10 without a decimal ("three", "7-2") are too common to identify an event.
 */
function entitiesOf(text: string): { entities: Set<string>; openers: Set<string> } {
  const sentences = splitSentences(text);
  const inside = new Set<string>();
  const openers = new Set<string>();
  const entities = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(capitalisedRun)) {
      const words = tokenize(match[0]).filter(
        (word) => !englishStopwords.has(word) && !calendarWords.has(word),
      );
      if (words.length === 0) continue;
      const atStart =
        match.index === 0 || /^[\s"'“‘(]*$/u.test(sentence.text.slice(0, match.index));
      if (atStart && words.length === 1) {
        openers.add(`name:${lightStem(words[0] ?? '')}`);
        continue;
      }
      for (const word of words) inside.add(lightStem(word));
    }
  }
  for (const word of inside) entities.add(`name:${word}`);
  for (const token of tokenize(text)) {
    if (!/^\p{N}/u.test(token)) continue;
    const number = token.replace(/,/g, '');
    if (/\./.test(number) || Number(number) >= 10) entities.add(`number:${number}`);
  }
  for (const opener of openers) if (entities.has(opener)) openers.delete(opener);
  return { entities, openers };
}

/**
 * Adds each article's sentence-opening capitalised words to its entities when another article
 * of the batch uses the same word as a name mid-sentence. Depends only on the set of articles,
 * not their order.
 */
export function resolveOpeners(features: readonly StoryFeatures[]): StoryFeatures[] {
  const names = new Set<string>();
  for (const feature of features) for (const entity of feature.entities) names.add(entity);
  return features.map((feature) => {
    const entities = new Set(feature.entities);
    for (const opener of feature.openers) if (names.has(opener)) entities.add(opener);
    return { ...feature, entities };
  });
}
