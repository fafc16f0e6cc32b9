import { japanese } from '../../text/lexicon/cjk.ts';
import { alternatives, han } from './cjk-sentences.ts';
import { profileBracket } from './japanese-untitled-names.ts';

/**
 * How Japanese papers credit a quote beyond a titled name before it: the quotative と after the
 * closing bracket, whatever the verb (「…」と目を細めた, と笑顔を見せた, とも話しています); an
 * unnamed source shown as described (福岡県の担当者は, ５０代の男性会社員は); a role and の before
 * a name with no title (捕手の松田健太は); a surname standing for the full name written before
 * (佐々木は after 佐々木蓮投手).
 */

/** 「…」と目を細めた / とも話した / と評価: the quotative と, not "and" (「…」と「…」) nor "called" (という). */
export function followedByQuotative(after: string): boolean {
  // とも呼ばれる / と称される / と名付けた: "also called" names a thing, whatever particle comes first.
  return /^と(?!も?(?:[はいの「『]|言|呼[ばん]|称さ|名付|名づ))/u.test(after);
}

/**
 * 気象庁の担当者は / ＪＲ東日本の広報担当者は / 市場関係者は / 全国農業協同組合中央会の会長は /
 * ５０代の男性会社員は: the description of someone unnamed, as written, without the clause that
 * leads into it (地元から観戦に訪れた…).
 */
export function describedJapaneseSource(before: string): string | undefined {
  // こども家庭庁: an organisation's name may open in kana with no particle or verb ending in it.
  // 工場近くの食堂の店主は / 駅のそばの花屋の男性は: where someone works or lives may be said
  // with a place noun written in kana (近く, そば), inside the description.
  const places = alternatives(japanese.kanaPlaceNouns ?? []);
  const subject = new RegExp(
    String.raw`((?:(?:(?![をでがはにへとやの])\p{Script=Hiragana}){1,6}(?<![たるいうくすつむぶぐぬだ]))?(?:[^\p{Script=Hiragana}、。「」『』\s]|の|${places})+)(?:は|が)、?$`,
    'u',
  ).exec(before)?.[1];
  // 会社員の男性（42）は: the age in brackets after a description is no part of it.
  const description = subject
    ?.replace(/^の+/u, '')
    .replace(new RegExp(`${profileBracket}$`, 'u'), '');
  if (description === undefined || description === '' || description.startsWith('同'))
    return undefined;
  const unnamed = alternatives([...japanese.unnamedSources, ...(japanese.describedPeople ?? [])]);
  // 保護者の一人 / 住民のひとり: one of a group of unnamed people.
  const ending = new RegExp(
    `(?:${unnamed}|の(?:${alternatives(japanese.titles)}))(?:の(?:一人|ひとり))?$`,
    'u',
  );
  // 長野市消防局の救助隊員 / 県警の捜査員: a member of an organisation, no name after it.
  const member = new RegExp(
    String.raw`の\p{Script=Han}{0,4}[${(japanese.memberEndings ?? []).join('')}]$`,
    'u',
  );
  return ending.test(description) || member.test(description) ? description : undefined;
}

/** 捕手の松田健太は / 消防団員の中村大輔は: a role, の, and a name with no title after it. */
export function roleThenName(before: string): string | undefined {
  const roles = alternatives(japanese.roleEndings ?? []);
  const match = new RegExp(
    `${han}*(?:${roles})の(${han}{3,5})(?:[（(][^（()）]{1,12}[）)])?(?:は|が)、?$`,
    'u',
  ).exec(before);
  const name = match?.[1];
  if (name === undefined) return undefined;
  // 気象台の担当者は / 県の会社員は: a person noun, not a name.
  const people = alternatives([
    ...japanese.unnamedSources,
    ...(japanese.describedPeople ?? []),
    ...japanese.titles,
  ]);
  return new RegExp(`(?:${people})$`, 'u').test(name) ? undefined : name;
}

/** 佐々木は / 佐々木が: a surname alone, for the full name the text writes with a title. */
export function surnameSubject(sentence: string, fullNames: readonly string[]): string | undefined {
  const subject = new RegExp(
    `(?:^|[、。])(?:[^、。「」]{0,20}、)?(${han}{1,4})(?:は|が)`,
    'u',
  ).exec(sentence)?.[1];
  if (subject === undefined) return undefined;
  return fullNames.find((name) => name.length > subject.length && name.startsWith(subject));
}
