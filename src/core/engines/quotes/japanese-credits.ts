import { japanese } from '../../text/lexicon/cjk.ts';
import { alternatives } from './cjk-sentences.ts';

/**
 * How Japanese copy credits a quote to no titled person: a source in brackets right after the
 * quote (「…」（国内運用会社のファンドマネジャー）), an organisation as the subject
 * (大阪市消防局は「…」と呼びかけています), someone a report came from (近所の人から「…」と通報),
 * and the bracket that is a term, not speech (「…」をキャッチフレーズに掲げる).
 */

/** 「…」（市選挙管理委員会）。: the source in brackets closes the sentence; an age (５２) is none. */
export function bracketCredit(after: string): string | undefined {
  // 「…」（ＪＲ東日本広報部）としている: the bracket may also stand before the quotative と.
  const credit = /^[（(]([^（()）「」『』。]{2,30})[）)]\s*(?:。|と|$)/u.exec(after)?.[1];
  // （５２） / （仮称）: an age or what kind of name the bracket gave, not a source.
  if (credit === undefined || /^[\d０-９]+歳?$|^[\d０-９]{4}年|^(?:仮称|通称|略称)$/u.test(credit))
    return undefined;
  return credit;
}

/**
 * 「新潟をアップデート」を掲げる / 「液晶の聖地」が: a particle after the bracket makes it a term;
 * so does a bracket that goes on with the sentence (投資会社「…」（東京都港区）元社長…): it says
 * where the named company is, where a credit would close the sentence or come before と.
 */
export function quotedTerm(after: string): boolean {
  return /^[をがのにでへは]|^[（(][^（()）]*[）)](?!\s*(?:。|と|$))/u.test(after);
}

/**
 * 検察側は冒頭陳述で「…」 / 千葉県の女性が意見陳述し、「…」: a place, an occasion or the subject's
 * own first clause may stand between the subject's は or が and the quote; without it the subject
 * stands right before the quote, as the readers of an organisation or a description expect.
 */
export function withoutInsert(before: string): string {
  return before.replace(
    /(?<=[はが]、?)[^、。「」『』はが]{1,15}?(?:で|では|でも|に|には|に対し|に対して|について|[しきてえべ]、)、?$/u,
    '',
  );
}

/**
 * 記者会見では / 賃金については / 現地には: a topic of place, time or matter (は after で, に, て,
 * と, へ, から, まで), which is no subject; any other は or が is one.
 */
export function hasSubject(before: string): boolean {
  return /(?<![でにとへて]|から|まで|より)(?:は|が)/u.test(before);
}

/** 大阪市消防局は / 横浜市水道局が: an organisation as the subject right before the quote. */
export function japaneseOrganisation(before: string): string | undefined {
  // ＪＲ九州は / NTTが: a subject that opens in Latin capitals is a company's or a body's name.
  const acronym =
    /(?:^|[、。\s])([A-ZＡ-Ｚ]{2,}[^\p{Script=Hiragana}、。「」『』\s]{0,8})(?:は|が)、?$/u.exec(
      before,
    )?.[1];
  if (acronym !== undefined) return acronym;
  const subject = /((?:[^\p{Script=Hiragana}、。「」『』\s]|の)+)(?:は|が)、?$/u
    .exec(before)?.[1]
    ?.replace(/^の+/u, '');
  if (subject === undefined || subject.startsWith('同')) return undefined;
  const ending = new RegExp(`(?:${alternatives(japanese.organisationEndings ?? [])})$`, 'u');
  return subject.length > 1 && ending.test(subject) ? subject : undefined;
}

/**
 * 近所の人から「…」と通報 / 住民から「…」との声: whom the words came from, unless it is a time
 * (午後２時ごろから).
 */
export function sourceMarkedByFrom(before: string): string | undefined {
  // 記者から at a paragraph's start: the indent (a full-width space) is no part of the source.
  // 市の担当者からは「…」と渋られた: は after から sets the source off as the topic.
  const source = /(?:^|[、。])\s*([^、。「」『』\s][^、。「」『』]{0,14}?)から(?:は|も)?、?$/u.exec(
    before,
  )?.[1];
  if (source === undefined || /[\d０-９]|(?:ごろ|頃|時|日|年|月|後|前)$/u.test(source))
    return undefined;
  return source;
}

/**
 * ６年生の女の子に「…」と聞かれた / 監督に「…」と言われた / 医師に「…」と励まされた: a speech verb
 * in the passive (れる, られる after the quotative と) makes the one marked by に its agent, the
 * speaker; the subject left out is who heard it.
 */
export function agentOfPassiveSpeech(before: string, after: string): string | undefined {
  if (
    !/^と(?:も)?[^。、「」]{0,8}?(?:[あかさたなまらわがざだばぱ]れ|られ)(?:た|て|る|ます|、|。|$)/u.test(
      after,
    )
  )
    return undefined;
  const agent = /(?:^|[、。])\s*([^、。「」『』\s][^、。「」『』]{0,14}?)に(?:は|も)?、?$/u.exec(
    before,
  )?.[1];
  // 午後３時に / 閉校式の日に / 最後に: a time, when it was said, is no agent.
  if (
    agent === undefined ||
    /(?:[\d０-９]|ごろ|頃|時|分|日|年|月|週|後|前|最後|最初|際|中|間)$/u.test(agent)
  )
    return undefined;
  return agent;
}
