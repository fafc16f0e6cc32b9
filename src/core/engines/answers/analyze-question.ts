import type { ThreadTurn } from '../../model/answer.ts';
import { englishStopwords } from '../../text/stopwords.ts';
import { contentTerms, lightStem } from '../summary/term-vectors.ts';
import type { AnswerShape } from './answer-shapes.ts';
import { shapeOfQuestion } from './answer-shapes.ts';
import { paraphrasesOf, rootOf } from './match-terms.ts';
import { entityGroups, framingWords, namesInAnswer } from './question-entities.ts';

export interface QuestionAnalysis {
  /** Stemmed content terms and their weight: 1 for the question, less for an earlier one. */
  terms: Map<string, number>;
  /** Terms of this question only; answerability is judged on them when there are any. */
  ownTerms: string[];
  /**
   * Own terms the article must contain (itself or a paraphrase) for the question to be
   * answerable: not the words that only name the answer's shape, not generic verbs.
   */
  keyTerms: string[];
  /** Roots a news report may use for each term ("hackers" → "attacker"). */
  paraphrases: Map<string, string[]>;
  /** The shape of the fact asked for: a count, money, a date, a tally like 68-31 … */
  shape?: AnswerShape;
  /** "Did the council approve it?": the sentence that confirms or denies it answers. */
  asksYesNo: boolean;
  /**
   * Names and numbers the question mentions, each a group of stems any of which stands for
   * it (["keith", "kellogg"], ["2024"]). Every group must be in the article.
   */
  entities: string[][];
  /** Names that may be the speaker: the question's, plus the previous question's in a follow-up ("what did he write?"). */
  speakers: string[][];
  /** "What did X say …", "who said …": quotations and attributed sentences answer it. */
  asksForSpeech: boolean;
  /** "Who is X?", "What is the Y?": the sentence that introduces X answers it. */
  asksForDefinition: boolean;
  /** "What is this about?": no topic of its own, answered by the article's lead. */
  asksForGist: boolean;
  /** Surnames the article gives the question's roles ("judge" → "ellison"); see withRoleNames. */
  roleSurnames?: string[];
  /** In a follow-up, the bot's previous answer: words borrowed from it prove little in its own sentences. */
  previousAnswer?: string;
}

const speechPattern =
  /\b(?:say|says|said|saying|tell|told|mention(?:s|ed)?|wr[io]te|writes|comment(?:s|ed)?|claim(?:s|ed)?|react(?:s|ed)?|respond(?:s|ed)?|quoted?|stated|think|thinks|thought|views?|opinion)\b/i;
