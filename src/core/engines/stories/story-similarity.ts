import type { StoryFeatures } from './story-features.ts';

/** How alike two articles are, by each measure, each in [0, 1]. */
export interface StorySimilarity {
  body: number;
  title: number;
  entities: number;
  shingles: number;
  /** The combined score clustering compares with its threshold. */
  score: number;
}

/** Weights of the combined score; the body carries most, names and title confirm it. */
const weights = { body: 0.5, entities: 0.3, title: 0.2 } as const;
/** Above this shingle overlap two texts are copies of one wire story, whatever else differs. */
const copyShingleOverlap = 0.5;

/**
 * Inverse document frequency over the batch being grouped, so a word every story of the week
 * uses ("Ukraine", "rates") weighs less than one only this story uses ("Kharkiv"). The batch
 * is padded to `minimumDocuments` so that in a small batch shared words keep their weight.
 */
export function batchIdf(
  keySets: readonly Iterable<string>[],
  minimumDocuments = 20,
): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const keys of keySets) {
    for (const key of new Set(keys)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const documents = Math.max(keySets.length, minimumDocuments);
  const idf = new Map<string, number>();
  for (const [key, count] of frequency) idf.set(key, Math.log((documents + 1) / (count + 1)) + 1);
  return idf;
}

/** Compares two articles' features; `termIdf` and `entityIdf` come from {@link batchIdf}. */
export function storySimilarity(
  left: StoryFeatures,
  right: StoryFeatures,
  termIdf: ReadonlyMap<string, number>,
  entityIdf: ReadonlyMap<string, number>,
): StorySimilarity {
  const body = weightedCosine(left.terms, right.terms, termIdf);
  const title = weightedJaccard(left.titleTerms, right.titleTerms, termIdf);
  const entities = weightedJaccard(left.entities, right.entities, entityIdf);
  const shingles = jaccard(left.shingles, right.shingles);
  const blended = weights.body * body + weights.entities * entities + weights.title * title;
  const score = shingles >= copyShingleOverlap ? Math.max(blended, shingles) : blended;
  return { body, title, entities, shingles, score };
}

function weightedCosine(
  left: ReadonlyMap<string, number>,
  right: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (const [term, count] of left) {
    const weight = count * (idf.get(term) ?? 1);
    leftNorm += weight * weight;
    const other = right.get(term);
    if (other !== undefined) dot += weight * other * (idf.get(term) ?? 1);
  }
  for (const [term, count] of right) {
    const weight = count * (idf.get(term) ?? 1);
    rightNorm += weight * weight;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}

function weightedJaccard(
  left: ReadonlySet<string>,
  right: ReadonlySet<string>,
  idf: ReadonlyMap<string, number>,
): number {
  let shared = 0;
  let union = 0;
  for (const key of left) {
    const weight = idf.get(key) ?? 1;
    union += weight;
    if (right.has(key)) shared += weight;
  }
  for (const key of right) if (!left.has(key)) union += idf.get(key) ?? 1;
  return union === 0 ? 0 : shared / union;
}

function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of left) if (right.has(key)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Coverage of one event spreads over hours; after this many, the next day's news starts. */
const graceHours = 6;
/** Beyond the grace period, the score halves every this many hours apart. */
const halfLifeHours = 36;

/**
 * How much to trust textual likeness given the hours between two articles: 1 within a few
 * hours, then decaying, so a next-day follow-up (the lawsuit after the vote, same names and
 * place) needs more textual evidence than same-day coverage to join the same story.
 */
export function timeDecay(hoursApart: number | undefined): number {
  if (hoursApart === undefined || !Number.isFinite(hoursApart)) return 1;
  const beyond = Math.max(0, Math.abs(hoursApart) - graceHours);
  return 0.5 ** (beyond / halfLifeHours);
}
