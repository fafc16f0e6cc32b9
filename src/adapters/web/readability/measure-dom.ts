import type { DomElement } from './dom-types.ts';

export interface DomLimits {
  /** Most elements a page may have; real news pages have a few thousand, rarely 15,000. */
  maxElements: number;
  /** Deepest nesting a page may have; real news pages stay under about 60. */
  maxDepth: number;
}

export const defaultDomLimits: DomLimits = { maxElements: 50_000, maxDepth: 200 };

export interface DomSize {
  /** Elements counted, up to the first one past a limit. */
  elements: number;
  /** Deepest nesting seen, up to the first element past a limit. */
  depth: number;
  overLimit: boolean;
}

/**
 * Counts elements and nesting depth, stopping at the first element past a limit. Readability's
 * cost grows much faster than linearly with depth (1,500 nested divs keep it busy for minutes),
 * so this runs before it. Iterative, so a page nested a million deep cannot overflow the stack.
 */
export function measureDom(root: DomElement, limits: DomLimits): DomSize {
  let elements = 0;
  let depth = 0;
  const pending: { element: DomElement; depth: number }[] = [{ element: root, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    elements += 1;
    depth = Math.max(depth, next.depth);
    if (elements > limits.maxElements || depth > limits.maxDepth)
      return { elements, depth, overLimit: true };
    for (
      let child = next.element.firstElementChild;
      child !== null;
      child = child.nextElementSibling
    )
      pending.push({ element: child, depth: next.depth + 1 });
  }
  return { elements, depth, overLimit: false };
}
