import { chinese } from '../../text/lexicon/cjk.ts';
import {
  describedChineseOffice,
  describedChineseSource,
  mannerBeforeVerb,
} from './chinese-names.ts';
import type { LanguageAttribution } from './language-attribution.ts';
import { alternatives, han } from './cjk-sentences.ts';

/**
 * Chinese speakers that are no named person: an organisation (台南市文化資產管理處在新聞稿中指出：),
 * an unnamed official of an office (南京市公安局交通管理局相关负责人提醒) or someone the copy
 * describes (一位家长告诉记者), before the quote or right after it (“…”一位家长告诉记者，…).
 */

/** 台南市文化資產管理處 / 杭州市气象台在预报中: an organisation's name, and how or where it said it. */
export function chineseOrganisation(subject: string): string | undefined {
  const clause =
    subject
      .split(/[，。：；！？,]/u)
      .at(-1)
      ?.trim() ?? '';
  // 北京人艺方面称 / 主办方面表示: "the side of" an organisation speaks for it.
  const side = new RegExp(`^(${han}{2,12}?)方面${mannerBeforeVerb}$`, 'u').exec(clause)?.[1];
  if (side !== undefined) return side;
  // 中国国家航天局当天发布消息称 / 市卫健委发表声明表示: the organisation issued its words.
  const issued = `(?:${alternatives(chinese.issuedStatements ?? [])})?`;
  const organisation = new RegExp(
    `^(${han}{2,20}?(?:${alternatives(chinese.organisationEndings ?? [])}))${mannerBeforeVerb}${issued}$`,
    'u',
  ).exec(clause);
  if (organisation !== null) return organisation[1];
  // 周若溪的经纪公司星芒娱乐晚间回应称: the kind of organisation, then its name, speaks.
  const named = new RegExp(
    `(?:${alternatives(chinese.organisationKinds ?? [])})((?:(?![的他她])${han}){2,8}?)${mannerBeforeVerb}${issued}$`,
    'u',
  ).exec(clause)?.[1];
  const person = new RegExp(
    `(?:${alternatives([...chinese.titles, ...chinese.unnamedSources])})$`,
    'u',
  );
  return named === undefined || person.test(named) ? undefined : named;
}

/** Someone unnamed or an organisation as the subject of a clause before its verb. */
export function unnamedChineseSubject(subject: string): LanguageAttribution | undefined {
  const office = describedChineseOffice(subject);
  if (office !== undefined)
    return { speaker: office, rule: 'zh-described-office', described: true };
  const described = describedChineseSource(subject);
  if (described !== undefined)
    return { speaker: described, rule: 'zh-described-source', described: true };
  const organisation = chineseOrganisation(subject);
  return organisation === undefined
    ? undefined
    : { speaker: organisation, rule: 'zh-organisation-speaker', described: true };
}

/**
 * “…”一位家长告诉记者，女儿… / “…”南京市公安局交通管理局相关负责人提醒。: the clause right after
 * the quote ends in a speech verb, and its subject is someone unnamed or an organisation.
 */
export function unnamedChineseSpeakerAfter(after: string): LanguageAttribution | undefined {
  const clause = /^[^，。！？；“”「」]*/u.exec(after)?.[0] ?? '';
  const subject = new RegExp(`^(.+?)(?:${alternatives(chinese.speechVerbs)})$`, 'u').exec(
    clause,
  )?.[1];
  return subject === undefined ? undefined : unnamedChineseSubject(subject);
}
