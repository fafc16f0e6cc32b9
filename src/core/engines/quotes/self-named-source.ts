import { nameRunSource, stripName, type NameRun } from './person-names.ts';

/**
 * "said a resident who gave only her first name, Maryam", "a retired teacher who would only be
 * identified as Abu Ahmed": an unnamed description that hands over a partial name. The name
 * the text writes is the speaker, so the quote is not left anonymous.
 */
const givenNamePattern = new RegExp(
  String.raw`^[^.;:!?“”"]{0,60}?(?:(?:gave|give|giving|provided)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+only)?(?:\s+as)?|identified\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+first\s+name,?\s+)?as),?\s+(${nameRunSource})`,
  'u',
);

/** The name a description right before `from` gives itself, if the following words give one. */
export function selfNamedSource(text: string, from: number): NameRun | undefined {
  const match = givenNamePattern.exec(text.slice(from, from + 160));
  const run = match?.[1];
  if (!match || run === undefined) return undefined;
  return stripName(run, from + match[0].length - run.length);
}
