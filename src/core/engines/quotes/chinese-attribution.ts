import { chinese } from '../../text/lexicon/cjk.ts';
import type { AttributionBounds } from './attribute-speaker.ts';
import {
  chineseNames,
  describedChineseOffice,
  describedChineseSource,
  foreignNames,
  pronounSubject,
  sameTitledPerson,
  surnameNames,
} from './chinese-names.ts';
import {
  chineseOrganisation,
  unnamedChineseSpeakerAfter,
  unnamedChineseSubject,
} from './chinese-organisation-speaker.ts';
import {
  introducedPeople,
  isIndefiniteDescription,
  previousChineseSpeaker,
} from './chinese-pronoun-antecedent.ts';
import { bareTitleSubject, titledAntecedent } from './chinese-title-antecedent.ts';
import { alternatives, han, sentenceEnd, sentenceStart, unnamed } from './cjk-sentences.ts';
import type { LanguageAttribution } from './language-attribution.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';

/**
 * Speakers of Chinese quotes: speaker and verb before the quote (局长费东斌在仪式上表示：“…”),
 * after it (“…”他说。), or opening the sentence the quote closes (…指出，…，「…」).
 */

/** A speaker a pronoun points back to; 一位年轻工程师 is someone unnamed, as described. */
function pointedBack(speaker: string | null, rule: string): LanguageAttribution {
  return isIndefiniteDescription(speaker) ? { speaker, rule, described: true } : { speaker, rule };
}

/** “…”项目总设计师孙立新说。 / “…”他说。 / 「…」她說。: the speaker and verb after the quote. */
function chineseSpeakerAfter(
  text: string,
  span: QuoteSpan,
  sentenceFrom: number,
): LanguageAttribution | undefined {
  const afterFrom = span.closeIndex + 1;
  const after = text.slice(afterFrom, sentenceEnd(text, afterFrom, span.paragraphEnd));
  const verbs = alternatives(chinese.speechVerbs);
  const between = alternatives(chinese.betweenNameAndVerb ?? []);
  // “…”她说 / 她笑着说 / 他补充说: a pronoun, perhaps how it was said, and the verb.
  // 「…」，他說，「…」: the pronoun and verb may stand between commas.
  const pronoun = new RegExp(`^[，,]?(${pronounSubject})(?:${verbs})`, 'u').exec(after);
  if (pronoun !== null) {
    const speaker = previousChineseSpeaker(text, sentenceFrom, pronoun[1] ?? '');
    return pointedBack(speaker, 'zh-pronoun-after-quote');
  }
  // “…”该负责人说 / 這位教授表示: "this" and a title point back to the person named before.
  if (new RegExp(`^${sameTitledPerson}(?:${verbs})`, 'u').test(after))
    return {
      speaker: previousChineseSpeaker(text, sentenceFrom, ''),
      rule: 'zh-same-person-after-quote',
    };
  const named = chineseNames(after)[0];
  // “…”中国农业科学院研究员、项目负责人陈立华介绍说: titles in a row, joined by 、.
  if (named !== undefined && new RegExp(`^[${han}、]{0,30}?${named.name}`, 'u').test(after))
    return { speaker: named.name, rule: 'zh-speaker-after-quote' };
  // “…”赵静在接受记者采访时说 / 「…」今年七十一歲的黃志明說: a name with no title in the
  // clause right after the quote, before its verb.
  const clause = /^[^，。！？；]*/u.exec(after)?.[0] ?? '';
  const untitled = surnameNames(clause)[0];
  if (untitled !== undefined)
    return { speaker: untitled.name, rule: 'zh-surname-name-after-quote' };
  const unnamedAfter = unnamedChineseSpeakerAfter(after);
  if (unnamedAfter !== undefined) return unnamedAfter;
  const bare = new RegExp(`^(${han}{2,3}?)(?:${between})?(?:${verbs})[。，,]`, 'u').exec(after);
  if (bare?.[1] !== undefined) return { speaker: bare[1], rule: 'zh-bare-name-after-quote' };
  // …張家豪說，他每天…。「…」: a quote alone after a sentence in which someone named spoke.
  const standsAlone =
    text.slice(sentenceFrom, span.openIndex).trim() === '' && /^[。\s]*$/u.test(after);
  if (!standsAlone || sentenceFrom <= span.paragraphStart) return undefined;
  const previous = text.slice(
    sentenceStart(text, span.paragraphStart, sentenceFrom - 1),
    sentenceFrom,
  );
  const speaker = [...chineseNames(previous), ...surnameNames(previous)].sort(
    (left, right) => left.index - right.index,
  )[0];
  if (speaker !== undefined) return { speaker: speaker.name, rule: 'zh-previous-sentence-speaker' };
  // 他指出，…。「…」: the previous sentence's speaker is a pronoun, so whom it points back to.
  const opensWithPronoun = new RegExp(`^\\s*(${pronounSubject})(?:${verbs})[，,：:]`, 'u').exec(
    previous,
  );
  return opensWithPronoun === null
    ? undefined
    : {
        speaker: previousChineseSpeaker(
          text,
          sentenceFrom - previous.length,
          opensWithPronoun[1] ?? '',
        ),
        rule: 'zh-previous-sentence-pronoun',
      };
}