const definitionPattern = /^\s*(?:who|what)(?:\s+(?:is|are|was|were)\b|['’]s\b)/i;
const gistPattern =
  /\bwhat(?:['’]s|\s+is|\s+was)\s+(?:this|it|the)(?:\s+(?:article|story|piece|news|report))?\s+(?:all\s+)?about\b|summar|main points?|\bgist\b|key points?|tl;?dr/i;
const referringPattern = /\b(?:he|she|they|him|her|them|his|their|it|its|that|this|those|these)\b/i;

/** Share of the earlier question's weight in a follow-up ("and what did he say about it?"). */
const followUpWeight = 0.4;
/** Weight of a generic verb ("get", "happen"): it ranks a little, it never decides. */
export const weakWordWeight = 0.3;
/** "Did …", "Is …", "Has anyone …": a question answered by yes or no. */
const yesNoPattern =
  /^\s*(?:and\s+)?(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b/i;
/** Shapes that are figures; a yes/no question about one asks whether, not how much. */
const factualShapeNames = new Set(['count', 'money', 'amount', 'percent', 'tally', 'duration']);
/** "How long could he get / serve / is he facing": the length of a sentence. */
const servingPattern =
  /\b(?:get|gets|got|getting|serve|serves|served|serving|face|faces|facing)\b/i;
const prisonTerm = 'sentence';
const prisonWords = 'sentenced prison jail jailed imprisonment'
  .split(' ')
  .map((word) => rootOf(lightStem(word)));
/** "and the battalion chief?", "what about Kestan?": elliptical, the previous question's frame. */
const ellipticalPattern = /^\s*(?:and|what about|how about)\b/i;
/**
 * Generic verbs and adverbs of chat questions ("how did they get in", "who ended up"): they
 * rank sentences but their absence does not mean the article is silent on the question.
 */
const weakWords = new Set(
  (
    'get gets got getting gotten go goes went gone going end ended come came make made take took ' +
    'happen react reacted respond responded do done new now still currently right next last ' +
    'first latest recent recently exactly actually total overall people thing want wanted like ' +
    'look looking work working way much many really so well anyone anybody someone somebody ' +
    'everyone everybody anything affect affected involve involved set taking going gone back ' +
    'even ok okay big bigger biggest small smaller large see seen coming try tried trying ' +
    'use using used far soon good bad wrong sure whole making one else somewhere anywhere ' +
    // Opinion verbs and degree words of chat ("when does the CEO think", "how badly"): the
    // article reports what was said, and "badly" is the size of a fact, not its topic.
    'think thinks believe instead matter badly ask asking ' +
    // Chat fillers and idioms ("last time", "in the first place", "Russia's side", "taking so
    // long", "where is he living now"): a reader's framing, which the article words its own way.
    'time place side part group keep give gave given less long live living lives create ' +
    'yes elsewhere ' +
    // "who helped negotiate", "how much does it help": a chat verb for any part in a result.
    'help helps helped helping ' +
    // Negations: the article says "do not", and "not" is no topic word.
    "don't doesn't didn't isn't aren't wasn't weren't won't can't haven't hasn't"
  )
    .split(' ')
    .map(lightStem),
);

/**
 * Reads a reader's question: its content terms (stemmed like the summary engine's), the names
 * and numbers it depends on, the shape of the answer it wants and which terms the article must
 * contain. A follow-up with a pronoun or no topic of its own borrows the terms of the reader's
 * previous question at a lower weight; an elliptical one ("and the chief?") also its frame.
 */
export function analyzeQuestion(asked: string, history: readonly ThreadTurn[]): QuestionAnalysis {
  // "whos the suspect", "how many ppl": read as spelled out, so "who" still asks for a person.
  const question = spelledOut(asked);
  const previous = [...history].reverse().find((turn) => turn.role === 'user');
  const elliptical =
    previous !== undefined &&
    ellipticalPattern.test(question) &&
    !/\b(?:who|what|when|where|why|how)\b/i.test(question.replace(ellipticalPattern, ''));
  const frame = elliptical && previous !== undefined ? `${previous.text} ${question}` : question;
  const { shape: askedShape, shapeWords } = shapeOfQuestion(frame);
  // "Do owners have to pay for the fix?" asks whether, not how much: a yes/no question wants
  // the sentence that settles it, with or without a figure.
  const shape =
    askedShape !== undefined &&
    yesNoPattern.test(question) &&
    factualShapeNames.has(askedShape) &&
    !/\bhow\b/i.test(question)
      ? undefined
      : askedShape;
  // "Does she have to pay it back?" asks whether: "pay" is its topic, not a shape's name.
  const shapeTerms = new Set(shape === undefined ? [] : shapeWords.map(lightStem));
  const ownTerms = topicTerms(question);
  // Words that only name the shape ("count", "old") are left out: the article says "passed
  // 68-31", not "the vote count was", and "cost" would pull in every sentence about costs.
  const topical = ownTerms.filter((term) => !shapeTerms.has(term));
  const terms = new Map<string, number>(
    topical.map((term) => [term, weakWords.has(term) ? weakWordWeight : 1]),
  );
  const asksForGist = ownTerms.length === 0 && gistPattern.test(question);
  const isFollowUp =
    !asksForGist &&
    (elliptical ||
      topical.length === 0 ||
      (referringPattern.test(question) && topical.length <= 2));
  const entities = entityGroups(question);
  const lastTurn = history.at(-1);
  const speakers = [...entities];
  if (previous !== undefined && isFollowUp) {
    for (const term of topicTerms(previous.text))
      if (!terms.has(term) && !shapeTerms.has(term)) terms.set(term, followUpWeight);
    speakers.push(...entityGroups(previous.text));
    // "What happened to him?": "him" is someone the bot's last answer named ("… to Kelvin
    // Kiptum"), so those names join the question, as weakly as the earlier question's words.
    if (lastTurn?.role === 'assistant' && referringPattern.test(question))
      for (const group of namesInAnswer(lastTurn.text)) {
        speakers.push(group);
        for (const term of group) if (!terms.has(term)) terms.set(term, followUpWeight);
      }
  }
  // "How long could he get?", "how long will she serve?": in a news report, a prison term.
  // Weak, so an article without one ("how long did it take to get there?") loses nothing.
  if (shape === 'duration' && servingPattern.test(question) && !terms.has(prisonTerm))
    terms.set(prisonTerm, weakWordWeight);
  const paraphrases = new Map([...terms.keys()].map((term) => [term, paraphrasesOf(term)]));
  // Only this term: "which prison is she in?" must not meet "jailed" (that is no prison's name).
  if (terms.get(prisonTerm) === weakWordWeight && !ownTerms.includes(prisonTerm))
    paraphrases.set(prisonTerm, prisonWords);
  return {
    terms,
    ownTerms,
    keyTerms: topical.filter((term) => !weakWords.has(term)),
    paraphrases,
    ...(shape === undefined ? {} : { shape }),
    asksYesNo: yesNoPattern.test(question),
    entities,
    speakers,
    asksForSpeech: speechPattern.test(frame),
    asksForDefinition: definitionPattern.test(question) && ownTerms.length <= 3,
    asksForGist,
    ...(isFollowUp && lastTurn?.role === 'assistant' ? { previousAnswer: lastTurn.text } : {}),
  };
}

/**
 * Chat shorthands and the word a news report writes instead ("how many ppl lost power", "the
 * student rep"): a spelling of the question, not a paraphrase of the article's fact.
 */
const chatShorthands = new Map<string, string>(
  (
    'ppl:people govt:government gov:governor rep:representative reps:representatives ' +
    'ed:education info:information mgr:manager dept:department approx:approximately ' +
    'yr:year yrs:years mins:minutes hrs:hours wat:what wut:what abt:about bc:because ' +
    'q1:first-quarter q2:second-quarter q3:third-quarter q4:fourth-quarter ' +
    'vax:vaccination vaxxed:vaccinated semis:semi-finals prez:president uni:university ' +
    'meds:medication temps:temperatures ' +
    // Contractions typed without their apostrophe.
    "whos:who's hows:how's whys:why whens:when's wheres:where's whats:what's dont:don't " +
    "doesnt:doesn't didnt:didn't isnt:isn't arent:aren't wasnt:wasn't werent:weren't " +
    "wont:won't cant:can't havent:haven't hasnt:hasn't im:I'm ive:I've"
  )
    .split(' ')
    .map((pair) => {
      const [short = '', long = ''] = pair.split(':');
      return [short, long] as const;
    }),
);

/** The question with its chat shorthands spelled out ("ppl" → "people", "whos" → "who's"). */
function spelledOut(text: string): string {
  return text.replace(
    /[\p{L}][\p{L}\p{N}]*(?:['’]\p{L}+)?/gu,
    (word) => chatShorthands.get(word.toLowerCase()) ?? word,
  );
}

function topicTerms(text: string): string[] {
  const stemmedFraming = new Set([...framingWords].map(lightStem));
  // "what's", "who's": the contraction's stem is a question word, not a topic.
  return [...new Set(contentTerms(spelledOut(text)))].filter(
    (term) => !stemmedFraming.has(term) && !englishStopwords.has(term),
  );
}
