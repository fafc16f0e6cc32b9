import { japanese } from '../../text/lexicon/cjk.ts';
import { alternatives, han } from './cjk-sentences.ts';

/**
 * 北陸精機、射水工場を閉鎖へ 社長「苦渋の決断」 / 新市長「まず財政再建」: a headline labels its
 * quote with an office alone; the speaker is the one person the body names with that office
 * (大西隆之社長は), however short the words. The ideographic space before the office is a \s.
 */
export function headlineOfficeHolder(
  text: string,
  before: string,
  bodyFrom: number,
): string | undefined {
  const title = new RegExp(
    `(?:^|[\\s、・：])[新前元]?(${alternatives(japanese.titles)})$`,
    'u',
  ).exec(before)?.[1];
  // さん / 氏 after no name label no one.
  if (title === undefined || /^(?:さん|氏|君|ちゃん|様)$/u.test(title)) return undefined;
  const holders = new Set(
    [...text.slice(bodyFrom).matchAll(new RegExp(`(?<!${han})(${han}{3,6}?)${title}`, 'gu'))].map(
      (match) => match[1] ?? '',
    ),
  );
  const [only] = holders;
  return holders.size === 1 ? only : undefined;
}
