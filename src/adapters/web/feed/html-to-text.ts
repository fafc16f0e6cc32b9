import { parseHTML } from 'linkedom';
import { decodeHtmlEntities } from './html-entities.ts';

/**
 * Feed HTML to plain text. Descriptions are small fragments, and a feed has hundreds, so
 * the usual path is a tokenizer (about 20× faster than building a DOM per fragment); a
 * fragment with a character reference the tokenizer does not know goes through linkedom.
 * Both paths drop tags, skip scripts and styles with their content, and break paragraphs at
 * block elements. Nothing is ever executed.
 */

/** The DOM members the slow path reads; linkedom's typings lean on the DOM lib we do not load. */
interface WalkNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly localName?: string;
  readonly childNodes: ArrayLike<WalkNode>;
}

// Private-use markers survive whitespace collapsing, unlike "\n".
const paragraphMark = '\uE001';
const lineMark = '\uE002';

// prettier-ignore
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul',
]);
// prettier-ignore
const skippedTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head',
  'button', 'select', 'textarea', 'canvas',
]);

const markupSource =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<(\/?)([A-Za-z][A-Za-z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<[!?][^>]*>/g;

function stripMarkers(text: string): string {
  return text.replace(/\uE001|\uE002/g, '');
}

/** The fast path; undefined when a character reference needs the full parser. */
function tokenize(html: string): string[] | undefined {
  const pieces: string[] = [];
  // A fresh regex per call: its lastIndex is moved to skip script bodies.
  const markupPattern = new RegExp(markupSource.source, 'g');
  const openBlocks = new Map<string, number>();
  let position = 0;
  for (let match = markupPattern.exec(html); match !== null; match = markupPattern.exec(html)) {
    const text = decodeHtmlEntities(html.slice(position, match.index));
    if (text === undefined) return undefined;
    pieces.push(stripMarkers(text));
    position = match.index + match[0].length;
    const [, cdata, closing, rawName] = match;
    if (cdata !== undefined) pieces.push(stripMarkers(cdata));
    const name = rawName?.toLowerCase();
    if (name === undefined) continue;
    if (name === 'br') pieces.push(lineMark);
    else if (blockTags.has(name)) {
      // Browsers ignore an end tag that closes nothing, except </p>, which makes an empty <p>.
      const open = openBlocks.get(name) ?? 0;
      if (closing === '' || open > 0 || name === 'p') pieces.push(paragraphMark);
      openBlocks.set(name, closing === '' ? open + 1 : Math.max(0, open - 1));
    } else if (skippedTags.has(name) && closing === '') {
      const end = html.toLowerCase().indexOf(`</${name}`, position);
      const after = end === -1 ? -1 : html.indexOf('>', end);
      position = after === -1 ? html.length : after + 1;
      markupPattern.lastIndex = position;
    }
  }
  const tail = decodeHtmlEntities(html.slice(position));
  if (tail === undefined) return undefined;
  pieces.push(stripMarkers(tail));
  return pieces;
}

function walk(node: WalkNode, pieces: string[]): void {
  if (node.nodeType === 3) {
    pieces.push(stripMarkers(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = node.localName ?? '';
  if (skippedTags.has(tag)) return;
  if (tag === 'br') {
    pieces.push(lineMark);
    return;
  }
  const block = blockTags.has(tag);
  if (block) pieces.push(paragraphMark);
  for (let index = 0; index < node.childNodes.length; index += 1) {
    const child = node.childNodes[index];
    if (child !== undefined) walk(child, pieces);
  }
  if (block) pieces.push(paragraphMark);
}

function parseWithDom(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: { body: WalkNode | null };
  };
  const pieces: string[] = [];
  if (document.body !== null) walk(document.body, pieces);
  return pieces;
}

function collapse(text: string): string {
  return text.replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '').replace(/\s+/g, ' ');
}

/** Joins walked pieces: whitespace collapsed, one blank line between paragraphs. */
function joinPieces(pieces: readonly string[]): string {
  return collapse(pieces.join(''))
    .split(new RegExp(`\\s*${paragraphMark}[\\s${paragraphMark}]*`, 'u'))
    .map((paragraph) =>
      paragraph
        .split(lineMark)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Turns an HTML fragment from a feed into plain text with paragraphs separated by "\n\n". */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapse(html).trim();
  return joinPieces(tokenize(html) ?? parseWithDom(html));
}

/** Same, always through linkedom: the reference the fast path is tested against. */
export function htmlToTextWithDom(html: string): string {
  return joinPieces(parseWithDom(html));
}

/** A one-paragraph excerpt of at most `maxCharacters`, cut at a word boundary with "…". */
export function excerptOf(text: string, maxCharacters = 500): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxCharacters) return flat;
  const cut = flat.slice(0, maxCharacters - 1);
  const boundary = cut.lastIndexOf(' ');
  const head = boundary > maxCharacters / 2 ? cut.slice(0, boundary) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
