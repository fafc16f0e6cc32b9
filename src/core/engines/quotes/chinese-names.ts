import { chinese } from '../../text/lexicon/cjk.ts';
import { alternatives, han } from './cjk-sentences.ts';

/**
 * Chinese names in news copy: after a title (局长费东斌表示, 居民李秀兰说), or a common surname
 * and one or two characters right before the verb (回老家的李秀英说); and whom a pronoun before
 * or after a quote (她笑着说, 他补充说) points back to.
 */

const verbs = alternatives(chinese.speechVerbs);
const between = alternatives(chinese.betweenNameAndVerb ?? []);
const nextToName = alternatives([...chinese.speechVerbs, ...(chinese.betweenNameAndVerb ?? [])]);
const roleNounEndings = (chinese.roleNounEndings ?? []).join('');

/** 在接受记者采访时 / 在发布会上 / 於記者會後: where or when it was said, before the verb. */
// 回应时 / 散场后: a verb of two characters with 时 or 后 says when, without 在 (and a 在 before
// it opens the longer circumstance, it ends no name: 孙向明在演出后说).
const circumstanceBeforeVerb = String.raw`(?:[在于於][^，。！？、“”「」]{1,15}?[时時上中后後里裡]|(?<![在于於])${han}{2}[时時后後])?`;

/** 笑着 / 补充 / 激动地 / 对记者: how it was said, or to whom, between the speaker and the verb. */
// 他同时还指出 / 她随后在会上补充: up to two adverbs may stand together before the verb.
// 今天在记者会上表示: a time word may come before the circumstance.
// 对着台下 / 向大家 / 跟朋友: to whom it was said.
const addressee = String.raw`[对對向跟朝][着著]?${han}{1,4}?`;
const manner = String.raw`(?:${between})?${circumstanceBeforeVerb}(?:${han}{1,3}[着著地]|${alternatives(chinese.mannerBeforeVerb ?? [])}|${between}|${addressee}){0,2}`;
/**
 * 黃志明出席致詞時說 / 周敏上台领奖时说: after a name, whose length is fixed, a longer act (a verb
 * and its object) with 时 or 后 says when as well; after a description it would cut the noun
 * (一位观|众散场后), so only names read it.
 */
const actBeforeVerb = String.raw`(?:(?<![在于於])${han}{3,6}?[时時后後])`;
const mannerAfterName = String.raw`(?:${manner}|${actBeforeVerb}(?:${han}{1,3}[着著地]|${alternatives(chinese.mannerBeforeVerb ?? [])}|${between}|${addressee}){0,2})`;
export const mannerBeforeVerb = manner;

/** 无奈地 / 笑着: as in manner, but short, so 一名病患家属无奈地 keeps 家属 in the description. */
/** 边采茶边 / 一边晒谷一边: what the person was doing while speaking, not who they are. */
const whileDoing = String.raw`(?:一?[边邊]${han}{1,4}?一?[边邊])`;
const describedManner = String.raw`${circumstanceBeforeVerb}(?:${whileDoing}|${han}{1,2}[着著地]|${alternatives(chinese.mannerBeforeVerb ?? [])}|${between})?`;

/** 她 / 她笑着 / 他补充 / 她激动地: a pronoun and how it was said, before the verb. */
export const pronounSubject = String.raw`(?:${alternatives(chinese.pronouns)})(?![们們的])${manner}`;

/**
 * 在记者会上说 / 在接受记者采访时说 / 于会议期间表示: a place or a time (在…上, 在…时) before the
 * verb, not a title and a name; 记者会 (a press conference) is no reporter.
 */
function circumstance(window: string, at: number, titleLength: number, name: string): boolean {
  if (/[在于於]$/u.test(window.slice(0, at))) return true;
  const title = window.slice(at, at + titleLength);
  if (/^(?:记者|記者)$/u.test(title) && /^[会會]/u.test(window.slice(at + titleLength)))
    return true;
  const clause =
    window
      .slice(0, at)
      .split(/[，。：；！？、]/u)
      .at(-1) ?? '';
  // 游客下车后告诉记者: three characters ending in 后 or 时 after a person noun say when.
  if (name.length === 3 && /[时時后後]$/u.test(name)) return true;
  return /[时時上中后後间間前里裡]$/u.test(name) && /[在于於当當]|接受|受[访訪]/u.test(clause);
}

export interface ChineseName {
  name: string;
  index: number;
}

