import { englishStopwords } from '../../text/stopwords.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { framingWords } from './question-entities.ts';
import { rootOf, rootsMatch } from './match-terms.ts';
import type { SentenceIndex } from './rank-sentences.ts';

/** Shorter words are too easily one letter from another word ("fined" is not "find"). */
const minimumLength = 5;
/** Words that carry no topic: function words, and the verbs that frame a question ("happened"). */
const longStopwords = [...englishStopwords, ...framingWords].filter(
  (word) => word.length >= minimumLength,
);

/**
 * "where was it publsihed?": chat questions are typed fast, and a misspelt word the article
 * never uses would look like a topic the article is silent on. A question term that matches
 * no word of the article, itself or by a paraphrase, takes as paraphrases the article's words
 * one edit away (a letter added, dropped, changed, or two swapped), when both are long enough
 * for one slip not to make another word. One a slip away from a function word ("abuot") is
 * dropped.
 */
export function withSpellingVariants(
  analysis: QuestionAnalysis,
  index: SentenceIndex,
): QuestionAnalysis {
  const articleRoots = [...new Set(index.rootsOf.flat())].filter(
    (root) => root.length >= minimumLength,
  );
  // A slip may hide the ending the root would cut ("amendmnet" is one swap from "amendment",
  // not from its root "amend"), so the article's whole words are compared too.
  const articleWords = [...new Set(index.termsOf.flat())].filter(
    (word) => word.length >= minimumLength,
  );
  const paraphrases = new Map(analysis.paraphrases);
  const terms = new Map(analysis.terms);
  let changed = false;
  for (const term of analysis.terms.keys()) {
    const root = rootOf(term);
    const known = paraphrases.get(term) ?? [];
    if (root.length < minimumLength) continue;
    if (articleRoots.some((word) => rootsMatch(word, root) || known.includes(word))) continue;
    // "what did putin say abuot trump": a misspelt function word is no topic at all, nor is
    // a misspelt framing verb ("what happend to the hospital").
    if (longStopwords.some((word) => oneEditApart(word, term))) {
      terms.delete(term);
      changed = true;
      continue;
    }
    const variants = [
      ...new Set([
        ...articleRoots.filter((word) => oneEditApart(word, root)),
        ...articleWords.filter((word) => oneEditApart(word, term)).map(rootOf),
      ]),
    ];
    if (variants.length === 0) continue;
    paraphrases.set(term, [...known, ...variants]);
    changed = true;
  }
  if (!changed) return analysis;
  return {
    ...analysis,
    terms,
    paraphrases,
    ownTerms: analysis.ownTerms.filter((term) => terms.has(term)),
    keyTerms: analysis.keyTerms.filter((term) => terms.has(term)),
  };
}

/** True when one insertion, deletion, substitution or swap of neighbours turns one into the other. */
export function oneEditApart(left: string, right: string): boolean {
  if (left === right || Math.abs(left.length - right.length) > 1) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start += 1;
  const leftRest = left.slice(start);
  const rightRest = right.slice(start);
  if (left.length === right.length) {
    if (leftRest.slice(1) === rightRest.slice(1)) return true;
    return (
      leftRest[0] === rightRest[1] &&
      leftRest[1] === rightRest[0] &&
      leftRest.slice(2) === rightRest.slice(2)
    );
  }
  return left.length > right.length
    ? leftRest.slice(1) === rightRest
    : rightRest.slice(1) === leftRest;
}
