import { splitSentences } from '../../text/sentences.ts';
import { englishStopwords } from '../../text/stopwords.ts';
import { lightStem } from '../summary/term-vectors.ts';

/** Words that frame a question about an article but say nothing about its topic. */
export const framingWords = new Set(
  (
    'article story piece text news say says said saying tell tells told mention mentions mentioned ' +
    'write writes wrote written comment comments commented know happen happens happened ' +
    'happening mean means please anything something thing things exactly really specifically ' +
    'explain describe detail details many give summary summarize summarise main point points ' +
    'key gist tldr'
  ).split(' '),
);

const wordPattern = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
/** The offline engine's own refusal: it names the article's topic, not anyone the reader meant. */
/** Capitalised but no one's name: days and months (as light stems). */
const calendarWords =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;
const notCoveredOpener = /^The article doesn[’']t say/u;

/**
 * Names and numbers: capitalised words that do not open the question, all-caps acronyms and
 * numbers. Adjacent capitalised words form one name ("Keith Kellogg"), since an article names
 * a person in full once and by surname after. A question typed in Title Case has no usable
 * capitals, so only its acronyms and numbers count there.
 */
export function entityGroups(question: string): string[][] {
  const words = [...question.matchAll(wordPattern)];
  // Title Case gives itself away by capitalised function words ("What Is The Oreshnik").
  const titleCase = words.some(
    (match, position) =>
      position > 0 &&
      /^\p{Lu}\p{Ll}/u.test(match[0]) &&
      englishStopwords.has(match[0].toLowerCase()) &&
      // "in May": a month that is also a stopword is capitalised in any case.
      !calendarWords.test(match[0].toLowerCase()),
  );
  const groups: string[][] = [];
  let previousEnd = -1;
  words.forEach((match, position) => {
    const word = match[0];
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (englishStopwords.has(lower) || framingWords.has(lower)) return;
    const isNumber = /\p{N}/u.test(word);
    const isAcronym = /^\p{Lu}{2,}$/u.test(word.replace(/\./g, ''));
    const isName = /^\p{Lu}/u.test(word) && position > 0 && !titleCase;
    if (!isNumber && !isAcronym && !isName) return;
    // "A&E" splits into "A" and "E": a lone letter names nothing the article must contain.
    if (!isNumber && word.length === 1) return;
    const stem = lightStem(lower);
    const last = groups.at(-1);
    const adjacent = /^\s+$/.test(question.slice(previousEnd, match.index));
    if (isName && !isNumber && last !== undefined && adjacent) last.push(stem);
    else groups.push([stem]);
    previousEnd = match.index + word.length;
  });
  return groups;
}

/**
 * The names in one of the bot's earlier answers (each sentence read on its own, so a capital
 * after a full stop is not a name), without numbers: who a follow-up's "he" or "she" may be.
 */
export function namesInAnswer(answer: string): string[][] {
  if (notCoveredOpener.test(answer)) return [];
  return splitSentences(answer)
    .flatMap((sentence) => entityGroups(sentence.text))
    .filter((group) => group.every((term) => !/\p{N}/u.test(term) && !calendarWords.test(term)));
}
