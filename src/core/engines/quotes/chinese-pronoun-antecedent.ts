import { chinese } from '../../text/lexicon/cjk.ts';
import { chineseNames, insideTitle, surnameNames, type ChineseName } from './chinese-names.ts';
import { han } from './cjk-sentences.ts';

/**
 * Whom a Chinese pronoun (她说, 他同时指出) or "this" and a title (该负责人) points back to: the
 * last person named before it, of the pronoun's gender when the given names tell. A person is
 * named wherever the copy introduces them, not only where they speak (市民刘芳正在选购…。她告诉
 * 记者), and never inside a quotation (“…我们老师比他们还紧张。” holds no one's name).
 */

const surnames = (chinese.surnames ?? []).join('');
const roleNounEndings = (chinese.roleNounEndings ?? []).join('');
const titles = [...chinese.titles].sort((left, right) => right.length - left.length).join('|');

/** The words inside quotation marks, blanked with spaces so that offsets stay where they were. */
export function blankQuotations(text: string): string {
  return text.replace(/(?<=[“「『])[^“”「」『』]*(?=[”」』])/gu, (inside) =>
    ' '.repeat(inside.length),
  );
}

/**
 * 正在 / 今天 / 第一个 / 也: a character that opens what the person did, not the third of a name,
 * so 市民刘芳正在选购 names 刘芳 and 考生王子涵第一个走出 names 王子涵.
 */
const afterName =
  '正在也还都就已曾又再则便才刚今昨前第是和与及等的了把被将对向从为于说称表指告一不这那、，。' +
  // 周屿上台 / 张敏出席 / 王强接过 / 李娜走上: a verb of moving or taking opens what they did.
  '上下出回接领領站坐走凭憑获獲';

/**
 * 考生王子涵第一个走出考场 / 子孫陳國榮今天也到場 / 退休工人沈德明今天: a title or the end of a
 * role noun, then a surname and a given name of one or two characters.
 */
export function introducedPeople(window: string): ChineseName[] {
  if (surnames === '') return [];
  // Read at every position (a zero-width match), so that 任 in 主任 does not hide 王 after it.
  const pattern = new RegExp(
    // 的工程顾问公司: a role noun's last character right after 的 or a comma is a word's first
    // (工程), no role noun of one character before a name.
    // 最佳女歌手的许嘉怡: a person noun and 的 before a name say who the named person is.
    String.raw`(?<=${titles}|(?<![的之与和及、，。\s])[${roleNounEndings}]|[${roleNounEndings}]的)(?=([${surnames}])(${han})(${han})?)`,
    'gu',
  );
  return [...window.matchAll(pattern)]
    .filter((match) => !insideTitle(window, match.index))
    .map((match) => {
      const third = match[3];
      const given = third === undefined || afterName.includes(third) ? '' : third;
      return { name: `${match[1] ?? ''}${match[2] ?? ''}${given}`, index: match.index };
    });
}

/**
 * 陳姓婦人 / 王姓男子 / 李姓考生: someone the copy calls by surname and a person noun only; the
 * description, as written, is whom a later 她 or 他 points to.
 */
function surnameDescriptions(window: string): ChineseName[] {
  if (surnames === '') return [];
  const pattern = new RegExp(
    String.raw`[${surnames}]姓${han}{0,2}[${roleNounEndings}人翁婆嬤]`,
    'gu',
  );
  return [...window.matchAll(pattern)].map((match) => ({ name: match[0], index: match.index }));
}

/**
 * 在发射现场，一位年轻工程师难掩激动 / 。一位母亲带着女儿前来: someone unnamed, described with
 * 一位 or 一名 at the start of a clause, whom a later 他 or 她 may point to.
 */
function indefiniteDescriptions(window: string): ChineseName[] {
  const nouns = [...chinese.titles, ...(chinese.personNouns ?? [])]
    .sort((left, right) => right.length - left.length)
    .join('|');
  const opening = String.raw`(?<=^|[。，；：！？”」\s]|[也还還另]有)[一某](?:位|名|个|個)`;
  const byNoun = new RegExp(String.raw`${opening}(?:(?![，。])${han}){0,8}?(?:${nouns})`, 'gu');
  // 一位年轻技术员红了眼眶: a noun the lists do not hold ends in a role noun's last character.
  const byEnding = new RegExp(
    String.raw`${opening}(?:(?![，。的])${han}){0,6}[${roleNounEndings}]`,
    'gu',
  );
  const found = new Map<number, ChineseName>();
  for (const match of [...window.matchAll(byEnding), ...window.matchAll(byNoun)])
    found.set(match.index, { name: match[0], index: match.index });
  return [...found.values()];
}

/** 一位年轻工程师 / 一名交通部官員: a description of someone unnamed, not a name. */
export const isIndefiniteDescription = (speaker: string | null): boolean =>
  speaker !== null && /^[一某](?:位|名|个|個)/u.test(speaker);

function looksFemale(name: string): boolean {
  // 陳姓婦人 / 王姓女子 / 一位母亲: a description tells the gender by its noun.
  if (name.charAt(1) === '姓' || isIndefiniteDescription(name))
    return /[女妇婦妈媽母婆嬤奶姨嫂姐妹]/u.test(name.slice(2));
  return [...name.slice(1)].some((character) =>
    (chinese.femaleNameCharacters ?? []).includes(character),
  );
}

/**
 * The last person named in the 400 characters before, of the pronoun's gender when the given
 * names tell (她 and 李秀英 over 王建军), else the last one.
 */
export function previousChineseSpeaker(
  text: string,
  before: number,
  pronoun: string,
): string | null {
  const window = blankQuotations(text).slice(Math.max(0, before - 400), before);
  const byIndex = new Map<number, ChineseName>();
  // A speaker found before its verb is read more surely than one only introduced, so it wins
  // where both start at the same place.
  for (const person of [
    ...indefiniteDescriptions(window),
    ...surnameDescriptions(window),
    ...introducedPeople(window),
    ...chineseNames(window),
    ...surnameNames(window),
  ]) {
    const start = window.indexOf(person.name, person.index);
    // （记者林佳蓉台中10日电）: the reporter of the byline writes the story, no 她 points to her.
    if (/(?:记者|記者)\s*$/u.test(window.slice(0, start))) continue;
    byIndex.set(start, { name: person.name, index: start });
  }
  // 交通部長林志明…，林志明昨日請辭。他…: a name read once is the same person wherever the copy
  // writes it again, with no title or verb to mark it.
  for (const name of new Set([...byIndex.values()].map((person) => person.name))) {
    for (let at = window.indexOf(name); at !== -1; at = window.indexOf(name, at + 1))
      if (!byIndex.has(at)) byIndex.set(at, { name, index: at });
  }
  const people = [...byIndex.values()].sort((left, right) => left.index - right.index);
  // 该负责人 / 這位教授: "this" and a title say nothing of gender; the last person named spoke.
  if (!/^[他她]/u.test(pronoun)) return people.at(-1)?.name ?? null;
  const female = /^[她]/u.test(pronoun);
  const matching = people.filter((person) => looksFemale(person.name) === female);
  return (matching.at(-1) ?? people.at(-1))?.name ?? null;
}