/** 局长费东斌表示 / 居民李秀兰说 / 市民王丽对记者说: a name of two or three characters after its title. */
export function chineseNames(window: string): ChineseName[] {
  const pattern = new RegExp(
    String.raw`(?:${alternatives(chinese.titles)})(${han}{2,3}?)(?=${nextToName}|，|：)`,
    'gu',
  );
  // 法官續指： / 局长又说：: how it was said and the verb, after a title alone, are no name.
  const mannerAndVerb = new RegExp(`^${manner}(?:${verbs})$`, 'u');
  return [...window.matchAll(pattern)]
    .filter((match) => {
      const name = match[1] ?? '';
      if (mannerAndVerb.test(name)) return false;
      return !circumstance(window, match.index, match[0].length - name.length, name);
    })
    .map((match) => ({ name: match[1] ?? '', index: match.index }));
}

/**
 * 回四川老家的李秀英说 / 。张伟表示 / 的王桂英笑着说: a surname and a given name, with no title,
 * before the verb.
 */
export function surnameNames(window: string): ChineseName[] {
  const surnames = (chinese.surnames ?? []).join('');
  if (surnames === '') return [];
  // 商户李建国说 / 建築師吳志明指出: the end of a role noun (户, 师) before the surname sets the
  // name off as well as 的 or a comma does; 高兴地 / 他们 end in no given name; 小李 / 老王 is how
  // the copy calls someone by surname alone.
  const pattern = new RegExp(
    String.raw`(?<=^|[的，。：；、“”「」\s${roleNounEndings}])([小老][${surnames}]|[${surnames}]${han}{1,2})(?<![地着著们們的了在于於对對向跟从從])(?=${mannerAfterName}(?:${verbs}))`,
    'gu',
  );
  return [...window.matchAll(pattern)]
    .filter((match) => !insideTitle(window, match.index))
    .map((match) => {
      const name = match[1] ?? '';
      // 编导孙向东说: 孙 ends a kinship noun only after 子, 儿, 外… (子孙, 外孙); after any other
      // character it is the surname, and 向东 only the given name.
      const surnameBefore = window.slice(Math.max(0, match.index - 2), match.index);
      return /^[^子儿兒外长長曾玄]?[孙孫]$/u.test(surnameBefore) && name.length === 2
        ? { name: `${surnameBefore.slice(-1)}${name}`, index: match.index - 1 }
        : { name, index: match.index };
    });
}

/**
 * 古生物学家詹姆斯·霍尔特在接受采访时指出: a foreign name, transliterated, is two or three parts
 * joined by a middle dot; it opens after a role noun, a title or a comma and comes before the verb.
 */
export function foreignNames(window: string): ChineseName[] {
  const pattern = new RegExp(
    String.raw`(?<=^|[的，。：；、“”「」\s${roleNounEndings}]|${alternatives(chinese.titles)})(${han}{1,5}?[·・•]${han}{1,6}?(?:[·・•]${han}{1,6}?)?)(?=${manner}(?:${verbs}))`,
    'gu',
  );
  return [...window.matchAll(pattern)].map((match) => ({
    name: match[1] ?? '',
    index: match.index,
  }));
}

/**
 * 主任王某 / 工程师: a surname character (任, 程) that is part of a title, after a character
 * that ends role nouns (主, 工), opens no name.
 */
export function insideTitle(window: string, at: number): boolean {
  const titles = new RegExp(alternatives(chinese.titles), 'gu');
  for (const title of window.slice(Math.max(0, at - 6), at + 6).matchAll(titles)) {
    const start = Math.max(0, at - 6) + title.index;
    if (start < at && at < start + title[0].length) return true;
  }
  return false;
}

/** 该负责人 / 該教授 / 这位专家 / 此人: "this" and a title, pointing back to the person named before. */
export const sameTitledPerson = String.raw`(?:[该該此]|这位|這位|这名|這名)(?:${alternatives(chinese.titles)}|人)${manner}`;

/**
 * 寿光市一位大棚种植户 / 云南普洱一位茶农: where the person is from, written before 一位, is part
 * of the description; when it was said (今天, 下午) or a preposition (在…) is not.
 */
