/**
 * A small reader of URL text fragments for the tests, written from the WICG spec rather than
 * from our builder: it parses `#:~:text=[prefix-,]start[,end][,-suffix]`, percent-decodes each
 * term and finds the range in a text the way a browser would — case-insensitive, whitespace
 * runs equal, a term never crossing a block (a blank line here), and matches starting and
 * ending at word boundaries.
 */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

export function parseTextDirective(url: string): TextDirective {
  const hash = url.indexOf('#');
  if (hash < 0) throw new Error(`no fragment in ${url}`);
  const fragment = url.slice(hash + 1);
  if (!fragment.startsWith(':~:text=')) throw new Error(`no text directive in ${url}`);
  const raw = fragment.slice(':~:text='.length).split(',');
  const terms = [...raw];
  const directive: Partial<TextDirective> = {};
  if (terms[0]?.endsWith('-') === true)
    directive.prefix = decodeURIComponent(terms.shift() ?? '').slice(0, -1);
  if (terms.at(-1)?.startsWith('-') === true)
    directive.suffix = decodeURIComponent(terms.pop() ?? '').slice(1);
  if (terms.length < 1 || terms.length > 2) throw new Error(`bad text directive ${fragment}`);
  for (const term of terms) {
    // Unencoded syntax characters inside a term would change its meaning.
    if (/[-&]/.test(term)) throw new Error(`unencoded - or & in ${term}`);
  }
  const [start = '', end] = terms.map((term) => decodeURIComponent(term));
  return { ...directive, start, ...(end === undefined ? {} : { end }) };
}

interface Normalized {
  text: string;
  /** Offset in the original text of each normalized character. */
  offsets: number[];
}

/** Whitespace collapsed to one space, or to "\n" where the run holds a blank line (a block break). */
function normalize(text: string): Normalized {
  let normalized = '';
  const offsets: number[] = [];
  for (const match of text.matchAll(/\s+|\S/g)) {
    const piece = match[0];
    if (/^\s+$/.test(piece)) {
      normalized += /\n\s*\n/.test(piece) ? '\n' : ' ';
    } else normalized += piece.toLowerCase();
    offsets.push(match.index);
  }
  return { text: normalized, offsets };
}

const wordCharacter = /[\p{L}\p{N}]/u;

function atWordBoundary(text: string, from: number, to: number): boolean {
  const before = text[from - 1];
  const after = text[to];
  return (
    (before === undefined || !wordCharacter.test(before)) &&
    (after === undefined || !wordCharacter.test(after))
  );
}

function find(text: string, term: string, from: number): number {
  const needle = term.replace(/\s+/g, ' ').toLowerCase();
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (atWordBoundary(text, at, at + needle.length)) return at;
  }
  return -1;
}

/** Where the directive's range lies in `text`, as offsets into it; undefined when not found. */
export function matchTextDirective(
  text: string,
  directive: TextDirective,
): { start: number; end: number } | undefined {
  const normalized = normalize(text);
  const startAt = find(normalized.text, directive.start, 0);
  if (startAt < 0) return undefined;
  const startEnd = startAt + directive.start.replace(/\s+/g, ' ').length;
  let endEnd = startEnd;
  if (directive.end !== undefined) {
    const endAt = find(normalized.text, directive.end, startEnd);
    if (endAt < 0) return undefined;
    endEnd = endAt + directive.end.replace(/\s+/g, ' ').length;
  }
  const start = normalized.offsets[startAt] ?? -1;
  const last = normalized.offsets[endEnd - 1] ?? -1;
  return { start, end: last + 1 };
}
