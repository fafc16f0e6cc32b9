import type { ArticleKeyTerms } from './key-terms.ts';
import { articleKeyTerms } from './key-terms.ts';
import type { Statement } from './same-fact.ts';
import {
  commonTerms,
  headlineStatement,
  sameFact,
  sentenceStatement,
  topicTerms,
  withoutTopic,
} from './same-fact.ts';
import type { ScoredSentence } from './score-sentences.ts';
import { contentTerms, cosine } from './term-vectors.ts';
import { countWords } from '../../text/words.ts';

/** Two sentences this similar in wording state the same fact; the later pick is skipped. */
const redundancyLimit = 0.55;
const redundancyWeight = 0.3;
/** A pronoun or connective opener reads wrongly without its previous sentence. */
const danglingFactor = 0.55;
/**
 * A name the article writes about in this many more sentences after first giving it is a main
 * development (a person given a paragraph, a named weapon or plan): the sentence that first
 * names it earns the whole introduction bonus, a name written about less a share.
 */
const prominentMentions = 3;
/**
 * Worth of bringing such a development into the brief, on the scale of sentence scores (the
 * best ≈ 0.9, a mid-article sentence ≈ 0.3): enough for a later section's opening sentence to
 * beat the lead's third or fourth sentence, not the lead itself. Measured on every summary set.
 */
const introductionWeight = 0.2;
/**
 * Cost of telling more of a development a bullet already gives: a sentence naming someone or
 * something a bullet brought in; more for one pointing back ("He said this decision …") to the
 * bullet just before it, the surest sign of the same fact told on.
 */
const continuationWeight = 0.15;
const pointingBackWeight = 0.2;
/**
 * A sentence points back at the previous one's fact with a demonstrative in its first words
 * ("He said this decision …", "These cuts …"); a pronoun alone ("It would pay to rebuild …")
 * stands for the story's subject and may well bring a new fact.
 */
const pointingBack = /^(?:\S+\s+){0,5}?(?:this|these|those|such)\b/iu;
/**
 * Past the third bullet a long sentence costs the reader (and precision against highlights of
 * about 13 words) more than the fact it adds: its value is scaled by √(20 / words) when it has
 * more than 20 words. Three bullets always come whole: they carry the story.
 */
const compactFrom = 3;
const compactWords = 20;

/** A sentence that may become a bullet, with what it states. */
interface Candidate extends Statement {
  /** Position among the scored sentences (as in `ArticleKeyTerms`). */
  position: number;
  item: ScoredSentence;
}

/**
 * Greedy maximal-marginal-relevance selection of up to `count` bullets, each a distinct fact.
 * The first is the best sentence (the lead, in straight news). After it, a candidate is
 * skipped when it repeats a chosen bullet's wording or tells the same fact as the headline or
 * a bullet (the same main actors and a word of what they do); a candidate that first names
 * someone or something the article goes on to write about gains, one telling more of a
 * development already given loses, so later developments win slots over the lead's details.
 */
