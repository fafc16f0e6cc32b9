import type { Sentence } from '../../text/sentences.ts';
import { tokenize } from '../../text/tokenize.ts';
import { findStoryStart } from './find-story-start.ts';
import { isPageDebris } from './is-page-debris.ts';
import type { TermVector } from './term-vectors.ts';
import { contentTerms, cosine, inverseDocumentFrequency, weightTerms } from './term-vectors.ts';
import { hasSpacelessScript, segmentWords } from '../../text/words.ts';

/** A sentence that may become a summary bullet, with its ranking score. */
export interface ScoredSentence {
  sentence: Sentence;
  vector: TermVector;
  /** Plain term counts: two sentences stating one fact share most of their words, rare or not. */
  termCounts: TermVector;
  /** Higher is better; already includes quotation, length and question penalties. */
  score: number;
  /** Opens with a word that needs the previous sentence ("But", "He", "This"). */
  dangling: boolean;
  /** Part of an anecdotal lead's scene, before the nut paragraph where the story starts. */
  scene: boolean;
}

const danglingOpeners = new Set(
  'but and or so yet also however still he she it they him her his its their them this that these those such then thus therefore moreover furthermore instead there'.split(
    ' ',
  ),
);
/**
 * Lines that are photo captions or credits, not reporting. A tabloid caption ("Kieran Walsh,
 * 33, pictured arriving at court, admitted …") says "pictured" and has no full stop.
 */