/**
 * ，「…。」 / ，“…”。: a quote set off by a comma that ends the sentence, not a term inside it;
 * 这项发现“为理解…提供了关键证据”。 / 最难得的是“没有把苦难浪漫化”，它…: words woven into the
 * reported clause that end it, long enough to be a clause and not a term ("平价菜"专区 goes on).
 */
function closesSentence(text: string, span: QuoteSpan): boolean {
  const opening = text.slice(Math.max(0, span.openIndex - 1), span.openIndex);
  const lastInside = text.charAt(span.closeIndex - 1);
  const after = text.slice(span.closeIndex + 1, span.paragraphEnd);
  const endsSentence = /[。！？]/u.test(lastInside) || /^(?:[。！？]|\s*$)/u.test(after);
  const words = text.slice(span.start, span.end);
  // …指出，被告…，「明知…，仍…」，行為…: set off by commas on both sides, a quote of a clause
  // or more (a comma inside, or ten characters) is speech, though the sentence goes on.
  const setOff = /^[，,]/u.test(after) && (/[，,]/u.test(words) || words.length >= 10);
  if (/[，,：:]/u.test(opening)) return endsSentence || setOff;
  const endsClause = endsSentence || /^[，,；;]/u.test(after);
  return endsClause && (words.length >= 6 || /[，,]/u.test(words));
}

/**
 * 工会理事长林怡君指出，三班护病比长期未落实，「…」: the named speaker and verb open the sentence,
 * a paraphrase follows, and the quote closes it; 他說，小時候…，「…」: a pronoun opens it.
 */
function chineseSpeakerEarlierInSentence(
  text: string,
  before: string,
  start: number,
): LanguageAttribution | undefined {
  const verbs = alternatives(chinese.speechVerbs);
  const pronoun = new RegExp(`^(${pronounSubject})(?:${verbs})[，,：:]`, 'u').exec(before);
  if (pronoun !== null)
    return {
      speaker: previousChineseSpeaker(text, start, pronoun[1] ?? ''),
      rule: 'zh-pronoun-verb-earlier-in-sentence',
    };
  // 負責修復工程的建築師吳志明指出: a name after a role noun the title list does not hold.
  const named = [...chineseNames(before), ...surnameNames(before), ...foreignNames(before)].sort(
    (left, right) => left.index - right.index,
  )[0];
  // 一位观众散场后告诉记者，她…：“…”: someone unnamed or an organisation opens the sentence.
  const opening = new RegExp(`^([^，。！？：“”「」]{1,30}?)(?:${verbs})[，,：:]`, 'u').exec(before);
  const unnamedOpening = opening?.[1] === undefined ? undefined : unnamedChineseSubject(opening[1]);
  if (named === undefined) return unnamedOpening ?? clauseWithVerb(text, before, start);
  const verb = new RegExp(`^${named.name}[^，。！？：“”「」]{0,12}?(?:${verbs})[，,：:]`, 'u');
  return verb.test(before.slice(before.indexOf(named.name, named.index)))
    ? { speaker: named.name, rule: 'zh-speaker-verb-earlier-in-sentence' }
    : clauseWithVerb(text, before, start);
}

