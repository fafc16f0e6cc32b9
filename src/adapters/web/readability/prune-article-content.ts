import type { DomDocument, DomElement } from './dom-types.ts';

/**
 * Cleans Readability's chosen article element: the headline box it sometimes keeps (dek, byline,
 * date) and blocks of links. Readability rewrites tags and drops class names on the way, so
 * header boxes are marked with an attribute before it runs; the attribute survives.
 */

const headerMark = 'data-newsbrief-header';

function textLength(element: DomElement): number {
  return element.textContent?.replace(/\s+/gu, ' ').trim().length ?? 0;
}

function linkTextLength(element: DomElement): number {
  let total = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) total += textLength(link);
  return total;
}

/** Room for a dek beside the headline; more text than this means the box holds body prose. */
const headlineBoxSlack = 300;

/**
 * Marks each <header> that holds the page's headline, before Readability runs, and the
 * headline's own wrapper when it holds little more than the headline and a dek (an unnamed
 * <h2> or <p> under the <h1>, as in Vox Media's and many React layouts).
 */
export function markHeadlineBoxes(document: DomDocument): void {
  for (const header of Array.from(document.querySelectorAll('header'))) {
    if (header.querySelector('h1') !== null) header.setAttribute(headerMark, '');
  }
  const headline = document.querySelector('h1');
  const wrapper = headline?.parentNode;
  if (headline === null || wrapper === null || wrapper === undefined) return;
  if (['body', 'main', 'article', 'html'].includes(wrapper.localName)) return;
  // A lede beside the headline makes the wrapper body: a long paragraph, or a plain unnamed
  // <p> that is a sentence (deks come as headings or as paragraphs with a class or id).
  const holdsProse = Array.from(wrapper.querySelectorAll('p')).some(
    (paragraph) =>
      textLength(paragraph) >= 200 ||
      (textLength(paragraph) >= 80 &&
        // linkedom reports a missing class as "" once class lists were read.
        (paragraph.getAttribute('class') ?? '') === '' &&
        (paragraph.getAttribute('id') ?? '') === '' &&
        /[.!?]["'”’]?$/u.test(paragraph.textContent?.trim() ?? '')),
  );
  if (!holdsProse && textLength(wrapper) <= textLength(headline) + headlineBoxSlack)
    wrapper.setAttribute(headerMark, '');
}

/**
 * "More on this story", "Most read", tag lists, "Read more: <link>" lines: blocks that are
 * mostly link text. A paragraph must also not end like a sentence, or be a link through and
 * through, because body prose often links a phrase or two.
 */
function isLinkBlock(element: DomElement, contentLength: number): boolean {
  const length = textLength(element);
  if (length === 0) return false;
  const share = linkTextLength(element) / length;
  if (element.localName === 'p') {
    if (length >= 300) return false;
    const sentence = /[.!?…]["'”’»)\]]*$/u.test(element.textContent?.trim() ?? '');
    return share >= 0.95 || (share >= 0.7 && !sentence);
  }
  return share >= 0.6 && length < contentLength * 0.4 && element.querySelectorAll('a').length >= 2;
}

/** A headline box: the headline, dek and byline, not the body (unless it holds most of the text). */
function isHeadlineBox(element: DomElement, contentLength: number): boolean {
  return element.getAttribute(headerMark) !== null && textLength(element) < contentLength * 0.3;
}

/** Removes headline boxes and link lists from the article element; returns the count. */
export function pruneArticleContent(root: DomElement): number {
  const contentLength = textLength(root);
  let removed = 0;
  const candidates = Array.from(root.querySelectorAll(`[${headerMark}],p,ul,ol,section,div,aside`));
  for (const element of candidates) {
    if (element.parentNode === null) continue;
    if (
      isHeadlineBox(element, contentLength) ||
      (['p', 'ul', 'ol', 'section', 'div', 'aside'].includes(element.localName) &&
        isLinkBlock(element, contentLength))
    ) {
      element.remove();
      removed += 1;
    }
  }
  return removed;
}
