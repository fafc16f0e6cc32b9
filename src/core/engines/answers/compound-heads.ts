import type { QuestionAnalysis } from './analyze-question.ts';
import { weakWordWeight } from './analyze-question.ts';
import { rootOf, rootsMatch } from './match-terms.ts';
import type { SentenceIndex } from './rank-sentences.ts';

/** A head shorter than this is too often the end of an unrelated word ("ate" in "create"). */
const minimumHead = 3;
/** The modifier before the head must be a word of its own ("hand" in "handgun"), not a prefix. */
const minimumModifier = 3;

/**
 * "What gun did he use?" in an article that says "a handgun": a closed compound names a kind of
 * its last word, so a question word the article never uses, itself or by a paraphrase, takes as
 * paraphrases the article's words that end in it after a word of their own ("handgun",
 * "firefighters", "earthquake"). Only for words the article lacks, so a word it does use is
 * never diluted by longer ones.
 */
export function withCompoundHeads(
  analysis: QuestionAnalysis,
  index: SentenceIndex,
): QuestionAnalysis {
  const articleWords = [...new Set(index.termsOf.flat())];
  const articleRoots = [...new Set(index.rootsOf.flat())];
  const paraphrases = new Map(analysis.paraphrases);
  let changed = false;
  for (const [term, weight] of analysis.terms) {
    const root = rootOf(term);
    const known = paraphrases.get(term) ?? [];
    // A generic verb ("get") is no kind of anything ("budget").
    if (term.length < minimumHead || weight <= weakWordWeight) continue;
    if (articleRoots.some((word) => rootsMatch(word, root) || known.includes(word))) continue;
    const compounds = articleWords.filter(
      (word) => word.length >= term.length + minimumModifier && word.endsWith(term),
    );
    if (compounds.length === 0) continue;
    paraphrases.set(term, [...known, ...new Set(compounds.map(rootOf))]);
    changed = true;
  }
  return changed ? { ...analysis, paraphrases } : analysis;
}
