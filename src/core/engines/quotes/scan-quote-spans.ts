import { closes, findQuoteMarks, type QuoteMark } from './quote-marks.ts';

/** One quoted span as the scanner sees it, before classification and attribution. */
export interface QuoteSpan {
  /** Content offsets: marks excluded, outer whitespace and a trailing comma trimmed. */
  start: number;
  end: number;
  /** Offsets of the marks themselves (closeIndex is the paragraph end for a run-on part). */
  openIndex: number;
  closeIndex: number;
  /** Just after the closing mark (two characters for a typewriter '' close); the paragraph end for a run-on part. */
  closeEnd: number;
  depth: number;
  paragraphStart: number;
  paragraphEnd: number;
  /** The quote runs on into the next paragraph (it opens there again without closing here). */
  continuesInNextParagraph: boolean;
  /** This part continues a quote from the previous paragraph. */
  continuesFromPreviousParagraph: boolean;
  /** The quotation goes on after an incise inside its marks (« …, explique X. … »). */
  resumesAfterIncise?: boolean;
}

/** A quote longer than this is almost certainly a stray mark, not a quotation. */
const maximumQuoteLength = 3000;

interface Paragraph {
  start: number;
  end: number;
}

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    if (index === text.length || text.charAt(index) === '\n') {
      if (text.slice(start, index).trim() !== '') paragraphs.push({ start, end: index });
      start = index + 1;
    }
  }
  return paragraphs;
}

/** Content offsets without the outer spaces and without a comma the style puts inside the mark. */
function trimContent(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  if (end > start && text.charAt(end - 1) === ',') end -= 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

interface ParagraphScan {
  spans: QuoteSpan[];
  /** The outer mark left open at the end, when the quote continues in the next paragraph. */
  runOnOpener?: QuoteMark;
}

function scanParagraph(
  text: string,
  paragraph: Paragraph,
  marks: QuoteMark[],
  nextParagraphOpens: (opener: QuoteMark) => boolean,
  continuesFromPrevious: boolean,
): ParagraphScan {
  const ignored = new Set<number>();
  // Each pass either succeeds or ignores one more unmatched opener, so this ends.
  for (;;) {
    const spans: QuoteSpan[] = [];
    const stack: QuoteMark[] = [];
    const emit = (
      opener: QuoteMark,
      closeIndex: number,
      depth: number,
      runsOn: boolean,
      closeLength = 1,
    ): void => {
      const { start, end } = trimContent(text, opener.index + opener.length, closeIndex);
      if (end <= start) return;
      spans.push({
        start,
        end,
        openIndex: opener.index,
        closeIndex,
        closeEnd: runsOn ? closeIndex : closeIndex + closeLength,
        depth,
        paragraphStart: paragraph.start,
        paragraphEnd: paragraph.end,
        continuesInNextParagraph: runsOn,
        continuesFromPreviousParagraph:
          continuesFromPrevious && depth === 0 && opener.index === marks[0]?.index,
      });
    };
    let failedOpener: QuoteMark | undefined;
    for (const mark of marks) {
      if (ignored.has(mark.index)) continue;
      const outer = stack[0];
      const inner = stack[1];
      if (outer === undefined) {
        if (mark.role !== 'close') stack.push(mark);
        continue;
      }
      if (mark.index - outer.index > maximumQuoteLength) {
        failedOpener = outer;
        break;
      }
      if (inner !== undefined) {
        if (closes(inner, mark)) {
          stack.pop();
          emit(inner, mark.index, 1, false, mark.length);
        } else if (mark.family === outer.family && mark.role !== 'open') {
          // The inner opener was never closed: it was not a quote after all.
          failedOpener = inner;
          break;
        }
        continue;
      }
      if (closes(outer, mark) && (mark.role !== 'either' || mark.index > outer.index + 1)) {
        stack.pop();
        emit(outer, mark.index, 0, false, mark.length);
      } else if (mark.family === outer.family && mark.role === 'open') {
        failedOpener = outer;
        break;
      } else if (mark.family !== outer.family && mark.role !== 'close') {
        stack.push(mark);
      }
    }
    if (failedOpener === undefined && stack.length > 0) {
      const outer = stack[0];
      // Only a quote that opens its sentence runs on; "the vote was “long overdue." is a stray mark.
      const opensSentence = /(?:^|[.!?:,—–]["”’]?)\s*$/u.test(
        text.slice(paragraph.start, outer?.index ?? 0),
      );
      if (stack.length === 1 && outer !== undefined && opensSentence && nextParagraphOpens(outer)) {
        emit(outer, paragraph.end, 0, true);
        return { spans, runOnOpener: outer };
      }
      failedOpener = stack[stack.length - 1];
    }
    if (failedOpener === undefined) return { spans };
    ignored.add(failedOpener.index);
  }
}

/**
 * Finds every quoted span of a text, paragraph by paragraph: nested quotes (depth 1), quotes
 * that run over several paragraphs (one part per paragraph) and recovery from unbalanced marks
 * (an opener that never closes in its paragraph is treated as a stray mark and skipped).
 */
export function scanQuoteSpans(text: string): QuoteSpan[] {
  const paragraphs = splitParagraphs(text);
  const spans: QuoteSpan[] = [];
  let continuesFromPrevious = false;
  paragraphs.forEach((paragraph, position) => {
    const marks = findQuoteMarks(text, paragraph.start, paragraph.end);
    const next = paragraphs[position + 1];
    const nextParagraphOpens = (opener: QuoteMark): boolean => {
      if (next === undefined) return false;
      const offset =
        next.start +
        (text.slice(next.start, next.end).length -
          text.slice(next.start, next.end).trimStart().length);
      const firstMark = findQuoteMarks(text, offset, Math.min(offset + 1, next.end))[0];
      return (
        firstMark !== undefined && firstMark.family === opener.family && firstMark.role !== 'close'
      );
    };
    const result = scanParagraph(text, paragraph, marks, nextParagraphOpens, continuesFromPrevious);
    spans.push(...result.spans);
    continuesFromPrevious = result.runOnOpener !== undefined;
  });
  return spans;
}
