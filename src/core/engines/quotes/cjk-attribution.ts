import { chinese, japanese, type CjkLexicon } from '../../text/lexicon/cjk.ts';
import type { AttributionBounds } from './attribute-speaker.ts';
import type { LanguageAttribution } from './language-attribution.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';

/**
 * Speakers of Japanese and Chinese quotes. Japanese puts the speaker before the quote and the
 * verb after it (岸川健一首相は…「…」と述べた) or names the speaker in the next sentence
 * (「…」。永浜利広氏はこう話す); Chinese puts speaker and verb before the quote
 * (局长费东斌在仪式上表示：“…”).
 */

const alternatives = (words: readonly string[]): string =>
  [...words].sort((left, right) => right.length - left.length).join('|');
const han = String.raw`\p{Script=Han}`;
const stop = /[。！？]/u;

/** 岸川健一首相は / 佐藤恵美さんは / 鈴木宣弘特任教授によると: a name before its title. */
function japaneseNames(window: string): { name: string; index: number }[] {
  const pattern = new RegExp(
    String.raw`(?<!${han})(${han}{2,6}?)(?:${alternatives(japanese.titles)})(?=は|が|も|に|の|、|によると|によれば)`,
    'gu',
  );
  return [...window.matchAll(pattern)].map((match) => ({
    name: match[1] ?? '',
    index: match.index,
  }));
}

/** 局长费东斌表示 / 居民李秀兰说: a name of two or three characters after its title. */
function chineseNames(window: string): { name: string; index: number }[] {
  const pattern = new RegExp(
    String.raw`(?:${alternatives(chinese.titles)})(${han}{2,3}?)(?=在|${alternatives(chinese.speechVerbs)}|，|：)`,
    'gu',
  );
  return [...window.matchAll(pattern)].map((match) => ({
    name: match[1] ?? '',
    index: match.index,
  }));
}

function sentenceStart(text: string, floor: number, at: number): number {
  let start = floor;
  for (let index = at - 1; index >= floor; index -= 1) {
    if (stop.test(text.charAt(index))) {
      start = index + 1;
      break;
    }
  }
  return start;
}

function sentenceEnd(text: string, from: number, ceiling: number): number {
  for (let index = from; index < ceiling; index += 1)
    if (stop.test(text.charAt(index))) return index + 1;
  return ceiling;
}

function unnamed(window: string, lexicon: CjkLexicon): boolean {
  return new RegExp(
    `(?:${alternatives(lexicon.unnamedSources)})(?:は|が|，|${alternatives(lexicon.speechVerbs)})`,
    'u',
  ).test(window);
}

function japaneseSpeaker(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): LanguageAttribution | undefined {
  const floor = Math.max(span.paragraphStart, bounds.previousCloseIndex + 1);
  const before = text.slice(sentenceStart(text, floor, span.openIndex), span.openIndex);
  const afterFrom = span.closeIndex + 1;
  const afterEnd = sentenceEnd(text, afterFrom, span.paragraphEnd);
  const after = text.slice(afterFrom, afterEnd);
  const named = japaneseNames(before).at(-1);
  if (named !== undefined) return { speaker: named.name, rule: 'ja-speaker-before-quote' };
  if (unnamed(before, japanese)) return { speaker: null, rule: 'ja-unnamed-source' };
  const following = japaneseNames(after)[0];
  if (following !== undefined) return { speaker: following.name, rule: 'ja-speaker-after-quote' };
  // 「…」。永浜利広氏はこう話す: the quote opens the paragraph, the next sentence names it.
  if (/^[。\s]*$/u.test(after) && afterEnd < span.paragraphEnd) {
    const next = text.slice(afterEnd, sentenceEnd(text, afterEnd, span.paragraphEnd));
    const credited = japaneseNames(next)[0];
    if (credited !== undefined && /こう|と(?:話|語|述)/u.test(next))
      return { speaker: credited.name, rule: 'ja-speaker-next-sentence' };
  }
  return undefined;
}

function chineseSpeaker(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): LanguageAttribution | undefined {
  const floor = Math.max(span.paragraphStart, bounds.previousCloseIndex + 1);
  const start = sentenceStart(text, floor, span.openIndex);
  const before = text.slice(start, span.openIndex);
  const verb = new RegExp(`(?:${alternatives(chinese.speechVerbs)})[：:，,]?\\s*$`, 'u').exec(
    before,
  );
  if (verb === null) return undefined;
  const subject = before.slice(0, verb.index);
  if (new RegExp(`^(?:${alternatives(chinese.pronouns)})$`, 'u').test(subject.trim())) {
    const earlier = chineseNames(text.slice(Math.max(0, start - 400), start)).at(-1);
    return { speaker: earlier?.name ?? null, rule: 'zh-pronoun-previous-speaker' };
  }
  if (unnamed(before, chinese)) return { speaker: null, rule: 'zh-unnamed-source' };
  const named = chineseNames(before).at(-1);
  if (named !== undefined) return { speaker: named.name, rule: 'zh-speaker-verb-before-quote' };
  // A subject of two or three characters alone is a name with no title (王毅表示：).
  const bare = new RegExp(`^${han}{2,3}$`, 'u').exec(subject.trim());
  return bare === null ? undefined : { speaker: bare[0], rule: 'zh-bare-name-before-quote' };
}

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
