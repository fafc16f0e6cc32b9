/**
 * How many of the first candidate sentences are searched for the sentence the story starts
 * from: anecdotal leads run a paragraph or three, and a candidate is about one sentence of
 * them, so the nut paragraph comes within the first ten.
 */
const searchWindow = 10;
/**
 * A lead score (0.6 × centrality + 0.4 × title overlap, both scaled to the story's best) at
 * which a sentence states the story. Straight news leads score 0.85–1; the scenes of an
 * anecdotal lead score 0.2–0.5, because they share few words with the title and the rest.
 */
const storyLevel = 0.75;
/**
 * Centrality (cosine with the whole story, scaled to the story's best) at which a sentence
 * states the story whatever its title overlap: a scene shares few words with the rest (the
 * scenes of our anecdotal leads reach 0.50–0.83), while a real headline often paraphrases its
 * lead ("Confident" over "expressed confidence") and leaves it below the story level.
 */
const centralLevel = 0.95;

/**
 * The rank of the candidate sentence the news starts from: 0 for straight news, later when
 * the article opens with a scene or an anecdote ("Every January, Erin Mallory starts doing
 * math at her kitchen table.") and states the story only in its nut paragraph. That is the
 * first of the opening sentences that reaches the story's level, or is the article's most
 * central sentence; when none does, the strongest of them.
 */
export function findStoryStart(
  leadScores: readonly number[],
  centrality: readonly number[] = [],
): number {
  const opening = leadScores.slice(0, searchWindow);
  const first = opening.findIndex(
    (score, rank) => score >= storyLevel || (centrality[rank] ?? 0) >= centralLevel,
  );
  if (first !== -1) return first;
  const strongest = Math.max(...opening);
  return Math.max(0, opening.indexOf(strongest));
}