const captionMarker =
  /Getty Images|AP Photo|\/(?:AFP|AP|Reuters|EPA|Bloomberg|PA)\b|\bPhoto(?:graph)?\s*(?::|by\b)|\bCredit\s*:|Shutterstock|Image caption|^(?:Pictured|Above|Below|Inset)\s*:|,\s+pictured\b.*[^.!?"'\u201D\u2019)\s]\s*$/i;

/** Longer lines are paragraphs (or a whole text without line breaks), not captions. */
const maximumDebrisLine = 400;
const weights = { position: 0.4, centrality: 0.3, title: 0.2, density: 0.1 } as const;
/** Position prior of a sentence in an anecdotal lead, before the story proper starts. */
const sceneLeadPrior = 0.2;

/**
 * Scores the sentences that can be summary bullets. Lead-aware: news puts the key facts first,
 * so position weighs most; when the article opens with a scene (an anecdotal lead), position
 * counts from the nut paragraph where the story starts, and the scene keeps little weight.
 * Sentences that are mostly quotation, questions, very short or long are pushed down; debris
 * (bylines, captions, a repeated title) is left out.
 */
export function scoreSentences(
  text: string,
  title: string,
  sentences: readonly Sentence[],
): ScoredSentence[] {
  const titleTerms = contentTerms(title);
  const quoteMask = quotationMask(text);
  const candidates = sentences.filter((sentence) => isCandidate(text, sentence));
  const termLists = candidates.map((sentence) => contentTerms(sentence.text));
  const idf = inverseDocumentFrequency(termLists);
  const vectors = termLists.map((terms) => weightTerms(terms, idf));
  const titleVector = weightTerms(titleTerms, idf);
  const centroid: TermVector = new Map();
  for (const vector of vectors) {
    for (const [term, weight] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  }
  const kept: { sentence: Sentence; vector: TermVector; termCounts: TermVector }[] = [];
  candidates.forEach((sentence, position) => {
    const vector = vectors[position] ?? new Map<string, number>();
    // A repeat of the title (pages often print it twice) is not a fact of its own.
    // A lead that paraphrases the headline with more detail is the story's best sentence.
    if (titleTerms.length > 0 && cosine(vector, titleVector) > 0.8) {
      const titleSet = new Set(titleTerms);
      const extra = (termLists[position] ?? []).filter((term) => !titleSet.has(term)).length;
      if (extra <= 1) return;
    }
    kept.push({ sentence, vector, termCounts: weightTerms(termLists[position] ?? [], new Map()) });
  });
  const centrality = normalise(kept.map((item) => cosine(item.vector, centroid)));
  const titleOverlap = normalise(kept.map((item) => cosine(item.vector, titleVector)));
  const density = normalise(kept.map((item) => entityDensity(item.sentence.text)));
  // Straight news opens with its most central, title-like sentence; an anecdotal lead opens
  // with a scene, and the position prior counts from the nut paragraph instead.
  // Without a title (a feed item, a dataset file) centrality alone says what the story is.
  const titleShare = titleTerms.length > 0 ? 0.4 : 0;
  const leadScores = kept.map(
    (_, rank) =>
      (1 - titleShare) * (centrality[rank] ?? 0) + titleShare * (titleOverlap[rank] ?? 0),
  );
  const storyStart = findStoryStart(leadScores, centrality);
  const leadQuality = leadScores[storyStart] ?? 0;
  const positionWeight = weights.position * Math.min(1, Math.max(0.15, (leadQuality - 0.3) / 0.3));
  return kept.map((item, rank) => {
    // The scene before the nut paragraph is colour, not news: it keeps only a little prior.
    const prior = rank >= storyStart ? Math.exp(-(rank - storyStart) / 4) : sceneLeadPrior;
    const base =
      positionWeight * prior +
      weights.centrality * (centrality[rank] ?? 0) +
      weights.title * (titleOverlap[rank] ?? 0) +
      weights.density * (density[rank] ?? 0);
    return {
      sentence: item.sentence,
      vector: item.vector,
      termCounts: item.termCounts,
      score: base * penalty(item.sentence, quoteMask),
      dangling: danglingOpeners.has(firstWord(item.sentence.text)),
      scene: rank < storyStart,
    };
  });
}

function isCandidate(text: string, sentence: Sentence): boolean {
  const words = tokenize(sentence.text).length;
  // Lowercase letters tell prose from a shouted kicker; scripts without case have none.
  if (words < 5 || !(/\p{Ll}/u.test(sentence.text) || hasSpacelessScript(sentence.text)))
    return false;
  if (
    !/[.!?\u2026\u3002\uFF01\uFF1F]["'\u201D\u2019)\]\u300D\u300F]*$/u.test(sentence.text) &&
    words < 12
  )
    return false;
  const lineStart = text.lastIndexOf('\n', sentence.start) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  // A caption or a byline is a short line of its own; when the text has no line breaks (a
  // feed excerpt, a dataset file) only the sentence itself can be judged.
  const context = line.length <= maximumDebrisLine ? line : sentence.text;
  return !captionMarker.test(context) && !isPageDebris(context) && !isPageDebris(sentence.text);
}

function penalty(sentence: Sentence, quoteMask: Uint8Array): number {
  let factor = 1;
  let quoted = 0;
  for (let position = sentence.start; position < sentence.end; position += 1)
    quoted += quoteMask[position] ?? 0;
  const quoteShare = quoted / Math.max(1, sentence.end - sentence.start);
  // Quotes belong in the quote section; bullets carry the reporter's facts.
  if (quoteShare > 0.3) factor *= 1 - 0.75 * quoteShare;
  const words = tokenize(sentence.text).length;
  // Highlights run 10–20 words each: a long sentence costs the reader (and precision) more
  // than the one extra fact it tends to add.
  if (words < 10) factor *= 0.6;
  else if (words > 60) factor *= 0.5;
  else if (words > 45) factor *= 0.75;
  else if (words > 35) factor *= 0.9;
  if (/\?["'\u201D\u2019)]*$/.test(sentence.text)) factor *= 0.4;
  // Cut inside a quote ("…: «Lascio un gruppo di ragazzi straordinari." with the quote going
  // on): the bullet would open a quote it never closes.
  const last = sentence.end - 1;
  if (quoteMask[last] === 1 && !closingMark.test(sentence.text.at(-1) ?? '')) factor *= 0.05;
  // Begun inside a quote ("Dopo quarant'anni …”, attacca X" after "“Ci hanno … righe."): the
  // bullet would close a quote it never opened. Both cases are broken text for the reader, so
  // the factor is low enough (0.05, was 0.3) that a central sentence cannot outweigh it.
  if (quoteMask[sentence.start] === 1 && !openingMark.test(sentence.text.charAt(0))) factor *= 0.05;
  return factor;
}

/** The first character of a sentence that opens a quote rather than going on inside one. */
const openingMark = /["'\u201C\u201E\u2018\u00AB\u00BB\u300C\u300E]/u;
/** The last character of a sentence that ends a quote rather than stopping inside one. */
const closingMark = /["'\u201C\u201D\u2019\u00AB\u00BB\u300D\u300F]/u;

/** Other languages' opening marks and the mark that closes each: «…», „…“, »…«, 「…」, 『…』. */
const pairedClosers: Readonly<Record<string, string>> = {
  '\u00AB': '\u00BB',
  '\u201E': '\u201C',
  '\u00BB': '\u00AB',
  '\u300C': '\u300D',
  '\u300E': '\u300F',
};

/**
 * Marks every character inside quotation marks. Quote state resets at each line break: a quote
 * that runs on into the next paragraph reopens with a new mark there. British papers quote
 * with single marks, which double as apostrophes; one opens a quote only where a sentence
 * starts, and closes it only after a comma, stop or question mark ("'We grew apart,' she said").
 * Guillemets, German low marks and corner brackets close with their own partner.
 */
function quotationMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside: 'double' | 'single' | undefined;
  let closer: string | undefined;
  for (let position = 0; position < text.length; position += 1) {
    const character = text[position] ?? '';
    if (character === '\n') {
      inside = undefined;
      closer = undefined;
      continue;
    }
    if (closer !== undefined) {
      mask[position] = 1;
      if (character === closer) closer = undefined;
      continue;
    }
    const paired = inside === undefined ? pairedClosers[character] : undefined;
    // German »…« opens before a word; a » after one closes a French «…».
    if (
      paired !== undefined &&
      (character !== '\u00BB' || /\p{L}/u.test(text[position + 1] ?? ''))
    ) {
      closer = paired;
      mask[position] = 1;
      continue;
    }
    const closesSingle =
      inside === 'single' && isSingleMark(character) && /[,.!?]/.test(text[position - 1] ?? '');
    if (character === '\u201C' && inside === undefined) inside = 'double';
    else if (character === '\u201D' && inside === 'double') inside = undefined;
    else if (character === '"' && inside !== 'single')
      inside = inside === 'double' ? undefined : 'double';
    else if (closesSingle) inside = undefined;
    else if (isSingleMark(character) && inside === undefined && opensSentence(text, position))
      inside = 'single';
    if (inside !== undefined || character === '\u201D' || closesSingle) mask[position] = 1;
  }
  return mask;
}

function isSingleMark(character: string): boolean {
  return character === "'" || character === '\u2018' || character === '\u2019';
}

/** At the start of the text or a line, or after a sentence's closing stop and a space. */
function opensSentence(text: string, position: number): boolean {
  if (!/\p{L}/u.test(text[position + 1] ?? '')) return false;
  return /(?:^|\n|[.!?]["'\u2019\u201D]?\s+)$/u.test(
    text.slice(Math.max(0, position - 4), position),
  );
}

/** Share of words that are names or numbers (capitalised after the first word, or with digits). */
function entityDensity(sentence: string): number {
  const words = hasSpacelessScript(sentence)
    ? segmentWords(sentence)
    : sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return 0;
  const informative = words
    .slice(1)
    .filter((word) => /^["'\u201C\u2018(]?\p{Lu}|\p{N}/u.test(word)).length;
  return informative / words.length;
}

function firstWord(sentence: string): string {
  return (/[\p{L}']+/u.exec(sentence)?.[0] ?? '').toLowerCase();
}

function normalise(values: readonly number[]): number[] {
  const maximum = Math.max(0, ...values);
  return maximum === 0 ? values.map(() => 0) : values.map((value) => value / maximum);
}