export function selectBullets(
  scored: readonly ScoredSentence[],
  options: { count: number; title: string },
): ScoredSentence[] {
  const keyTerms = articleKeyTerms(scored.map((item) => item.sentence.text));
  const sentenceTerms = scored.map((item) => [...item.termCounts.keys()]);
  const article = { keyTerms, common: commonTerms(sentenceTerms) };
  const remaining = new Set<Candidate>(
    scored.map((item, position) => ({
      ...sentenceStatement(sentenceTerms[position] ?? [], position, article),
      position,
      item,
    })),
  );
  const headline = headlineStatement(options.title, article);
  const topic = topicTerms(headline, keyTerms, scored.length);
  // The headline is shown above the bullets: the names it gives are no news in a bullet.
  const covered = new Set(contentTerms(options.title));
  const developments = new Set<string>();
  const chosen: Candidate[] = [];
  while (chosen.length < options.count && remaining.size > 0) {
    // The first bullet may state the headline's fact; nothing after it may state it again.
    const told =
      chosen.length === 0 ? [] : [headline, ...chosen.map((bullet) => withoutTopic(bullet, topic))];
    let best: Candidate | undefined;
    let bestValue = -Infinity;
    for (const candidate of remaining) {
      const similarity = Math.max(
        0,
        ...chosen.map((bullet) => cosine(bullet.item.termCounts, candidate.item.termCounts)),
      );
      if (similarity > redundancyLimit || told.some((fact) => sameFact(candidate, fact))) {
        remaining.delete(candidate);
        continue;
      }
      const value = candidateValue(candidate, similarity, {
        chosen,
        covered,
        developments,
        keyTerms,
      });
      if (value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    if (best === undefined) break;
    if (chosen.length > 0)
      for (const term of broughtIn(best, covered, keyTerms)) developments.add(term);
    chosen.push(best);
    for (const term of best.keyTerms) covered.add(term);
    remaining.delete(best);
  }
  return chosen.map((candidate) => candidate.item);
}

/**
 * A candidate's worth as the next bullet: its score, less for a dangling opener whose sentence
 * before is not a bullet and for a long sentence past the third bullet, less its likeness to
 * the bullets, plus the development it introduces, less the one it continues.
 */
function candidateValue(
  candidate: Candidate,
  similarity: number,
  state: {
    chosen: readonly Candidate[];
    covered: ReadonlySet<string>;
    developments: ReadonlySet<string>;
    keyTerms: ArticleKeyTerms;
  },
): number {
  const { item } = candidate;
  const { chosen } = state;
  const previousChosen = chosen.some(
    (bullet) => bullet.item.sentence.index === item.sentence.index - 1,
  );
  const pointsBack = item.dangling && previousChosen && pointingBack.test(item.sentence.text);
  const continues = [...candidate.keyTerms].some((term) => state.developments.has(term));
  // A scene's characters (before an anecdotal lead's nut paragraph) are not developments.
  const introduction =
    chosen.length === 0 || item.scene
      ? 0
      : introductionValue(candidate, state.covered, state.keyTerms);
  return (
    compactness(item, chosen.length) *
      item.score *
      (item.dangling && !previousChosen ? danglingFactor : 1) -
    redundancyWeight * similarity +
    introductionWeight * introduction -
    (pointsBack ? pointingBackWeight : continues ? continuationWeight : 0)
  );
}

function compactness(item: ScoredSentence, chosenCount: number): number {
  if (chosenCount < compactFrom) return 1;
  const words = countWords(item.sentence.text);
  return Math.sqrt(Math.min(1, compactWords / words));
}

/** Names a bullet brings into the brief that the article writes about again after it. */
function broughtIn(
  bullet: Candidate,
  covered: ReadonlySet<string>,
  keyTerms: ArticleKeyTerms,
): string[] {
  return [...bullet.keyTerms].filter(
    (term) =>
      !covered.has(term) &&
      !/\p{N}/u.test(term) &&
      (keyTerms.mentions.get(term) ?? []).some((position) => position > bullet.position),
  );
}

/** Names new to the brief that the candidate gives first and the article writes about again. */
function introducedBy(
  candidate: Candidate,
  covered: ReadonlySet<string>,
  keyTerms: ArticleKeyTerms,
): string[] {
  return [...candidate.keyTerms].filter((term) => {
    const positions = keyTerms.mentions.get(term) ?? [];
    return (
      !covered.has(term) &&
      !/\p{N}/u.test(term) &&
      positions[0] === candidate.position &&
      positions.length > 1
    );
  });
}

/** 0–1: how much the article goes on about the most written-about name the candidate introduces. */
function introductionValue(
  candidate: Candidate,
  covered: ReadonlySet<string>,
  keyTerms: ArticleKeyTerms,
): number {
  let best = 0;
  for (const term of introducedBy(candidate, covered, keyTerms)) {
    const laterMentions = (keyTerms.mentions.get(term)?.length ?? 1) - 1;
    best = Math.max(best, Math.min(1, laterMentions / prominentMentions));
  }
  return best;
}