// 现场一位乐迷 / 台下一名观众 / 会场一位代表: where it was said (现场, 台下) is no part of it either.
const sceneBeforeDescription = String.raw`${han}{0,4}[下场場](?=[一有某](?:位|名|个|個))`;
// 来自下河村的一位村民 / 住在河边的一名老人: a clause (来自, 住在) before 一位 is a relative
// clause, and 該大廈一名業主 / 这所学校一位老师: a phrase that points back (该, 这) is no part of
// the description either; both are read and left out.
const clauseBeforeDescription = String.raw`(?:(?:[来來]自|住在|家住|[该該这這此])[^，。！？：“”「」]{1,12}?(?:的)?(?=[一有某](?:位|名|个|個)))?`;
const placeBeforeDescription = String.raw`(?:(?![在于於当當据據也还還另今昨])${han}{1,10}?(?<![天日年月时時后後前晚早午间間里裡上中下场場]))?`;

/**
 * 一位从小就来买书的中年男子 / 一名路过的市民 / 有位老顾客: someone unnamed, described by the copy;
 * the description is the speaker as written.
 */
export function describedChineseSource(subject: string): string | undefined {
  // 在急诊室外，一名病患家属无奈地说 / 也有一位乡村教师向记者反映: the clause before the verb,
  // without the "also there is" (也有, 还有, 另有) that introduces the person.
  const clause = subject.split(/[，。：；！？,]/u).at(-1) ?? '';
  // 有记者提问 / 現場也有村民說: "there is" a person noun, with no numeral, perhaps after where
  // (现场, 会上); the noun is who spoke.
  const existential = new RegExp(
    `^(?:${han}{1,4}?[上中下里裡场場])?[也还還另]?有(${personNoun})${describedManner}$`,
    'u',
  ).exec(clause.trim())?.[1];
  if (existential !== undefined) return existential;
  const described = new RegExp(
    `^(?:[也还還另]有(?=一))?(?:${sceneBeforeDescription})?${clauseBeforeDescription}(${placeBeforeDescription}(?:[一有某](?:位|名|个|個)|一些)[^，。！？：“”「」]{1,24}?)${describedManner}$`,
    'u',
  ).exec(clause.trim());
  return described?.[1] === undefined ? undefined : endAtHeadNoun(described[1]);
}

const personNoun = alternatives([...chinese.titles, ...(chinese.personNouns ?? [])]);

/**
 * 一位村民指着新铺的瓦片 / 一名工程師回憶創業初期時笑: the description ends at its head noun, a
 * person noun; what follows it (pointing at something, recalling something) is the verb phrase
 * leading to the verb. A description that already ends in a person noun is kept whole; a clause
 * that opens it (在工地干活的男子, 来自农村的…) is a modifier, read up to its 的.
 */
function endAtHeadNoun(description: string): string {
  if (new RegExp(`(?:${personNoun}|[${roleNounEndings}])$`, 'u').test(description))
    return description;
  const opening = /^.*?(?:[一有某](?:位|名|个|個)|一些)/u.exec(description)?.[0];
  if (opening === undefined) return description;
  const body = description.slice(opening.length);
  if (/^[在从從来來住到刚剛专專为為被]/u.test(body)) return description;
  // Only a listed person noun (村民, 工程師) is sure to be the head: a character that ends role
  // nouns may open a longer one the lists lack (民眾, 客運業者主管).
  const head = new RegExp(
    `^(?:(?!的)${han}){0,6}?(?:${personNoun})(?![的之们們、和与與及傅]|代表|家[属屬])`,
    'u',
  ).exec(body)?.[0];
  if (head !== undefined && head !== body) return `${opening}${head}`;
  // 一位茶农拿着刚采的茶叶: a noun the lists lack ends in a role noun's last character, when what
  // follows it plainly opens a verb phrase (V着, or an act up to 时 or 后).
  const byEnding = new RegExp(
    `^((?:(?!的)${han}){1,5}?[${roleNounEndings}])(?=${han}{1,2}[着著]|${han}{2,8}?[时時后後]$)`,
    'u',
  ).exec(body)?.[1];
  return byEnding === undefined ? description : `${opening}${byEnding}`;
}

/** 农业农村部种业管理司有关负责人 / 该公司相关人士: an unnamed source with its office, as written. */
export function describedChineseOffice(subject: string): string | undefined {
  const clause = subject.split(/[，。：；！？,]/u).at(-1) ?? '';
  const described = new RegExp(
    `^(${han}{0,20}?(?:${alternatives(chinese.unnamedSources)}))${manner}$`,
    'u',
  ).exec(clause.trim());
  return described?.[1];
}
