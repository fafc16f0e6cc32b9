import { japanese } from '../../text/lexicon/cjk.ts';
import type { AttributionBounds } from './attribute-speaker.ts';
import { chineseSpeaker } from './chinese-attribution.ts';
import {
  alternatives,
  han,
  sentenceEnd,
  sentenceStart,
  sentenceStartOutsideQuotes,
  unnamed,
} from './cjk-sentences.ts';
import type { LanguageAttribution } from './language-attribution.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';
import { japaneseAfterTitle, namesBeforeLongOffice } from './japanese-long-office-names.ts';
import { sameOrganisation } from './japanese-same-organisation.ts';
import { headlineOfficeHolder } from './japanese-headline-title.ts';
import { personOfEarlierParagraphs } from './japanese-topic-person.ts';
import {
  agentOfPassiveSpeech,
  bracketCredit,
  hasSubject,
  japaneseOrganisation,
  quotedTerm,
  sourceMarkedByFrom,
  withoutInsert,
} from './japanese-credits.ts';
import { surnamesAsSubject, untitledJapaneseNames } from './japanese-untitled-names.ts';
import {
  describedJapaneseSource,
  followedByQuotative,
  roleThenName,
  surnameSubject,
} from './japanese-sources.ts';

/**
 * Speakers of Japanese and Chinese quotes. Japanese puts the speaker before the quote and the
 * verb after it (岸川健一首相は…「…」と述べた) or names the speaker in the next sentence
 * (「…」。永浜利広氏はこう話す); Chinese puts speaker and verb before the quote
 * (局长费东斌在仪式上表示：“…”).
 */

const kana = String.raw`\p{Script=Hiragana}\p{Script=Katakana}ー`;

/** （あおい） / （ひろと）: how a given name reads, in kana inside brackets. */
const reading = String.raw`(?:[（(][\p{Script=Hiragana}ー]{1,10}[）)])?`;

/**
 * 岸川健一首相は / 佐藤恵美さん（５２）は / 鈴木宣弘特任教授によると: a name before its title;
 * 中村恵子こども青少年局長は: a name before an office whose words open in kana.
 */
function japaneseNames(window: string): { name: string; index: number; end: number }[] {
  const titles = alternatives(japanese.titles);
  const kanjiTitles = alternatives(
    japanese.titles.filter((title) => title.length >= 2 && /^\p{Script=Han}+$/u.test(title)),
  );
  // 同准教授 / 同市長: "the same" office points back, it names no one.
  // 田中キヨ子さん / 中村あかりさん: a given name may be written in katakana, or in hiragana
  // before an honorific (a particle or ん opens none: 市内のみなさん, 組んだ捕手).
  // 森田蒼（あおい）投手: the reading of the given name, in brackets, between name and title.
  // 小野寺真理子主任研究員は: two titles in a row (主任 and 研究員) after the name.
  // 元社長村上隆之被告: an office may stand right before the name, as one run of kanji.
  const officeBefore = String.raw`(?:[元前現]?(?:${kanjiTitles}))?`;
  const titled = new RegExp(
    String.raw`(?<!${han})${officeBefore}(?!同)(${han}{2,6}?|${han}{1,3}\p{Script=Katakana}{1,4}${han}?|${han}{1,3}(?![のはがをにでともへやんっゃゅょ])\p{Script=Hiragana}{2,4}(?=${reading}(?:さん|ちゃん|氏|君|様)))${reading}(?:${titles})(?:${titles})?${japaneseAfterTitle}`,
    'gu',
  );
  // The office's kana is a noun (こども, デジタル): no particle (を, で, の…) inside, and no verb
  // or adjective ending before its kanji, or it is a clause (金メダルを獲得した角田夏実選手は).
  const officeKana = String.raw`(?:(?![をでがはにへとやの])[${kana}]){1,8}(?<![たるいうくすつむぶぐぬだ])`;
  const office = new RegExp(
    String.raw`(?<!${han})(${han}{2,5})(${officeKana}${han}{0,8}?)(?=(?:${titles})${japaneseAfterTitle})`,
    'gu',
  );
  const offices = [...window.matchAll(office)].map((match) => ({
    name: match[1] ?? '',
    index: match.index,
    end: match.index + match[0].length,
  }));
  // 青少年局長 inside 中村恵子こども青少年局長 is part of the office, not a name.
  const names = [...window.matchAll(titled)]
    .map((match) => ({
      name: match[1] ?? '',
      index: match.index,
      end: match.index + match[0].length,
    }))
    .filter((name) => !offices.some((found) => name.index > found.index && name.index < found.end))
    // 外務省報道官は / 気象庁長官が: an office's title after a ministry or an agency names no one.
    .filter((name) => !/[省庁局署]$/u.test(name.name));
  // 小野寺真理子主任研究員: a run the title reading took is no long office.
  const longOffice = namesBeforeLongOffice(window).filter(
    (long) => !names.some((found) => found.index === long.index),
  );
  // 佐伯美咲（23＝北陸電工）が / ツェハイ・ゲブレは: a name with no title, set off by its profile.
  const untitled = untitledJapaneseNames(window).filter(
    (person) => !names.some((found) => person.index < found.end && found.index < person.end),
  );
  const all = [...names, ...offices, ...longOffice, ...untitled];
  // 元小学校教諭の川村千代子さん: a "name" read before a title that の joins to a name right
  // after it is that person's office (小学校 + 教諭), not someone else.
  return all
    .filter(
      (found) =>
        window.charAt(found.end) !== 'の' || !all.some((other) => other.index === found.end + 1),
    )
    .sort((left, right) => left.index - right.index);
}

