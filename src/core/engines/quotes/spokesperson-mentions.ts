/**
 * "A Streamline spokesman confirmed the layoffs. “…,” he said.": a spokesperson whose
 * employer the text names speaks for that employer, so a later "he" or "she" quotes the
 * organisation (the annotation convention for unnamed spokespeople).
 */
export interface SpokespersonMention {
  index: number;
  /** The capitalised employer in front of the noun ("Streamline", "Scotland Yard"). */
  employer: string;
}

const spokesperson =
  /(?<![\p{L}])(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}’'.&-]*\s+){1,4})(?:spokesman|spokeswoman|spokesperson|representative)(?![\p{L}])/gu;

/** "A spokesperson for Orsted said": the employer after the noun. */
const spokespersonFor =
  /(?<![\p{L}])(?:[Aa]n?|[Tt]he)\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|at)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}’'.&-]*){0,5})/gu;

export function spokespersonMentions(
  text: string,
  isSubjectAt: (index: number) => boolean,
): SpokespersonMention[] {
  const found: SpokespersonMention[] = [];
  for (const match of text.matchAll(spokesperson)) {
    if (!isSubjectAt(match.index)) continue;
    const employer = (match[1] ?? '').trim().replace(/[’']s$/u, '');
    found.push({ index: match.index, employer });
  }
  for (const match of text.matchAll(spokespersonFor)) {
    // "Sigrid Johansson, a spokeswoman for Volvo Buses,": she has a name of her own.
    const appositive = /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(
      text.slice(Math.max(0, match.index - 40), match.index),
    );
    if (appositive || !isSubjectAt(match.index)) continue;
    found.push({ index: match.index, employer: (match[1] ?? '').replace(/[’']s$/u, '') });
  }
  return found.sort((left, right) => left.index - right.index);
}
