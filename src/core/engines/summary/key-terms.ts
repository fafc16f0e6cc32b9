import { englishStopwords } from '../../text/stopwords.ts';
import { lightStem } from './term-vectors.ts';

/**
 * Words as written (case kept), as the tokenizer reads them: dotted acronyms ("U.S."), inner
 * apostrophes, digits with separators. Hyphens split words ("President-elect").
 */
const wordPattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019]\p{L}+|(?<=\p{N})[.,]\p{N}+)*/gu;
/** Opening marks after which a capital starts quoted speech, not a name ("“It’s …"). */
const speechOpening = /["\u201C\u2018:(]\s*$/u;
/**
 * Capitalised but naming no actor of the story: days and months say when, and titles before a
 * name ("President", "Gen.") would tie two different people together.
 */
export const notNames: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec president mr mrs ms dr prof sir dame gen sen rep gov lt col capt sgt'
  ).split(' '),
);

/** The names and numbers of every sentence of one article, and how widely each is written about. */
export interface ArticleKeyTerms {
  /** Per sentence, in the order given: its names and numbers as light stems ("russia", "28"). */
  bySentence: ReadonlySet<string>[];
  /**
   * Per sentence, its names as groups of adjacent words ("keith kellogg", "australian open"),
   * each number a group of its own: one group is one actor or one figure.
   */
  groupsBySentence: readonly (readonly string[])[][];
  /** Per key term, the positions (ascending) of the sentences that mention it. */
  mentions: ReadonlyMap<string, readonly number[]>;
}

/**
 * Key terms say who and what a sentence is about: names (capitalised words inside a sentence,
 * or opening it where the article also capitalises them inside one), all-caps acronyms and
 * numbers. Two sentences with the same key terms report on the same actors; a sentence with a
 * new one brings someone or something new into the brief.
 */
export function articleKeyTerms(sentences: readonly string[]): ArticleKeyTerms {
  const words = sentences.map((sentence) => classifyWords(sentence));
  const insideNames = new Set(
    words.flatMap((list) => list.filter((word) => word.kind === 'name').map((word) => word.term)),
  );
  const kept = words.map((list) =>
    list.filter((word) => word.kind !== 'opener' || insideNames.has(word.term)),
  );
  const bySentence = kept.map((list) => new Set(list.map((word) => word.term)));
  const groupsBySentence = kept.map((list) => groupWords(list));
  const mentions = new Map<string, number[]>();
  bySentence.forEach((terms, position) => {
    for (const term of terms) mentions.set(term, [...(mentions.get(term) ?? []), position]);
  });
  return { bySentence, groupsBySentence, mentions };
}

/**
 * The key terms of a headline, grouped as they stand next to each other: a headline is often
 * in Title Case, so its own capitals tell nothing, and the article's key terms say which of
 * its words are names.
 */
export function headlineGroups(title: string, articleTerms: ArticleKeyTerms): string[][] {
  const words: KeyWord[] = [];
  let position = 0;
  for (const match of title.matchAll(wordPattern)) {
    const term = lightStem(match[0].toLowerCase().replace(/\u2019/g, "'"));
    if (articleTerms.mentions.has(term)) words.push({ term, kind: 'name', position, joined: true });
    position += 1;
  }
  return groupWords(words);
}

/** Adjacent names form one group; a number is a group of its own. */
function groupWords(words: readonly KeyWord[]): string[][] {
  const groups: string[][] = [];
  let previous: KeyWord | undefined;
  for (const word of words) {
    const last = groups.at(-1);
    const adjacent =
      previous !== undefined && word.position === previous.position + 1 && word.joined;
    if (last !== undefined && adjacent && word.kind !== 'number' && previous?.kind !== 'number')
      last.push(word.term);
    else groups.push([word.term]);
    previous = word;
  }
  return groups;
}

interface KeyWord {
  term: string;
  /** Token position in its text. */
  position: number;
  /** Only spaces stand between it and the token before it. */
  joined: boolean;
  /** "opener": capitalised only because it opens the sentence or a quotation, maybe a name. */
  kind: 'name' | 'number' | 'opener';
}

function classifyWords(sentence: string): KeyWord[] {
  const found: KeyWord[] = [];
  let position = 0;
  let previousEnd = 0;
  for (const match of sentence.matchAll(wordPattern)) {
    const word = match[0];
    const opensSpeech = position === 0 || speechOpening.test(sentence.slice(0, match.index));
    const joined = /^\s+$/.test(sentence.slice(previousEnd, match.index));
    previousEnd = match.index + word.length;
    position += 1;
    const term = lightStem(word.toLowerCase().replace(/\u2019/g, "'"));
    if (englishStopwords.has(term) || notNames.has(term.replace(/\.$/, ''))) continue;
    const base = { term, position: position - 1, joined };
    if (/\p{N}/u.test(word)) found.push({ ...base, kind: 'number' });
    else if (/^\p{Lu}[\p{Lu}.]+$/u.test(word)) found.push({ ...base, kind: 'name' });
    else if (/^\p{Lu}/u.test(word)) found.push({ ...base, kind: opensSpeech ? 'opener' : 'name' });
  }
  return found;
}
