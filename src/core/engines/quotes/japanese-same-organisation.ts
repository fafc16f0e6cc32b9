import { japanese } from '../../text/lexicon/cjk.ts';
import { alternatives } from './cjk-sentences.ts';

/**
 * 同社は「…」としている / 同行は発表文で「…」とコメントした / 同庁は: "the same company, bank,
 * agency" points back to the organisation the copy named before (ＪＲ東日本によると…。同社は,
 * 東海さくら銀行は…。同行は), which is the speaker, as the copy names it.
 */

/** What 同 stands before, and how the name of the organisation it points back to ends. */
function antecedentEnding(noun: string): RegExp {
  const companies = alternatives(japanese.companyEndings ?? []);
  // ＪＲ東日本 / ＮＴＴ: a company's name may open in Latin capitals and end in anything.
  if (noun === '社') return new RegExp(`^[A-ZＡ-Ｚ]{2}|(?:${companies})$`, 'u');
  if (noun === '行') return /(?:銀行|銀|信用金庫|信金)$/u;
  if (noun === '大') return /大学?$/u;
  if (noun === '校') return /(?:学校|高校|校|高)$/u;
  return new RegExp(`${noun}$`, 'u');
}

const sameNouns = alternatives(
  '社 行 庁 省 局 署 市 町 村 県 区 党 大 校 院 館 協会 組合 機構 センター 財団 球団 クラブ'.split(
    ' ',
  ),
);

/** The words inside 「」 and 『』, blanked so that offsets stay where they were. */
const blankQuotations = (text: string): string =>
  text.replace(/(?<=[「『])[^「」『』]*(?=[」』])/gu, (inside) => ' '.repeat(inside.length));

/**
 * The organisation 同X (before the quote, as its subject) points back to: the last one named as a
 * subject or a source (…は, …が, …によると) in the 600 characters before, with X's ending.
 */
export function sameOrganisation(text: string, start: number, subject: string): string | undefined {
  const noun = new RegExp(`(?:^|[、。\\s])同(${sameNouns})(?:は|が|も)、?$`, 'u').exec(
    subject,
  )?.[1];
  if (noun === undefined) return undefined;
  const ending = antecedentEnding(noun);
  const window = blankQuotations(text.slice(Math.max(0, start - 600), start));
  // A run with no particle in it, before a particle that makes it a subject or a source.
  const named = [
    ...window.matchAll(
      /(?<![^\s、。「」『』（）()はがをにでとのもへや])([^\s、。「」『』（）()はがをにでとのもへや]{2,20})(?=は|が|によると|によれば|も|では|、)/gu,
    ),
  ]
    .map((match) => match[1] ?? '')
    .filter((name) => !name.startsWith('同') && ending.test(name));
  return named.at(-1);
}
