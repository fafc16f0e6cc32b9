import { englishStopwords } from '../../text/stopwords.ts';
import { tokenize } from '../../text/tokenize.ts';

/** A sparse term-weight vector. */
export type TermVector = Map<string, number>;

/**
 * Content terms of a text: tokens without stopwords or bare numbers' punctuation, folded by a
 * light stemmer so "missile" and "missiles", "talks" and "talk" count as one term.
 */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (englishStopwords.has(token) || token.length < 2) continue;
    terms.push(lightStem(token));
  }
  return terms;
}

/** Strips possessives and common inflections; deliberately crude, only used for matching. */
export function lightStem(word: string): string {
  let stem = word.replace(/'s?$/, '');
  if (stem.length > 4) {
    if (stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
    else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
    else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  }
  if (stem.length > 5) {
    if (stem.endsWith('ing')) stem = stem.slice(0, -3);
    else if (stem.endsWith('ed')) stem = stem.slice(0, -2);
  }
  return stem;
}

/** Inverse document frequency of each term, treating every sentence as a document. */
export function inverseDocumentFrequency(termLists: readonly string[][]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) {
    for (const term of new Set(terms))
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const count = termLists.length;
  const idf = new Map<string, number>();
  for (const [term, frequency] of documentFrequency)
    idf.set(term, Math.log((count + 1) / frequency));
  return idf;
}

/** TF-IDF vector of one term list; with an empty `idf`, plain term counts. */
export function weightTerms(
  terms: readonly string[],
  idf: ReadonlyMap<string, number>,
): TermVector {
  const vector: TermVector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + (idf.get(term) ?? 1));
  return vector;
}

/** Cosine similarity of two sparse vectors; 0 when either is empty. */
export function cosine(left: TermVector, right: TermVector): number {
  let dot = 0;
  for (const [term, weight] of left) dot += weight * (right.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(left) * norm(right));
}

function norm(vector: TermVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