/**
 * 地元の町内会長の中村正雄さんは: the name the sentence's は or が follows is its subject; a
 * title before の (町内会長の) is the subject's office, not another person.
 */
function subjectName(sentence: string): string | undefined {
  const names = japaneseNames(sentence);
  const subject = names.find((found) => /^(?:は|が)/u.test(sentence.slice(found.end)));
  return (subject ?? names[0])?.name;
}

/** 森田頭取 after 森田孝之頭取: a surname with a title stands for the full name written earlier. */
function fullJapaneseName(text: string, name: string): string {
  const longer = japaneseNames(text).find(
    (found) => found.name.length > name.length && found.name.startsWith(name),
  );
  return longer?.name ?? name;
}

/**
 * 全国農業協同組合中央会の会長は「…」とコメントした / 同社の社長が「…」と述べた: an office of an
 * organisation with no name, and a speech verb after the quote, is someone unnamed;
 * 同氏は「…」と話した / 同知事は: "the same" points back to the person named before.
 */
function japaneseOfficeWithoutName(
  before: string,
  after: string,
): 'unnamed' | 'same-person' | undefined {
  if (!followedByQuotative(after)) return undefined;
  const titles = alternatives(japanese.titles);
  if (new RegExp(`(?:^|、|。)同(?:${titles})(?:は|が)、?$`, 'u').test(before)) return 'same-person';
  return new RegExp(
    `[${kana}${han}]の(?:${titles}|${alternatives(japanese.unnamedSources)})(?:は|が)、?$`,
    'u',
  ).test(before)
    ? 'unnamed'
    : undefined;
}

/** 同投手は: the last person the text wrote with that title (佐々木蓮投手), else the last named. */
function samePerson(text: string, start: number, before: string): string | null {
  const window = text.slice(Math.max(0, start - 400), start);
  const title = new RegExp(`同(${alternatives(japanese.titles)})(?:は|が)、?$`, 'u').exec(
    before,
  )?.[1];
  const sameTitle =
    title === undefined
      ? undefined
      : [...window.matchAll(new RegExp(`(?<!${han})(${han}{2,6}?)${title}`, 'gu'))].at(-1)?.[1];
  // 大西恵美主任研究員 read up to 研究員: the first title (主任) is no part of the name.
  const name = sameTitle?.replace(new RegExp(`(?:${alternatives(japanese.titles)})$`, 'u'), '');
  return name || (japaneseNames(window).at(-1)?.name ?? null);
}

