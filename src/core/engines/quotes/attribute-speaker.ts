import { nameRunSource, stripName } from './person-names.ts';
import { abbreviations, invertibleVerbs, speechVerbs } from './speaker-words.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';

/** Who the words around a quote say spoke it, before names and pronouns are resolved. */
export interface Attribution {
  subject: string;
  subjectKind: 'name' | 'pronoun' | 'role';
  /** Where the subject stands in the text (for resolving pronouns to earlier mentions). */
  index: number;
  /** 'sentence': the quote's own sentence; 'nearby': the sentence before (colon) or after. */
  reach: 'sentence' | 'nearby';
}

const verbPattern = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...new Set(speechVerbs)].map((verb) => verb.replace(' ', String.raw`\s+`)).join('|')})(?![\p{L}])`,
  'giu',
);
/** "the German", "the Frenchman", "the Brazilian": a nationality standing for a person. */
export const demonym = String.raw`\p{Lu}\p{Ll}+(?:an|ese|ish|man|woman|ard|ton|i|ch)(?![\p{L}])`;
const pronoun = String.raw`[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I`;
const role = String.raw`(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,5}(?![\p{L}])|\d+-year-old|${demonym})`;
const subject = String.raw`(?<pronoun>${pronoun})(?![\p{L}])|(?<name>${nameRunSource})|(?<role>${role})`;
const adverbs = String.raw`(?:(?:\p{Ll}+ly|also|later|then|has|had|have|would|will|once|again|further|previously|recently|had|on\s+\p{Lu}\p{Ll}+day)\s+){0,2}`;

const subjectBeforeVerb = new RegExp(String.raw`(?:^|[^\p{L}’'])(?:${subject})\s+${adverbs}$`, 'u');
const appositiveBeforeVerb = new RegExp(
  String.raw`(?<name>${nameRunSource}),[^,“”"]{1,100},\s+${adverbs}$`,
  'u',
);
const subjectAfterVerb = new RegExp(String.raw`^\s+(?:${subject})(?![\p{L}])`, 'u');
const accordingTo = new RegExp(String.raw`according\s+to\s+(?:${subject})`, 'u');
const nameColon = new RegExp(String.raw`(?<name>${nameRunSource}):\s*$`, 'u');

interface SubjectMatch {
  groups?: { name?: string; pronoun?: string; role?: string };
  index: number;
  0: string;
}

function toAttribution(
  match: SubjectMatch,
  windowStart: number,
  reach: Attribution['reach'],
): Attribution | undefined {
  const groups = match.groups ?? {};
  const offset = windowStart + match.index + match[0].search(/\S/u);
  if (groups.name !== undefined) {
    const stripped = stripName(groups.name, offset);
    if (!stripped) return undefined;
    return { subject: stripped.name, subjectKind: 'name', index: stripped.start, reach };
  }
  if (groups.pronoun !== undefined)
    return { subject: groups.pronoun.toLowerCase(), subjectKind: 'pronoun', index: offset, reach };
  if (groups.role !== undefined)
    return { subject: groups.role, subjectKind: 'role', index: offset, reach };
  return undefined;
}

/** Finds "X said" / "said X" / "X, the coach, said" / "according to X" in one window. */
function attributionIn(
  text: string,
  from: number,
  to: number,
  reach: Attribution['reach'],
  anchoredAfter: boolean,
): Attribution | undefined {
  const window = text.slice(from, to);
  const according = accordingTo.exec(window);
  const verbs = [...window.matchAll(verbPattern)];
  // After a quote the nearest verb counts; before a quote, the one closest to the quote.
  if (!anchoredAfter) verbs.reverse();
  for (const verb of verbs) {
    const head = window.slice(0, verb.index);
    if (anchoredAfter && head.split(/\s+/u).length > 9) break;
    const before = subjectBeforeVerb.exec(head) ?? appositiveBeforeVerb.exec(head);
    const leadIsClean =
      !anchoredAfter ||
      before === null ||
      /^[\s,.;:!?—–-]*$/u.test(head.slice(0, before.index + 1));
    if (before && leadIsClean) {
      const found = toAttribution(before, from, reach);
      if (found) return found;
    }
    const verbWord = verb[0].toLowerCase();
    if (invertibleVerbs.has(verbWord) && (!anchoredAfter || /^[\s,.;:!?—–-]*$/u.test(head))) {
      const tail = window.slice(verb.index + verb[0].length);
      const after = subjectAfterVerb.exec(tail);
      if (after) {
        const found = toAttribution(
          { ...after, index: after.index + verb.index + verb[0].length },
          from,
          reach,
        );
        if (found) return found;
      }
    }
  }
  if (according && (!anchoredAfter || /^[\s,.;:—–-]*$/u.test(window.slice(0, according.index)))) {
    const found = toAttribution(
      { ...according, index: according.index + 'according to'.length },
      from,
      reach,
    );
    if (found) return found;
  }
  return undefined;
}

const sentenceBreak = /[.!?…]["”’»)]*\s+/gu;

function isRealBreak(text: string, at: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  const bare = word.toLowerCase().replace(/\.$/u, '');
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  return !abbreviations.has(bare);
}

/** Offset just after the last sentence break in [from, to), or `from`. */
export function sentenceStartBefore(text: string, from: number, to: number): number {
  let start = from;
  for (const match of text.slice(from, to).matchAll(sentenceBreak)) {
    if (isRealBreak(text, from + match.index)) start = from + match.index + match[0].length;
  }
  return start;
}

/** Offset of the first sentence end in [from, to), or `to`. */
export function sentenceEndAfter(text: string, from: number, to: number): number {
  for (const match of text.slice(from, to).matchAll(sentenceBreak)) {
    if (isRealBreak(text, from + match.index)) return from + match.index + 1;
  }
  return to;
}

const nameRunPattern = new RegExp(nameRunSource, 'gu');

/** "Dr. Hannah Koenig, the lead scientist, described what divers found:" — the sentence's first name. */
function firstNameIn(text: string, from: number, to: number): Attribution | undefined {
  for (const match of text.slice(from, to).matchAll(nameRunPattern)) {
    const stripped = stripName(match[0], from + match.index);
    if (stripped)
      return {
        subject: stripped.name,
        subjectKind: 'name',
        index: stripped.start,
        reach: 'nearby',
      };
  }
  return undefined;
}

export interface AttributionBounds {
  /** Close mark of the previous quote in the same paragraph, or -1. */
  previousCloseIndex: number;
  /** Open mark of the next quote in the same paragraph, or the paragraph end. */
  nextOpenIndex: number;
}

/**
 * Reads the attribution of one quote: the rest of its sentence after the closing mark, the
 * start of its sentence before the opening mark, a sentence ending in a colon just before it,
 * or a short sentence right after it.
 */
export function findAttribution(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): Attribution | undefined {
  const floor = Math.max(span.paragraphStart, bounds.previousCloseIndex + 1);
  const beforeStart = sentenceStartBefore(text, floor, span.openIndex);
  const beforeText = text.slice(beforeStart, span.openIndex).trimEnd();
  const afterFrom = Math.min(span.closeIndex + 1, span.paragraphEnd);
  const afterEnd = Math.min(
    sentenceEndAfter(text, afterFrom, bounds.nextOpenIndex),
    afterFrom + 250,
  );
  const introduces = /[,:]$/u.test(beforeText);
  if (introduces) {
    const colonName = nameColon.exec(beforeText);
    if (colonName?.groups?.name !== undefined) {
      const stripped = stripName(colonName.groups.name, beforeStart + colonName.index);
      if (stripped)
        return {
          subject: stripped.name,
          subjectKind: 'name',
          index: stripped.start,
          reach: 'sentence',
        };
    }
    const found =
      attributionIn(text, beforeStart, span.openIndex, 'sentence', false) ??
      (beforeText.endsWith(':') ? firstNameIn(text, beforeStart, span.openIndex) : undefined);
    if (found) return { ...found, reach: 'sentence' };
  }
  const after = attributionIn(text, afterFrom, afterEnd, 'sentence', true);
  if (after) return after;
  const before = attributionIn(text, beforeStart, span.openIndex, 'sentence', false);
  if (before) return before;
  if (beforeText === '') {
    const lookFrom = Math.max(0, span.openIndex - 300);
    const previousText = text.slice(lookFrom, span.openIndex).trimEnd();
    if (previousText.endsWith(':') && bounds.previousCloseIndex < 0) {
      const colonAt = lookFrom + previousText.length - 1;
      const lineStart = Math.max(lookFrom, text.lastIndexOf('\n', colonAt - 1) + 1);
      const sentenceStart = sentenceStartBefore(text, lineStart, colonAt);
      const found =
        attributionIn(text, sentenceStart, colonAt, 'nearby', false) ??
        firstNameIn(text, sentenceStart, colonAt);
      if (found) return found;
    }
  }
  const restOfSentence = text.slice(afterFrom, afterEnd);
  if (beforeText === '' && /^[\s.!?]*$/u.test(restOfSentence) && afterEnd < bounds.nextOpenIndex) {
    const nextEnd = sentenceEndAfter(
      text,
      afterEnd,
      Math.min(bounds.nextOpenIndex, afterEnd + 150),
    );
    const found = attributionIn(text, afterEnd, nextEnd, 'nearby', false);
    if (found && found.subjectKind === 'name') return found;
  }
  return undefined;
}
