import { japanese } from '../../text/lexicon/cjk.ts';
import { alternatives, han } from './cjk-sentences.ts';

/**
 * Japanese names the copy writes with no title after them: sports and crime copy give a person's
 * age, and their team or job, in brackets right after the name (佐伯美咲（23＝北陸電工）が,
 * 山本健太（１９）は); a foreign name is written in katakana, its parts joined by ・ or ＝
 * (エチオピアのツェハイ・ゲブレは). A bracket after a person noun (会社員の男性（42）は) describes
 * someone unnamed and names no one.
 */

export interface JapaneseName {
  name: string;
  index: number;
  end: number;
}

const katakana = String.raw`\p{Script=Katakana}ー`;

/**
 * （23＝北陸電工） / （１９） / （31歳、会社員）: an age, perhaps a team or a job after it;
 * （３年） / （２年生）: a pupil's school year, as school sport copy writes it.
 */
export const profileBracket = String.raw`[（(][\d０-９]{1,3}(?:歳|年生?)?(?:[＝=・、,][^（()）「」。]{1,20})?[）)]`;

export function untitledJapaneseNames(window: string): JapaneseName[] {
  const people = alternatives([
    ...japanese.unnamedSources,
    ...(japanese.describedPeople ?? []),
    ...japanese.titles,
  ]);
  const profiled = new RegExp(
    String.raw`(?<!${han})(${han}{2,6}?|${han}{1,3}\p{Script=Katakana}{1,4}${han}?)(?=${profileBracket})`,
    'gu',
  );
  const foreign = new RegExp(
    String.raw`(?<![${katakana}])([${katakana}]{2,10}[・＝][${katakana}]{2,10}(?:[・＝][${katakana}]{2,10})?)(?=は|が|${profileBracket})`,
    'gu',
  );
  const personNoun = new RegExp(`(?:${people})$`, 'u');
  return [...window.matchAll(profiled), ...window.matchAll(foreign)]
    .filter((match) => !personNoun.test(match[1] ?? ''))
    .map((match) => ({
      name: match[1] ?? '',
      index: match.index,
      end: match.index + (match[1] ?? '').length,
    }));
}

/**
 * The full names whose surname (a first part of two or more characters) the paragraph writes
 * alone as a subject: 佐伯は for 佐伯美咲 written before.
 */
export function surnamesAsSubject(paragraph: string, fullNames: readonly string[]): string[] {
  return fullNames.filter((name) =>
    [...name].some((_, length) => {
      if (length < 2 || length >= name.length) return false;
      const surname = name.slice(0, length);
      return new RegExp(`(?<!${han})${surname}(?:は|が)`, 'u').test(paragraph);
    }),
  );
}
