import type { ThreadTurn } from '../../model/answer.ts';
import { englishStopwords } from '../../text/stopwords.ts';
import { contentTerms, lightStem } from '../summary/term-vectors.ts';

/** What kind of fact a question asks for; it decides which sentences get a small boost. */
export type QuestionKind = 'who' | 'when' | 'where' | 'why' | 'quantity' | 'how' | 'what' | 'other';

export interface QuestionAnalysis {
  /** Stemmed content terms and their weight: 1 for the question, less for an earlier one. */
  terms: Map<string, number>;
  /** Terms of this question only; answerability is judged on them when there are any. */
  ownTerms: string[];
  /**
   * Names and numbers the question mentions, each a group of stems any of which stands for
   * it (["keith", "kellogg"], ["2024"]). Every group must be in the article.
   */
  entities: string[][];
  /** Names that may be the speaker: the question's, plus the previous question's in a follow-up ("what did he write?"). */
  speakers: string[][];
  kind: QuestionKind;
  /** "What did X say …", "who said …": quotations and attributed sentences answer it. */
  asksForSpeech: boolean;
  /** "Who is X?", "What is the Y?": the sentence that introduces X answers it. */
  asksForDefinition: boolean;
  /** "What is this about?": no topic of its own, answered by the article's lead. */
  asksForGist: boolean;
}

/** Words that frame a question about an article but say nothing about its topic. */
const framingWords = new Set(
  (
    'article story piece text news say says said saying tell tells told mention mentions mentioned ' +
    'write writes wrote written comment comments commented know happen happens happened ' +
    'happening mean means please anything something thing things exactly really specifically ' +
    'explain describe detail details many give summary summarize summarise main point points ' +
    'key gist tldr'
  ).split(' '),
);
const speechPattern =
  /\b(?:say|says|said|saying|tell|told|mention(?:s|ed)?|wr[io]te|writes|comment(?:s|ed)?|claim(?:s|ed)?|react(?:s|ed)?|respond(?:s|ed)?|quoted?|stated?|think|thinks|thought|views?|opinion)\b/i;
const definitionPattern = /^\s*(?:who|what)(?:\s+(?:is|are|was|were)\b|['’]s\b)/i;
const gistPattern =
  /\bwhat(?:['’]s|\s+is|\s+was)\s+(?:this|it|the)(?:\s+(?:article|story|piece|news|report))?\s+(?:all\s+)?about\b|summar|main points?|\bgist\b|key points?|tl;?dr/i;
const referringPattern = /\b(?:he|she|they|him|her|them|his|their|it|its|that|this|those|these)\b/i;
const wordPattern = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Share of the earlier question's weight in a follow-up ("and what did he say about it?"). */
const followUpWeight = 0.4;

/**
 * Reads a reader's question: its content terms (stemmed like the summary engine's), the names
 * and numbers it depends on, and what kind of answer it wants. A follow-up with a pronoun or
 * no topic of its own borrows the terms of the reader's previous question at a lower weight.
 */
export function analyzeQuestion(
  question: string,
  history: readonly ThreadTurn[],
): QuestionAnalysis {
  const ownTerms = topicTerms(question);
  const terms = new Map<string, number>(ownTerms.map((term) => [term, 1]));
  const previous = [...history].reverse().find((turn) => turn.role === 'user');
  const asksForGist = ownTerms.length === 0 && gistPattern.test(question);
  const isFollowUp =
    !asksForGist &&
    (ownTerms.length === 0 || (referringPattern.test(question) && ownTerms.length <= 2));
  const entities = entityGroups(question);
  const speakers = [...entities];
  if (previous !== undefined && isFollowUp) {
    for (const term of topicTerms(previous.text))
      if (!terms.has(term)) terms.set(term, followUpWeight);
    speakers.push(...entityGroups(previous.text));
  }
  return {
    terms,
    ownTerms,
    entities,
    speakers,
    kind: questionKind(question),
    asksForSpeech: speechPattern.test(question),
    asksForDefinition: definitionPattern.test(question) && ownTerms.length <= 3,
    asksForGist,
  };
}

function topicTerms(text: string): string[] {
  const stemmedFraming = new Set([...framingWords].map(lightStem));
  return [...new Set(contentTerms(text))].filter((term) => !stemmedFraming.has(term));
}

/**
 * Names and numbers: capitalised words that do not open the question, all-caps acronyms and
 * numbers. Adjacent capitalised words form one name ("Keith Kellogg"), since an article names
 * a person in full once and by surname after. A question typed in Title Case has no usable
 * capitals, so only its acronyms and numbers count there.
 */
function entityGroups(question: string): string[][] {
  const words = [...question.matchAll(wordPattern)];
  // Title Case gives itself away by capitalised function words ("What Is The Oreshnik").
  const titleCase = words.some(
    (match, position) =>
      position > 0 &&
      /^\p{Lu}\p{Ll}/u.test(match[0]) &&
      englishStopwords.has(match[0].toLowerCase()),
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
    const stem = lightStem(lower);
    const last = groups.at(-1);
    const adjacent = /^\s+$/.test(question.slice(previousEnd, match.index));
    if (isName && !isNumber && last !== undefined && adjacent) last.push(stem);
    else groups.push([stem]);
    previousEnd = match.index + word.length;
  });
  return groups;
}

function questionKind(question: string): QuestionKind {
  const lower = question.toLowerCase();
  if (/\bhow\s+(?:many|much|long|old|far|big|large|often|high|low)\b/.test(lower))
    return 'quantity';
  // "What is the new interest rate?", "What was the vote count?": the answer is a number.
  if (
    /\bwhat\b.*\b(?:rate|price|cost|number|percentage|share|amount|total|count|score|age|size|figure|toll)\b/.test(
      lower,
    )
  )
    return 'quantity';
  if (/\bwhen\b|\bwhat\s+(?:time|date|day|year|month)\b|\bwhich\s+(?:day|year|month)\b/.test(lower))
    return 'when';
  if (/\bwho(?:m|se)?\b/.test(lower)) return 'who';
  if (/\bwhere\b/.test(lower)) return 'where';
  if (/\bwhy\b/.test(lower)) return 'why';
  if (/\bhow\b/.test(lower)) return 'how';
  if (/\bwhat\b|\bwhich\b/.test(lower)) return 'what';
  return 'other';
}
