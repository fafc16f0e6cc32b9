/**
 * Splits raw article text into paragraphs with whitespace normalised inside each one. This runs
 * before any offset is computed, so collapsing spaces here never breaks a quote's position.
 */

const invisibleCharacters = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/gu;

/** Collapses runs of whitespace (including no-break spaces) to one space; drops zero-width marks. */
export function normaliseParagraph(text: string): string {
  return text.replace(invisibleCharacters, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Text hard-wrapped at a fixed width (e-mail, some .txt exports) has every line of a block
 * between ~45 and ~100 characters; pasted web text has one line per paragraph instead.
 */
function isHardWrapped(blocks: readonly string[][]): boolean {
  let wrappedLines = 0;
  let innerLines = 0;
  for (const lines of blocks) {
    for (const line of lines.slice(0, -1)) {
      innerLines += 1;
      if (line.length >= 45 && line.length <= 100) wrappedLines += 1;
    }
  }
  const longest = Math.max(0, ...blocks.flat().map((line) => line.length));
  return innerLines >= 3 && wrappedLines / innerLines >= 0.8 && longest <= 110;
}

/**
 * Blank lines always separate paragraphs. Inside a block, lines are separate paragraphs unless
 * the whole text is hard-wrapped, in which case a block's lines are joined.
 */
export function splitParagraphs(text: string): string[] {
  const blocks = text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t\u00a0]*\n/u)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
  const joinLines = isHardWrapped(blocks);
  const paragraphs = blocks.flatMap((lines) => (joinLines ? [lines.join(' ')] : lines));
  return paragraphs.map(normaliseParagraph).filter((paragraph) => paragraph.length > 0);
}
