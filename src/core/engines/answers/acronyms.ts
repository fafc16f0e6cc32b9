import type { Sentence } from '../../text/sentences.ts';
import { lightStem } from '../summary/term-vectors.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { rootOf, rootsMatch } from './match-terms.ts';
import type { SentenceIndex } from './rank-sentences.ts';

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Short words a name may hold that its initials skip ("Organization of the Petroleum …"). */
const connectors = new Set(['of', 'the', 'and', 'for', 'on', 'de']);
/** Shorthands of two to five letters ("ws", "PM", "jwst"), with a plural "s" ("EVs"). */
const shorthand = /^\p{L}{2,5}$/u;

/**
 * "has anyone hit a walk-off grand slam in the WS before", "what did the pm say", "how much did
 * jwst cost": readers shorten the names an article spells out ("World Series", "The Prime
 * Minister", "James Webb Space Telescope"). A question word the article never writes, whose
 * letters are the initials of a run of capitalised words the article does write, stands for
 * that name: the name's rarest word in the article becomes the word's paraphrase, and, if the
 * question treats the word as a name, the name's words join its name group, so the article is
 * not taken to be silent on it.
 */
export function withAcronyms(
  analysis: QuestionAnalysis,
  sentences: readonly Sentence[],
  index: SentenceIndex,
): QuestionAnalysis {
  const articleRoots = [...new Set(index.rootsOf.flat())];
  const expansions = new Map<string, string[]>();
  for (const term of analysis.terms.keys()) {
    if (!shorthand.test(term)) continue;
    const known = analysis.paraphrases.get(term) ?? [];
    const root = rootOf(term);
    if (articleRoots.some((word) => rootsMatch(word, root) || known.includes(word))) continue;
    const words = expansionOf(term, sentences);
    if (words.length > 0) expansions.set(term, words);
  }
  if (expansions.size === 0) return analysis;
  const paraphrases = new Map(analysis.paraphrases);
  // The name's rarest word stands for it: "European" alone is no "EU", "Union" here is.
  const sentencesWith = (word: string) =>
    index.rootsOf.filter((roots) => roots.some((root) => rootsMatch(root, rootOf(word)))).length;
  for (const [term, words] of expansions) {
    const rarest = words.reduce((best, word) =>
      sentencesWith(word) <= sentencesWith(best) ? word : best,
    );
    paraphrases.set(term, [...(paraphrases.get(term) ?? []), rootOf(rarest)]);
  }
  const widen = (group: string[]) => [
    ...group,
    ...group.flatMap((term) => expansions.get(term) ?? []),
  ];
  return {
    ...analysis,
    paraphrases,
    entities: analysis.entities.map(widen),
    speakers: analysis.speakers.map(widen),
  };
}

/**
 * The stemmed words of the first run of capitalised words whose initials spell the shorthand
 * ("ws" → "World Series"; "evs" → "Electric Vehicles"), or none.
 */
function expansionOf(term: string, sentences: readonly Sentence[]): string[] {
  const spellings = [term, ...(term.length > 2 && term.endsWith('s') ? [term.slice(0, -1)] : [])];
  for (const sentence of sentences) {
    const words = [...sentence.text.matchAll(wordPattern)].map((match) => match[0]);
    for (let start = 0; start < words.length; start += 1) {
      let initials = '';
      const named: string[] = [];
      for (let position = start; position < words.length; position += 1) {
        const word = words[position] ?? '';
        if (/^\p{Lu}\p{Ll}/u.test(word)) {
          initials += word[0]?.toLowerCase() ?? '';
          named.push(lightStem(word.toLowerCase()));
        } else if (!(named.length > 0 && connectors.has(word.toLowerCase()))) break;
        if (named.length >= 2 && spellings.includes(initials))
          return named.filter((word) => !connectors.has(word));
        if (initials.length >= term.length) break;
      }
    }
  }
  return [];
}
