import type { DomDocument, DomElement } from './dom-types.ts';
import { nameWords } from './furniture-names.ts';

/**
 * "Key points" and "Key takeaways" boxes summarise the article above its body and are part of
 * it, but they often sit outside the container Readability picks (a live blog's entries, a
 * story body div), so their items are read first and put back when Readability dropped them.
 */

function isKeyPointsBox(element: DomElement): boolean {
  const words = new Set(nameWords(element));
  if (words.has('takeaways') || words.has('keypoints')) return true;
  // Bloomberg's bullet "abstract" under the headline is the same box.
  if (words.has('abstract')) return true;
  return words.has('key') && (words.has('points') || words.has('facts'));
}

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

/** The items of the page's first key-points box, or none. */
export function readKeyPoints(document: DomDocument): string[] {
  const box = Array.from(document.querySelectorAll('[class],[id],[data-testid]')).find(
    isKeyPointsBox,
  );
  if (box === undefined) return [];
  return Array.from(box.querySelectorAll('li'))
    .map((item) => clean(item.textContent))
    .filter((item) => item.length > 0 && item.length < 400);
}
