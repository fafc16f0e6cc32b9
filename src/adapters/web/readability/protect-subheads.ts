import type { DomDocument, DomElement } from './dom-types.ts';

/**
 * Readability removes the first <h1>/<h2> whose words all appear in the article title, meant
 * for the headline repeated above the body. On a live blog or a long read a short subhead
 * below the lede often passes that test ("Milton makes landfall" under "Hurricane Milton makes
 * landfall near Siesta Key") and vanishes. Such a subhead is renamed <h3>, which that check
 * skips; the headline copy above the body is left for Readability and our cleaning to drop.
 */

/** compareDocumentPosition's bit for "the other node comes before this one". */
const precedingNode = 2;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The titles Readability may compare against: <title>, og:title and JSON-LD headlines. */
function candidateTitles(document: DomDocument): string[] {
  const titles = [
    document.querySelector('title')?.textContent ?? '',
    document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
  ];
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    for (const match of (script.textContent ?? '').matchAll(/"headline"\s*:\s*"([^"]{1,300})"/gu))
      titles.push(match[1] ?? '');
  }
  return titles.filter((title) => title.trim().length > 0);
}

/**
 * True when every word of the heading is in the title but the heading has well under the
 * title's words: a subhead that borrows the story's key words, not the headline itself.
 */
function isShortEchoOfTitle(heading: string[], title: string[]): boolean {
  if (heading.length === 0 || heading.length > title.length * 0.6) return false;
  const titleWords = new Set(title);
  return heading.every((word) => titleWords.has(word));
}

function renameToH3(document: DomDocument, heading: DomElement): void {
  const replacement = document.createElement('h3');
  for (const attribute of ['class', 'id']) {
    const value = heading.getAttribute(attribute);
    if (value !== null) replacement.setAttribute(attribute, value);
  }
  replacement.append(...Array.from(heading.childNodes));
  heading.replaceWith(replacement);
}

/** Renames subheads below the first prose paragraph that echo the title; returns the count. */
export function protectSubheads(document: DomDocument): number {
  const firstProse = Array.from(document.querySelectorAll('p')).find(
    (paragraph) => (paragraph.textContent?.trim().length ?? 0) >= 150,
  );
  if (firstProse === undefined) return 0;
  const titles = candidateTitles(document).map(words);
  let renamed = 0;
  for (const heading of Array.from(document.querySelectorAll('h2'))) {
    if ((heading.compareDocumentPosition(firstProse) & precedingNode) === 0) continue;
    const headingWords = words(heading.textContent ?? '');
    if (!titles.some((title) => isShortEchoOfTitle(headingWords, title))) continue;
    renameToH3(document, heading);
    renamed += 1;
  }
  return renamed;
}
