import type { QuotationKind } from '../../model/quote.ts';
import { hasSpacelessScript, segmentWords } from '../../text/words.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';

const smallWords = new Set([
  'of',
  'and',
  'the',
  'in',
  'on',
  'a',
  'an',
  'for',
  'to',
  'at',
  'de',
  'von',
  '&',
]);

/** "War and Peace", "Oreshnik", "Operation Warp Speed": every content word capitalised. */
function looksLikeTitle(words: string[]): boolean {
  return words.every((word, position) => {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (bare === '') return true;
    if (position > 0 && smallWords.has(bare.toLowerCase())) return true;
    return /^[\p{Lu}\p{N}]/u.test(bare);
  });
}

export interface ClassifyContext {
  /** The text before the opening mark, from the paragraph start or the previous quote. */
  before: string;
  /** The attribution sits in the quote's own sentence, right before or after the quote. */
  attributed: boolean;
  /** The character right after the closing mark, if any. */
  next?: string;
}

/**
 * Tells a full direct quote from a fragment woven into the reporter's sentence, scare quotes
 * and names in quotation marks. A direct quote opens its sentence (or follows "said," or a
 * colon) and carries a clause of its own; anything shorter or mid-sentence is not shown as a
 * key quote.
 */
export function classifyQuotation(
  text: string,
  span: QuoteSpan,
  context: ClassifyContext,
): QuotationKind {
  if (span.continuesFromPreviousParagraph || span.continuesInNextParagraph) return 'direct';
  if (span.resumesAfterIncise) return 'direct';
  const content = text.slice(span.start, span.end);
  const words = hasSpacelessScript(content)
    ? segmentWords(content)
    : content.split(/\s+/u).filter((word) => word !== '');
  const before = context.before.trimEnd();
  const punctuatedInside = /[.!?…,—–-]$/u.test(text.slice(span.start, span.closeIndex).trimEnd());
  // Chinese and Japanese punctuation (：，。) opens a quote as its Latin counterpart does.
  const opensSentence = before === '' || /[.!?:;—–(：，。！？]["”’»)」』]?$/u.test(before);
  const introduced = /,$/u.test(before) && context.attributed;
  const isTitle = looksLikeTitle(words) && words.length <= 6;
  if (
    isTitle &&
    !(context.attributed && punctuatedInside) &&
    !(opensSentence && words.length > 3)
  ) {
    return 'name';
  }
  // “羲和二号”工程总设计师 / “明年将暂别乐坛”传闻: a few Han characters with no punctuation and a
  // Han character right after the mark name what follows; the words are a term, not speech
  // (“太好了”他说 goes on with a pronoun that spoke).
  if (
    /^[\p{Script=Han}\p{N}\p{Script=Latin}]{1,8}$/u.test(content) &&
    /^(?![他她])\p{Script=Han}$/u.test(context.next ?? '')
  )
    return 'scare';
  const fullSentence = /[.!?]$/u.test(content);
  // Japanese sets a full quote inside its sentence (X首相は記者団に「…」と述べた): with a
  // speaker and a clause of its own it is direct wherever it stands.
  if (hasSpacelessScript(content) && context.attributed && words.length >= 3) return 'direct';
  if ((opensSentence || introduced) && (words.length >= 3 || context.attributed || fullSentence))
    return 'direct';
  // "called him “clever and experienced”": someone's words, not the reporter's irony.
  const namedBySomeone =
    /(?<![\p{L}-])(?:call(?:s|ed)?|described|dubbed|termed|branded|label(?:l)?ed)\b[^.!?]{0,30}$/u.test(
      before,
    );
  if (words.length <= 3 && !context.attributed && !namedBySomeone) return 'scare';
  return 'partial';
}
