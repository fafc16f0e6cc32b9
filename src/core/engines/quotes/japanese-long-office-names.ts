import { japanese } from '../../text/lexicon/cjk.ts';
import { alternatives, han } from './cjk-sentences.ts';

/**
 * 田中健太郎地震津波監視課長は / 佐藤信也防災危機管理課長が: a name written right before an office
 * too long to be read with it, all in kanji. Nothing marks where the name ends, so it is read
 * from a common surname at the start of the run and the usual length of a given name: three
 * characters when the third ends one (健太郎, 由美子), else two (信也, 正和).
 */

export interface JapaneseName {
  name: string;
  index: number;
  end: number;
}

/** What may follow a name and its title: an age in brackets, then a particle. */
export const japaneseAfterTitle = String.raw`(?:[（(][^（()）「」。]{1,20}[）)])?(?=は|が|も|に|の|、|によると|によれば)`;

/** Shorter runs are read by the title alone (岸川健一首相は); see japaneseNames. */
const shortestRun = 7;
const longestRun = 14;

export function namesBeforeLongOffice(window: string): JapaneseName[] {
  const surnames = japanese.surnames ?? [];
  if (surnames.length === 0) return [];
  const run = new RegExp(
    String.raw`(?<!${han})(?:${alternatives(surnames)})${han}{${shortestRun - 2},${longestRun}}?(?:${alternatives(japanese.titles)})${japaneseAfterTitle}`,
    'gu',
  );
  const longEndings = japanese.longGivenNameEndings ?? [];
  return [...window.matchAll(run)].flatMap((match) => {
    const surname = surnames
      .filter((candidate) => match[0].startsWith(candidate))
      .sort((left, right) => right.length - left.length)[0];
    if (surname === undefined) return [];
    const third = match[0].charAt(surname.length + 2);
    const given = longEndings.includes(third) ? 3 : 2;
    const name = match[0].slice(0, surname.length + given);
    // The office left after the name must be one of at least two characters before its title.
    const office = match[0].slice(name.length);
    if (!/^\p{Script=Han}{2}/u.test(office)) return [];
    return [{ name, index: match.index, end: match.index + match[0].length }];
  });
}
