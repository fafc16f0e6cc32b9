import type { AnalyzedQuotation } from './find-quotations.ts';

/**
 * Japanese and Chinese papers put the gist of a body quote in the headline with no speaker
 * (投資詐欺の元社長、起訴内容認める 「被害者に申し訳ない」, 导演：“想让观众闻到煤烟味”); the
 * body gives the words in full and names who said them. A headline quote whose words the body
 * quote repeats is that speaker's, and a full quote though it stands in no sentence.
 */

/** The longest run of characters both texts share. */
function longestSharedRun(left: string, right: string): number {
  let longest = 0;
  let previousRow = new Array<number>(right.length + 1).fill(0);
  for (let row = 1; row <= left.length; row += 1) {
    const currentRow = new Array<number>(right.length + 1).fill(0);
    for (let column = 1; column <= right.length; column += 1) {
      if (left.charAt(row - 1) !== right.charAt(column - 1)) continue;
      const length = (previousRow[column - 1] ?? 0) + 1;
      currentRow[column] = length;
      if (length > longest) longest = length;
    }
    previousRow = currentRow;
  }
  return longest;
}

/** The first line of text, when it has no full stop outside its quotes: the headline. */
function headlineEnd(text: string): number | undefined {
  const lineEnd = text.indexOf('\n');
  const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const outsideQuotes = line.replace(/[「“『][^」”』]*[」”』]/gu, '');
  return line.trim() === '' || /[。！？]/u.test(outsideQuotes) ? undefined : line.length;
}

/** Gives each unattributed headline quote the speaker of the body quote that repeats it. */
export function echoHeadlineQuotes(text: string, quotations: AnalyzedQuotation[]): void {
  const end = headlineEnd(text);
  if (end === undefined) return;
  const bare = (words: string): string => words.replace(/[\s\p{P}]/gu, '');
  for (const headline of quotations) {
    if (headline.depth !== 0 || headline.start >= end || headline.speaker !== null) continue;
    if (headline.kind !== 'direct' && headline.kind !== 'partial') continue;
    const words = bare(headline.text);
    // "高铁时代" / "海燕": a short term in a headline is a name, whatever the body repeats.
    if (words.length < 6) continue;
    let best: { quotation: AnalyzedQuotation; shared: number } | undefined;
    for (const body of quotations) {
      if (body.depth !== 0 || body.start < end || body.kind !== 'direct' || body.speaker === null)
        continue;
      const shared = longestSharedRun(words, bare(body.text));
      if (shared * 2 >= words.length && shared > (best?.shared ?? 0))
        best = { quotation: body, shared };
    }
    if (best === undefined) continue;
    headline.speaker = best.quotation.speaker;
    headline.speakerConfidence = 'resolved';
    if (best.quotation.speakerKind !== undefined) headline.speakerKind = best.quotation.speakerKind;
    headline.kind = 'direct';
    headline.attributionRule = 'headline-echo';
  }
}