/**
 * 一位母亲带着女儿前来，她表示，…，“…” / 对于…传闻，经纪公司星芒娱乐回应称，…，“…”: the first
 * clause of the sentence that ends in a speech verb, after clauses that set the scene; its
 * subject is a pronoun, someone unnamed or an organisation.
 */
function clauseWithVerb(
  text: string,
  before: string,
  start: number,
): LanguageAttribution | undefined {
  const verbs = alternatives(chinese.speechVerbs);
  const connectives = alternatives(chinese.connectives ?? []);
  const clause = new RegExp(
    `(?<=[，,])([^，,。！？：“”「」]{1,30}?)(?:${verbs})+[，,：:]`,
    'u',
  ).exec(before);
  const subject = clause?.[1];
  if (clause === null || subject === undefined) return undefined;
  const pronoun = new RegExp(`^(?:(?:${connectives})[，,]?)?(${pronounSubject})$`, 'u').exec(
    subject,
  );
  if (pronoun !== null)
    return pointedBack(
      previousChineseSpeaker(text, start + clause.index, pronoun[1] ?? ''),
      'zh-pronoun-clause-earlier-in-sentence',
    );
  return unnamedChineseSubject(subject);
}

/**
 * 主唱周屿上台领奖时一度哽咽：“…” / 队长李明接过奖杯后红了眼眶：「…」: no speech verb, but a colon
 * sets the words off; whom the sentence's first clause names (a title and a name) speaks.
 */
function subjectBeforeColon(before: string): LanguageAttribution | undefined {
  if (!/[：:]\s*$/u.test(before)) return undefined;
  const clause = /^[^，。！？；“”「」]*/u.exec(before)?.[0] ?? '';
  const person = introducedPeople(clause)[0];
  return person === undefined
    ? undefined
    : { speaker: person.name, rule: 'zh-subject-before-colon' };
}

/**
 * 赵启明指出，与首颗“羲和号”相比，…，“…”: a short quoted term inside the reporter's sentence
 * (no punctuation in it, a word right after it) cuts no sentence; the floor for the quote after
 * it is where that sentence may start, past any quote before the term.
 */
function termBefore(text: string, closeIndex: number, paragraphStart: number): number | undefined {
  if (closeIndex < paragraphStart) return undefined;
  const open = Math.max(...['“', '「', '『'].map((mark) => text.lastIndexOf(mark, closeIndex)));
  if (open < paragraphStart) return undefined;
  const words = text.slice(open + 1, closeIndex);
  if (words.length > 12 || /[，。！？；：,.!?;:]/u.test(words)) return undefined;
  if (!new RegExp(`^${han}`, 'u').test(text.slice(closeIndex + 1))) return undefined;
  const earlierClose = Math.max(...['”', '」', '』'].map((mark) => text.lastIndexOf(mark, open)));
  return Math.max(paragraphStart, earlierClose + 1);
}

/**
 * 法官…指出，…，「明知…」，行為「嚴重違反誠信」。: a second quote in the sentence, with no subject
 * or verb of its own between the two, is the words of whoever opened the sentence.
 */
function speakerOfSentenceBeforePreviousQuote(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): LanguageAttribution | undefined {
  const previousClose = bounds.previousCloseIndex;
  if (previousClose < span.paragraphStart) return undefined;
  const between = text.slice(previousClose + 1, span.openIndex);
  if (/[。！？]/u.test(between)) return undefined;
  if (new RegExp(alternatives(chinese.speechVerbs), 'u').test(between)) return undefined;
  const start = sentenceStart(text, span.paragraphStart, previousClose);
  return chineseSpeakerEarlierInSentence(text, text.slice(start, span.openIndex), start);
}

