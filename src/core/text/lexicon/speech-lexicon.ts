/**
 * What one language's news copy uses to say who spoke: speech verbs in their common inflected
 * forms, "according to" words, the titles and offices written before a name, the small words
 * that join a name (de, van der…), the prepositions that make a capitalised phrase an
 * organisation ("le ministre de la Santé"), subject pronouns and the most common words (for
 * telling the language apart). Each language has its lexicon once, in this folder; the regular
 * expressions of the attribution rules are built from these lists.
 */
export interface SpeechLexicon {
  /** BCP-47 code. */
  language: string;
  speechVerbs: readonly string[];
  accordingTo: readonly string[];
  titles: readonly string[];
  /** Compound titles written as one word (German "Bundesverkehrsminister"): their endings. */
  titleEndings: readonly string[];
  nameParticles: readonly string[];
  prepositions: readonly string[];
  articles: readonly string[];
  pronouns: readonly string[];
  /** A verb with the pronoun after it, as one word (French "a-t-elle", "analyse-t-il"). */
  invertedPronoun?: string;
  stopwords: readonly string[];
}

/** Splits a space-separated word list (one lexicon entry may hold spaces when quoted with _). */
export const words = (list: string): readonly string[] =>
  list
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/_/gu, ' '));
