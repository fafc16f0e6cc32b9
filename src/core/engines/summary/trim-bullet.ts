import type { Sentence } from '../../text/sentences.ts';

/** A contiguous part of a sentence kept as a bullet: `text === source.slice(start, end)`. */
export interface BulletSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Wire and broadcast datelines: "WASHINGTON (CNN) -- ", "(CNN)The", "LONDON, England (CNN) --
 * ", "Columbus, Ohio (CNN) -- ". A place of up to a few words and an agency in parentheses,
 * then a dash or (as in "(CNN)The") nothing at all.
 */
const agencies =
  'CNN|AP|AFP|Reuters|UPI|dpa|Xinhua|Bloomberg|EFE|ANSA|PA|[\\p{Lu}][\\p{L} .]{1,24}(?:News|Wire|Press)';
const agencyDateline = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'\u2019-]*(?:[ ,]+[\\p{L}\\p{N}.'\u2019-]+){0,4}\\s*)?\\((?:${agencies})\\)\\s*(?:(?:--|-|\u2013|\u2014)\\s*)?`,
  'u',
);
/**
 * "By Brendan O'Neill CINCINNATI, Oct 3 (Reuters) - ": when a text has no line breaks, a
 * byline and a dated place run into the lead; an agency followed by a dash marks their end.
 */
const runInDateline = new RegExp(
  `^[^()\\n]{0,80}?\\((?:${agencies})\\)\\s*(?:--|-|\u2013|\u2014)\\s+`,
  'u',
);
/** "SAN FRANCISCO -- ", "PORT HALVERN — ", "KYIV, Ukraine — ": a capitalised place, then a dash. */
const placeDateline =
  /^\p{Lu}[\p{Lu}.'\u2019-]+(?: \p{Lu}[\p{Lu}.'\u2019-]+){0,3}(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?\s*(?:--|\u2013|\u2014)\s+/u;
/**
 * Page furniture that runs into the first sentence when a text has no line breaks: "Live
 * Updates", "Story highlights", a byline before a time stamp or a dateline, "Published: 19:27
 * GMT, 14 December 2024 | Updated: …", a video player's "0:00", an audio player's "Listen to
 * this article · 5 min".
 */
const furniture: readonly RegExp[] = [
  /^(?:live updates|story highlights|breaking news)\s+/iu,
  /^by\s+[^.!?|]{1,80}?\s+(?=(?:published|updated|posted|last updated)\b)/iu,
  /^(?:published|updated|posted|last updated)(?:\s+(?:at|on))?\s*:?\s*\.?\s*[^|]{0,60}?\b(?:19|20)\d{2}\b\s*(?:\.\s*)?(?:\|\s*)?/iu,
  /^\d{1,2}:\d{2}\s+/u,
  /^listen to this (?:article|story)(?:\s*[\u00B7|\u2022-]\s*\d+\s*min(?:utes?)?)?\s+/iu,
  // "By Jenna Kowalski Staff writer MAPLE FALLS — The council …", "Analysis by Rachel Stern,
  // Senior Economics Writer WASHINGTON — …": a byline and its credit line, then a dateline.
  // Case-sensitive, so the dateline's capitals are capitals.
  /^(?:(?:[Aa]nalysis|[Cc]ommentary|[Oo]pinion|[Rr]eview)\s+)?(?:[Bb]y|BY)\s+[^.!?\n]{1,80}?\s+(?=\p{Lu}[\p{Lu}.'\u2019-]+(?: \p{Lu}[\p{Lu}.'\u2019-]+){0,3}(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?\s*(?:--|\u2013|\u2014)\s)/u,
];
const leadIns: readonly RegExp[] = [...furniture, runInDateline, agencyDateline, placeDateline];
/**
 * A closing attribution that carries no fact of its own: ", officials said.", ", the GBI said
 * Thursday.", ", according to police.", ", a court heard.". A "said" clause has at most six
 * words; an "according to" one may name its source at length ("according to a statement
 * issued after a video meeting of ministers from …") but holds no comma or quotation. One
 * that names a study, a survey or a journal is kept (see `evidenceSource`).
 */
const trailingAttribution =
  /,\s+(?:(?:according to|a (?:court|jury|hearing|tribunal|inquest) (?:was told|heard))\s+[^,;:"\u201C\u201D]{0,160}?|(?:[^\s,;:"\u201C\u201D]+\s+){1,5}?(?:said|says|told reporters|reported|added|confirmed|found|announced)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|in a statement|on Twitter|on X))?)\s*\.$/u;
/**
 * A closing ", which …" clause that runs to the end of the sentence ("…, which covers about
 * half of rural births."): an aside on the last thing named, not the news. Without commas
 * in it, so a "which" clause set off in mid-sentence is never taken for one.
 */
const closingRelativeClause = /,\s+which\s[^,;:"\u201C\u201D]*$/u;
/** Sentences longer than this lose a closing "which" clause; shorter ones read fine whole. */
const longSentence = 25;
/** What is left of a sentence after its closing clause is cut: a statement of its own. */
const minimumKeptWords = 15;
/** "according to a new study / survey / report" names the evidence, a fact worth keeping. */
const evidenceSource =
  /\b(?:study|studies|survey|poll|analysis|report|research|data|figures|estimates?|census|records)\b/iu;
const wordsAfter = (text: string): number => text.trim().split(/\s+/).length;

/**
 * The part of a sentence worth showing as a summary bullet: without a leading dateline and
 * without a closing attribution that holds no fact. What is kept is still a contiguous span of
 * the sentence, so the bullet stays grounded in the article (its offsets are exact).
 * `keepAttribution` strips only what comes before the sentence (for ranking: "Seatwise said"
 * still tells what the sentence is about).
 */
export function trimBullet(
  sentence: Pick<Sentence, 'text' | 'start'>,
  options: { keepAttribution?: boolean } = {},
): BulletSpan {
  let from = 0;
  let to = sentence.text.length;
  // Strip lead-ins one after another ("Updated … 2024 0:00 MEXICO CITY (CNN) -- A powerful …"),
  // but only while a real sentence follows: never "(CNN)" alone.
  for (let stripped = true; stripped;) {
    stripped = false;
    const rest = sentence.text.slice(from);
    for (const pattern of leadIns) {
      const match = pattern.exec(rest);
      if (match === null || match[0] === '') continue;
      if (wordsAfter(rest.slice(match[0].length)) < 6) continue;
      from += match[0].length;
      stripped = true;
      break;
    }
  }
  const attribution = trailingAttribution.exec(sentence.text);
  if (
    options.keepAttribution !== true &&
    attribution !== null &&
    !evidenceSource.test(attribution[0]) &&
    attribution.index > from &&
    wordsAfter(sentence.text.slice(from, attribution.index)) >= 8 &&
    !/\b(?:who|which|that)\s*$/u.test(sentence.text.slice(from, attribution.index))
  ) {
    to = attribution.index;
  }
  const relative = closingRelativeClause.exec(sentence.text.slice(from, to));
  if (
    options.keepAttribution !== true &&
    relative !== null &&
    wordsAfter(sentence.text.slice(from, to)) > longSentence &&
    wordsAfter(sentence.text.slice(from, from + relative.index)) >= minimumKeptWords
  ) {
    to = from + relative.index;
  }
  const text = sentence.text.slice(from, to);
  return { text, start: sentence.start + from, end: sentence.start + to };
}