export function chineseSpeaker(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): LanguageAttribution | undefined {
  const floor = Math.max(
    span.paragraphStart,
    termBefore(text, bounds.previousCloseIndex, span.paragraphStart) ??
      bounds.previousCloseIndex + 1,
  );
  const start = sentenceStart(text, floor, span.openIndex);
  const before = text.slice(start, span.openIndex);
  // 回应称： / 介绍说： / 解释道：: a speech verb may carry a second one (称, 说, 道) after it.
  const verb = new RegExp(`(?:${alternatives(chinese.speechVerbs)})+[：:，,]?\\s*$`, 'u').exec(
    before,
  );
  if (verb === null)
    return (
      chineseSpeakerAfter(text, span, start) ??
      subjectBeforeColon(before) ??
      (closesSentence(text, span)
        ? (chineseSpeakerEarlierInSentence(text, before, start) ??
          speakerOfSentenceBeforePreviousQuote(text, span, bounds))
        : undefined)
    );
  const subject = before.slice(0, verb.index);
  // 不過他坦言，: a pronoun after a connective is still the subject (她母亲说 is someone else).
  // 記者追問…的疑慮，他坦言：: a clause that sets the scene may come before the pronoun's own.
  const pronounClause = new RegExp(
    `^(?:(?:${alternatives(chinese.connectives ?? [])})[，,]?)?(${pronounSubject})$`,
    'u',
  );
  const pronoun =
    pronounClause.exec(subject.trim()) ??
    pronounClause.exec(
      subject
        .split(/[，,；;]/u)
        .at(-1)
        ?.trim() ?? '',
    );
  if (pronoun !== null) {
    const speaker = previousChineseSpeaker(text, start, pronoun[1] ?? '');
    return pointedBack(speaker, 'zh-pronoun-previous-speaker');
  }
  // 谈到困难，该负责人坦言：: "this" and a title point back to the person named before.
  const clause = subject.split(/[，。：；！？,]/u).at(-1) ?? '';
  if (new RegExp(`^${sameTitledPerson}$`, 'u').test(clause.trim()))
    return {
      speaker: previousChineseSpeaker(text, start, ''),
      rule: 'zh-same-person-before-quote',
    };
  // 法官續指：: a title alone, after the copy named someone with it, is that person again.
  const title = bareTitleSubject(clause);
  const holder = title === undefined ? undefined : titledAntecedent(text, start, title);
  if (holder !== undefined) return { speaker: holder, rule: 'zh-title-antecedent' };
  // 农业农村部有关负责人表示：: someone unnamed, shown with the office the copy gives.
  if (unnamed(before, chinese)) {
    const office = describedChineseOffice(subject);
    return office === undefined
      ? { speaker: null, rule: 'zh-unnamed-source' }
      : { speaker: office, rule: 'zh-described-office', described: true };
  }
  const described = describedChineseSource(subject);
  if (described !== undefined)
    return { speaker: described, rule: 'zh-described-source', described: true };
  const named = chineseNames(before).at(-1);
  if (named !== undefined) return { speaker: named.name, rule: 'zh-speaker-verb-before-quote' };
  // 家住江边的王桂英笑着说：: a surname and a given name with no title.
  const bareName = surnameNames(before).at(-1);
  if (bareName !== undefined)
    return { speaker: bareName.name, rule: 'zh-surname-name-before-quote' };
  // 台南市文化資產管理處在新聞稿中指出：: an organisation speaks.
  const organisation = chineseOrganisation(subject);
  if (organisation !== undefined)
    return { speaker: organisation, rule: 'zh-organisation-speaker', described: true };
  // A subject of two or three characters alone is a name with no title (王毅表示：); a pronoun
  // is in no name.
  const bare = new RegExp(`^(?!.*[他她])${han}{2,3}$`, 'u').exec(subject.trim());
  return bare === null ? undefined : { speaker: bare[0], rule: 'zh-bare-name-before-quote' };
}
