import { elementNode, textNode, type DomElement, type DomNode } from './dom-types.ts';

/**
 * Turns Readability's article element into paragraphs. Readability's own textContent glues
 * paragraphs together ("…said.The next…"), so we walk the tree and break at block elements:
 * each p, heading, list item, quote, pre or table row becomes one paragraph.
 */

const blockTags = new Set([
  'address',
  'article',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'caption',
]);
const skippedTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'textarea',
  'figcaption',
  'iframe',
  'object',
  'canvas',
  'math',
]);
const cellTags = new Set(['td', 'th']);

export interface BlockText {
  paragraphs: string[];
  /** Share of the text that sits inside links: high on index pages, low in articles. */
  linkDensity: number;
  headingCount: number;
}

interface WalkState {
  buffer: string[];
  paragraphs: string[];
  linkCharacters: number;
  headingCount: number;
}

/** Marks a <br> in the buffer; source newlines are plain whitespace in HTML, a <br> is not. */
const lineBreak = '\uE000';

/**
 * A `<br><br>` pair is how many CMSs separate paragraphs, so it splits; a single `<br>` is a
 * line break inside one paragraph and becomes a space.
 */
function flush(state: WalkState): void {
  const pieces = state.buffer.join('').split(new RegExp(`${lineBreak}\\s*${lineBreak}`, 'u'));
  state.buffer.length = 0;
  for (const piece of pieces) {
    const paragraph = piece
      .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/gu, '')
      .replaceAll(lineBreak, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    if (/[\p{L}\p{N}]/u.test(paragraph)) state.paragraphs.push(paragraph);
  }
}

function walk(node: DomNode, state: WalkState, insideLink: boolean): void {
  if (node.nodeType === textNode) {
    const text = node.textContent ?? '';
    state.buffer.push(text);
    if (insideLink) state.linkCharacters += text.trim().length;
    return;
  }
  if (node.nodeType !== elementNode) return;
  const element = node as DomElement;
  const tag = element.localName;
  if (skippedTags.has(tag)) return;
  if (tag === 'br') {
    state.buffer.push(lineBreak);
    return;
  }
  if (cellTags.has(tag) && state.buffer.join('').trim().length > 0) state.buffer.push(' | ');
  const isBlock = blockTags.has(tag);
  if (isBlock) flush(state);
  if (/^h[1-6]$/u.test(tag)) state.headingCount += 1;
  const children = Array.from(element.childNodes);
  for (const child of children) walk(child, state, insideLink || tag === 'a');
  if (isBlock) flush(state);
}

/** Collects the article element's text as block paragraphs, with whitespace collapsed inside each. */
export function collectBlockText(root: DomElement): BlockText {
  const state: WalkState = { buffer: [], paragraphs: [], linkCharacters: 0, headingCount: 0 };
  walk(root, state, false);
  flush(state);
  const paragraphs = state.paragraphs;
  const totalCharacters = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  return {
    paragraphs,
    linkDensity: totalCharacters === 0 ? 0 : state.linkCharacters / totalCharacters,
    headingCount: state.headingCount,
  };
}
