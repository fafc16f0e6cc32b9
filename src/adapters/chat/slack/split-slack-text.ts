/**
 * Splits text into chunks of at most `limit` characters, preferring sentence ends, then line
 * breaks, then spaces, so a long bullet or quote reads naturally across sections. Never cuts
 * inside an HTML entity produced by escapeSlackText or between the halves of a surrogate pair.
 */
export function splitSlackText(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk.length > 0) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

function findCut(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  // Cuts earlier than half the limit would make many tiny chunks; fall through to the next rule.
  const floor = Math.floor(limit / 2);
  const sentence = lastMatchEnd(window, /[.!?…]["”’»)\]]*\s+/g);
  if (sentence !== undefined && sentence > floor && sentence <= limit) return sentence;
  const line = window.lastIndexOf('\n');
  if (line > floor) return line + 1;
  const space = window.lastIndexOf(' ');
  if (space > floor) return space + 1;
  return safeHardCut(text, limit);
}

function lastMatchEnd(text: string, pattern: RegExp): number | undefined {
  let end: number | undefined;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

function safeHardCut(text: string, limit: number): number {
  let cut = limit;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  // Do not split an entity such as &amp; (at most 5 characters long).
  const ampersand = text.lastIndexOf('&', cut - 1);
  if (ampersand !== -1 && cut - ampersand < 5) {
    const semicolon = text.indexOf(';', ampersand);
    if (semicolon >= cut && semicolon - ampersand <= 5 && ampersand > 0) cut = ampersand;
  }
  return cut;
}
