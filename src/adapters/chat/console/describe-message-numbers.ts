/** "#1–#4", "#2, #5 and #7", "#1–#3 and #6": message numbers as a reader scans them. */
export function describeMessageNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((left, right) => left - right);
  const runs: [number, number][] = [];
  for (const number of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && number === last[1] + 1) last[1] = number;
    else runs.push([number, number]);
  }
  const parts = runs.flatMap(([first, last]) =>
    last - first >= 2
      ? [`#${first}–#${last}`]
      : last === first
        ? [`#${first}`]
        : [`#${first}`, `#${last}`],
  );
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** The answer to `#99 …` when there is no message 99 but there are briefs to ask about. */
export function noSuchMessageSentence(asked: number, briefNumbers: readonly number[]): string {
  if (briefNumbers.length === 0)
    return `There is no message #${asked}, and no brief to ask about yet: start with /news summarize <url or file text>.`;
  return briefNumbers.length === 1
    ? `There is no message #${asked}; the only brief so far is ${describeMessageNumbers(briefNumbers)}.`
    : `There is no message #${asked}; briefs so far are ${describeMessageNumbers(briefNumbers)}.`;
}
