import { nameRunSource } from './person-names.ts';
import { personNoun, titleWords } from './speaker-words.ts';

/**
 * "said the Minister for Finance, Jack Chambers", "said Threshold's chief executive, Eoin Ó
 * Flaithbheartaigh", "said the Sinn Féin finance spokesperson, Pearse Doherty, in the Dáil":
 * after an inverted verb, a job description holding capitals (a title, a party, an employer)
 * and then the person's name as an appositive. The lowercase-only form is read elsewhere.
 */

const titledThenName = new RegExp(
  String.raw`^\s+(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?<descriptor>(?:[\p{L}.&’'-]+\s+){0,5}[\p{L}’'-]+),\s+(?<name>${nameRunSource})(?![\p{L}\p{M}’'-])(?=\s*(?:$|[,.;:!?()—–-]|(?:in|on|at|during|after|who|told|when|while|as|before)(?![\p{L}])))`,
  'u',
);

/** Whether a descriptor holds a word only a person's job or office would use. */
function describesPerson(descriptor: string): boolean {
  return descriptor
    .split(/\s+/u)
    .map((word) => word.toLowerCase().replace(/[’']s$/u, ''))
    .some((word) => titleWords.has(word) || personNoun.test(word));
}

/** The appositive name after "said the <Title …>,", with the match for its position. */
export function titledAppositive(tail: string): RegExpExecArray | null {
  const match = titledThenName.exec(tail);
  const descriptor = match?.groups?.descriptor ?? '';
  // "said United had…", "said the club, …": a capital is what this form adds, and a job word
  // is what makes the descriptor a person's.
  if (!match || !/\p{Lu}/u.test(descriptor) || !describesPerson(descriptor)) return null;
  return match;
}