/**
 * Full names the text writes with a title, for a surname standing alone (佐々木は): those
 * written before the quote first, the nearest first (森田は after 主将の森田悠真, not the
 * mother 森田由美子 named further on), then those written after it.
 */
function fullNamesIn(text: string, position: number): string[] {
  const names = japaneseNames(text);
  const before = names.filter((found) => found.index < position).reverse();
  const after = names.filter((found) => found.index >= position);
  return [...before, ...after].map((found) => found.name);
}

function japaneseSpeaker(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): LanguageAttribution | undefined {
  const floor = Math.max(span.paragraphStart, bounds.previousCloseIndex + 1);
  const start = sentenceStart(text, floor, span.openIndex);
  const before = text.slice(start, span.openIndex);
  const afterFrom = span.closeIndex + 1;
  const afterEnd = sentenceEnd(text, afterFrom, span.paragraphEnd);
  const after = text.slice(afterFrom, afterEnd);
  if (quotedTerm(after)) return undefined;
  const bracket = bracketCredit(after);
  if (bracket !== undefined) {
    // 「…」（小谷村の佐藤信也村長）: a bracket that closes on a titled name credits that person;
    // the name follows の or opens with a common surname, or it is a description (国内証券アナリスト).
    const titled = japaneseNames(`${bracket}は`).find(
      (found) =>
        found.end === bracket.length &&
        (bracket.charAt(found.index - 1) === 'の' ||
          (japanese.surnames ?? []).some((surname) => found.name.startsWith(surname))),
    );
    // （佐伯）: a surname alone stands for the full name written before (佐伯美咲).
    const full = fullNamesIn(text, span.openIndex).find(
      (name) => name.length > bracket.length && name.startsWith(bracket),
    );
    if (titled === undefined && full !== undefined)
      return { speaker: full, rule: 'ja-bracket-credit-surname' };
    return titled === undefined
      ? { speaker: bracket, rule: 'ja-bracket-credit', described: true }
      : { speaker: fullJapaneseName(text, titled.name), rule: 'ja-bracket-credit-name' };
  }
  const named = japaneseNames(before).at(-1);
  if (named !== undefined)
    return { speaker: fullJapaneseName(text, named.name), rule: 'ja-speaker-before-quote' };
  const quotative = followedByQuotative(after);
  // レース後、佐伯は「…」と笑顔を見せた: a surname alone, for the full name written before.
  const surname = quotative ? surnameSubject(before, fullNamesIn(text, span.openIndex)) : undefined;
  if (surname !== undefined) return { speaker: surname, rule: 'ja-surname-before-quote' };
  // 初マラソンの佐伯が日本人トップ「まだ実感ない」: a headline's words close it, and the one
  // person its subject (が, は) names by surname spoke them.
  const headline = span.paragraphStart === text.length - text.trimStart().length;
  const [headlineSpeaker, ...others] =
    headline && after.trim() === ''
      ? surnamesAsSubject(before, fullNamesIn(text, span.openIndex))
      : [];
  if (headlineSpeaker !== undefined && others.length === 0)
    return { speaker: headlineSpeaker, rule: 'ja-headline-surname-subject' };
  const officeHolder = headline ? headlineOfficeHolder(text, before, span.paragraphEnd) : undefined;
  if (officeHolder !== undefined) return { speaker: officeHolder, rule: 'ja-headline-office' };
  // ある市場関係者は / ある幹部が: "a certain" someone, shown as the copy describes them.
  const described = /(?:^|[、。])(ある[^、。「」はが]{1,15})(?:は|が)、?$/u.exec(before)?.[1];
  if (described !== undefined)
    return { speaker: described, rule: 'ja-described-source', described: true };
  // 捕手の松田健太は「…」と振り返り: a role, の and a name with no title.
  const role = quotative ? roleThenName(before) : undefined;
  if (role !== undefined) return { speaker: role, rule: 'ja-role-then-name' };
  const office = japaneseOfficeWithoutName(before, after);
  if (office === 'same-person')
    return { speaker: samePerson(text, start, before), rule: 'ja-same-person' };
  // 気象庁の担当者は / ５０代の男性会社員は: someone unnamed, shown as the copy describes them.
  // 千葉県の７０代女性が意見陳述し、「…」と声を震わせた: the subject before an insert.
  const subjectPart = quotative ? withoutInsert(before) : before;
  const sameBody = quotative ? sameOrganisation(text, start, subjectPart) : undefined;
  if (sameBody !== undefined)
    return { speaker: sameBody, rule: 'ja-same-organisation', described: true };
  const description = describedJapaneseSource(subjectPart);
  if (description !== undefined && (quotative || unnamed(before, japanese)))
    return { speaker: description, rule: 'ja-described-office', described: true };
  const organisation = quotative ? japaneseOrganisation(subjectPart) : undefined;
  if (organisation !== undefined)
    return { speaker: organisation, rule: 'ja-organisation-speaker', described: true };
  const source = quotative ? sourceMarkedByFrom(before) : undefined;
  if (source !== undefined) return { speaker: source, rule: 'ja-source-from', described: true };
  const agent = agentOfPassiveSpeech(before, after);
  if (agent !== undefined)
    return { speaker: agent, rule: 'ja-passive-speech-agent', described: true };
  if (unnamed(before, japanese)) return { speaker: null, rule: 'ja-unnamed-source' };
  if (office === 'unnamed') return { speaker: null, rule: 'ja-unnamed-office' };
  // …教授は、「…」と指摘したうえで、「…」と話した: the second quote's subject opens the sentence.
  if (/^と/u.test(before) && floor > span.paragraphStart) {
    const sentence = sentenceStart(text, span.paragraphStart, floor);
    const opening = text.slice(sentence, text.indexOf('「', sentence));
    const subject = japaneseNames(opening).at(-1)?.name ?? roleThenName(opening);
    if (subject !== undefined) return { speaker: subject, rule: 'ja-same-sentence-speaker' };
  }
  const following = japaneseNames(after)[0];
  if (following !== undefined)
    return { speaker: fullJapaneseName(text, following.name), rule: 'ja-speaker-after-quote' };
  const standsAlone = before.trim() === '' && /^[。\s]*$/u.test(after);
  // 「…」。永浜利広氏はこう話す: the quote opens the paragraph, the next sentence names it.
  if (standsAlone && afterEnd < span.paragraphEnd) {
    const next = text.slice(afterEnd, sentenceEnd(text, afterEnd, span.paragraphEnd));
    const credited = japaneseNames(next)[0];
    if (credited !== undefined && /[こそ]う|と(?:話|語|述)/u.test(next))
      return { speaker: fullJapaneseName(text, credited.name), rule: 'ja-speaker-next-sentence' };
    // 「…」。試合後、佐々木は声を弾ませた / 初出場の山崎美咲選手は目を丸くした: a short next
    // sentence whose subject is someone named reacts to the words.
    const short = !next.includes('「') && next.length <= 40;
    // 「…」。川村さんの夢は続く: the subject may be the named person's own (夢, 表情), not a
    // person of theirs (母親, 担当者).
    const people = alternatives([
      ...japanese.titles,
      ...japanese.unnamedSources,
      ...(japanese.describedPeople ?? []),
      ...(japanese.relatives ?? []),
    ]);
    const subjectOrOwner = new RegExp(
      `^(?:は|が|の(?:(?!${people})[^、。「」はが]){1,6}(?:は|が))`,
      'u',
    );
    const titled = short
      ? japaneseNames(next).find((found) => subjectOrOwner.test(next.slice(found.end)))
      : undefined;
    if (titled !== undefined)
      return { speaker: fullJapaneseName(text, titled.name), rule: 'ja-subject-next-sentence' };
    const surname = short ? surnameSubject(next, fullNamesIn(text, span.openIndex)) : undefined;
    if (surname !== undefined) return { speaker: surname, rule: 'ja-surname-next-sentence' };
  }
  // 高橋由美さんは、…という。「…」: a quote alone after a sentence about someone.
  if (standsAlone && start > span.paragraphStart) {
    const previous = text.slice(sentenceStart(text, span.paragraphStart, start - 1), start);
    const subject = japaneseNames(previous)[0];
    if (subject !== undefined)
      return { speaker: fullJapaneseName(text, subject.name), rule: 'ja-previous-sentence' };
  }
  // 課題についても「…」と目を細めた: no subject of its own, so the previous sentence's speaker.
  // 記者会見では「…」と話し: a topic of place or matter is no subject of its own.
  // 発行額は28兆円余りに上り、「…」と強調した: a subject no rule read as a person closes its own
  // clause (a verb's continuative form and a comma), so the quote's speaker is the previous one;
  // 「…」。 alone, after sentences about someone, goes on about them.
  const ownClauseBefore = /[はが][^「」『』。]*\p{Script=Hiragana}、$/u.test(before);
  if (
    (quotative || standsAlone) &&
    start > span.paragraphStart &&
    (!hasSubject(before) || ownClauseBefore)
  ) {
    const head = sentenceStartOutsideQuotes(text, span.paragraphStart, start - 1);
    const subjectOf = (sentence: string): string | undefined =>
      subjectName(sentence) ?? surnameSubject(sentence, fullNamesIn(text, span.openIndex));
    // …が「EVからの撤退」と受け止められかねないとの質問には「…」と強調した: a quoted term earlier
    // in the sentence cut it, so what was read is its own head; with no one named there, the
    // subject is the previous sentence's.
    const cutByQuote = !/[。！？]/u.test(text.charAt(start - 1));
    const subject =
      subjectOf(text.slice(head, start)) ??
      (cutByQuote && head > span.paragraphStart
        ? subjectOf(
            text.slice(sentenceStartOutsideQuotes(text, span.paragraphStart, head - 1), head),
          )
        : undefined);
    if (subject !== undefined)
      return { speaker: fullJapaneseName(text, subject), rule: 'ja-previous-subject' };
    // 宮下さんが見守りを始めたのは…。…。生前、本紙の取材に「…」と語っていた: the paragraph is
    // about the one person it names, and a sentence with no subject goes on about them.
    const paragraph = withoutQuotations(text.slice(span.paragraphStart, start));
    const named = new Set([
      ...japaneseNames(paragraph).map((found) => fullJapaneseName(text, found.name)),
      ...surnamesAsSubject(paragraph, fullNamesIn(text, span.openIndex)),
    ]);
    const [only] = named;
    if (named.size === 1 && only !== undefined)
      return { speaker: only, rule: 'ja-paragraph-subject' };
    // The paragraph names no one: whom the copy last wrote about, paragraphs before.
    const topic =
      named.size === 0
        ? personOfEarlierParagraphs(text, span.paragraphStart, (earlier) => [
            ...new Set([
              ...japaneseNames(earlier).map((found) => fullJapaneseName(text, found.name)),
              ...surnamesAsSubject(earlier, fullNamesIn(text, span.openIndex)),
            ]),
          ])
        : undefined;
    if (topic !== undefined) return { speaker: topic, rule: 'ja-topic-person' };
  }
  return undefined;
}

/** The words inside 「」 and 『』 left out: a name quoted is no one the paragraph is about. */
const withoutQuotations = (text: string): string => text.replace(/[「『][^「」『』]*[」』]/gu, '');

export function cjkAttribution(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
  language: 'ja' | 'zh',
): LanguageAttribution | undefined {
  return language === 'ja'
    ? japaneseSpeaker(text, span, bounds)
    : chineseSpeaker(text, span, bounds);
}
