/**
 * Pages built to hurt a reader, generated rather than stored. The nested-div page is the one
 * from issue 10: about 17 KB that kept Readability on linkedom busy for two minutes at depth
 * 1,500, blocking every queue of the worker that read it.
 */
export function nestedDivPage(
  depth: number,
  paragraphs: readonly string[] = threeParagraphs,
): string {
  const body = paragraphs.map((text) => `<p>${text}</p>`).join('');
  return (
    '<!doctype html><html lang="en"><head><title>Nested</title></head><body>' +
    `${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}</body></html>`
  );
}

const threeParagraphs = [
  'The council met on Tuesday to discuss the new bridge, which has been debated for months.',
  'Residents said the plan would cut their commute, while critics pointed to the cost.',
  'A final vote is expected next week, officials said after the meeting ended.',
];
