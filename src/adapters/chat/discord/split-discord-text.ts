/**
 * Splits text into pieces of at most `max` characters, cutting at the last paragraph break,
 * line break, sentence end or space that fits, and mid-word only when a single word is longer
 * than `max`. Joining the pieces with the separators cut at gives the text back.
 */
export function splitDiscordText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = lastBreak(window, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces.filter((piece, index) => piece !== '' || index === 0);
}

function lastBreak(window: string, max: number): number {
  const floor = Math.floor(max / 2);
  for (const pattern of [/\n\n/g, /\n/g, /[.!?…]["”’)]?\s/g, /\s/g]) {
    let best = -1;
    for (const match of window.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (end <= max && end > floor) best = end;
    }
    if (best > 0) return best;
  }
  return max;
}

/** Shortens text to `max` characters with an ellipsis, for titles and labels only (never quotes). */
export function clipDiscordText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}
