import type { ArticleKeyTerms } from './key-terms.ts';
import { headlineGroups, notNames } from './key-terms.ts';
import { contentTerms } from './term-vectors.ts';

/**
 * Two statements of one fact share at least this many main actors (a name of several words
 * is one actor, a figure is one) and this many words of what is done or said: "Putin said he
 * thinks Trump … can fix broken U.S.–Russia ties" tells the headline's "Putin … Confident
 * Trump Can … Repair US–Russia Ties" again.
 */
const sharedActors = 2;
const sharedPredicate = 1;
/**
 * A word of what is done marks one fact only where the article uses it in at most this many
 * sentences: one it uses throughout ("title" in a tennis final, "budget" in a budget vote) is
 * the story's topic, like its main actors, and shared by facts that differ.
 */
const specificSentences = 2;
/**
 * Names in this share of the sentences are the story's own actors (Putin, Ukraine in a story
 * about Putin and Ukraine), in nearly every fact: two bullets sharing them are not one fact.
 */
const topicShare = 1 / 3;
/** Verbs of reporting say who spoke, not what happened. */
const reportingVerbs = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'according']);

/** What a sentence or a headline is about: its actors, and what it says of them. */
export interface Statement {
  /** Names as groups of adjacent words ("keith kellogg"), and figures. */
  actors: readonly (readonly string[])[];
  keyTerms: ReadonlySet<string>;
  /** Content terms that are not names, figures, titles, reporting verbs or the story's topic. */
  predicate: ReadonlySet<string>;
}

/** The content terms the article uses in more than `specificSentences` of its sentences. */
export function commonTerms(sentenceTerms: readonly (readonly string[])[]): Set<string> {
  const sentences = new Map<string, number>();
  for (const terms of sentenceTerms)
    for (const term of new Set(terms)) sentences.set(term, (sentences.get(term) ?? 0) + 1);
  return new Set(
    [...sentences].filter(([, count]) => count > specificSentences).map(([term]) => term),
  );
}

/** The statement of the sentence at `position` of the article's key terms. */
export function sentenceStatement(
  terms: readonly string[],
  position: number,
  article: { keyTerms: ArticleKeyTerms; common: ReadonlySet<string> },
): Statement {
  const names = article.keyTerms.bySentence[position] ?? new Set<string>();
  return {
    actors: article.keyTerms.groupsBySentence[position] ?? [],
    keyTerms: names,
    predicate: predicateOf(terms, names, article.common),
  };
}

export function headlineStatement(
  title: string,
  article: { keyTerms: ArticleKeyTerms; common: ReadonlySet<string> },
): Statement {
  const actors = headlineGroups(title, article.keyTerms);
  const names = new Set(actors.flat());
  return {
    actors,
    keyTerms: names,
    predicate: predicateOf(contentTerms(title), names, article.common),
  };
}

/** The headline's names and the names in at least `topicShare` of the sentences. */
export function topicTerms(
  headline: Statement,
  keyTerms: ArticleKeyTerms,
  sentences: number,
): Set<string> {
  const topic = new Set(headline.keyTerms);
  for (const [term, positions] of keyTerms.mentions)
    if (positions.length >= topicShare * sentences) topic.add(term);
  return topic;
}

/** A statement with only the actors that set it apart from the rest of the story. */
export function withoutTopic<Type extends Statement>(
  statement: Type,
  topic: ReadonlySet<string>,
): Type {
  return {
    ...statement,
    actors: statement.actors.filter((group) => !group.some((term) => topic.has(term))),
  };
}

/** The same main actors as a told fact, and a word of what is done or said of them. */
export function sameFact(candidate: Statement, told: Statement): boolean {
  const actors = told.actors.filter((group) =>
    group.some((term) => candidate.keyTerms.has(term)),
  ).length;
  if (actors < sharedActors) return false;
  let predicate = 0;
  for (const term of candidate.predicate) if (told.predicate.has(term)) predicate += 1;
  return predicate >= sharedPredicate;
}

function predicateOf(
  terms: readonly string[],
  names: ReadonlySet<string>,
  common: ReadonlySet<string>,
): Set<string> {
  return new Set(
    terms.filter(
      (term) =>
        !names.has(term) &&
        !common.has(term) &&
        !notNames.has(term) &&
        !reportingVerbs.has(term) &&
        !/\p{N}/u.test(term),
    ),
  );
}
