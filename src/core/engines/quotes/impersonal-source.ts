import { isLeadWord } from './latin-speakers.ts';
import type { LatinContext } from './latin-context.ts';
import { capitalizeFirst } from '../../text/words.ts';

/**
 * "„…“, heißt es aus der Landeswarnzentrale in Tulln", "„…“, hieß es in einer Mitteilung des
 * Unternehmens": German's impersonal "heißt es" has no person as subject; the source is the
 * body named after it, behind "aus / von / bei" or as the author of a statement ("in einer
 * Mitteilung des …"). A body noun that stands for a body named before ("des Unternehmens"
 * after "Die Fluggesellschaft Eurowings") is that body; any other noun is the source as
 * written, without its article and its place ("Landeswarnzentrale").
 */

/** Nouns for a company, and the compound heads a company is introduced with. */
const companyNouns = [
  'unternehmen',
  'konzern',
  'firma',
  'gesellschaft',
  'hersteller',
  'betreiber',
  'airline',
  'kette',
  'discounter',
  'reederei',
  'bank',
];

const capitalisedRun = String.raw`(\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}&-]*)*)`;

const fromBody = new RegExp(
  String.raw`^[\s,]*(?:aus|von|vom|bei|beim|seitens)\s+(?:(?:der|dem|den|des)\s+)?${capitalisedRun}`,
  'u',
);
const inStatement = new RegExp(
  String.raw`^[\s,]*in\s+(?:einer|einem|der|dem)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+(?:des|der|vom|von)\s+(?:(?:der|dem|den)\s+)?${capitalisedRun}`,
  'u',
);

export function impersonalSource(
  context: LatinContext,
  verb: string,
  rest: string,
): string | undefined {
  if (context.lexicon.language !== 'de' || !/\s+es\s*$/u.test(verb)) return undefined;
  const run = (fromBody.exec(rest) ?? inStatement.exec(rest))?.[1];
  if (run === undefined) return undefined;
  const words = run.split(/\s+/u);
  while (words.length > 0 && isLeadWord(words.at(-1) ?? '', context.lexicon)) words.pop();
  const [noun, ...name] = words;
  if (noun === undefined) return undefined;
  // "vom Fahrgastverband Pro Bahn": the name after the body noun.
  if (name.length > 0) return name.join(' ');
  const singular = noun.replace(/e?s$/u, '').toLowerCase();
  if (!companyNouns.some((company) => singular.endsWith(company))) return noun;
  return lastNamedCompany(context) ?? undefined;
}

/** "Die Fluggesellschaft Eurowings": the last name written after a company noun. */
function lastNamedCompany(context: LatinContext): string | undefined {
  const { text, span, lexicon } = context;
  const heads = companyNouns.map(capitalizeFirst);
  const pattern = new RegExp(
    String.raw`(?:${[...companyNouns, ...heads].join('|')})[^\S\n]+(\p{Lu}[\p{L}&-]*(?:[^\S\n]+\p{Lu}[\p{L}&-]*)*)`,
    'gu',
  );
  let found: string | undefined;
  for (const match of text.slice(0, span.openIndex).matchAll(pattern)) {
    const run = (match[1] ?? '').split(/\s+/u);
    while (run.length > 0 && isLeadWord(run.at(-1) ?? '', lexicon)) run.pop();
    if (run.length > 0 && !isLeadWord(run[0] ?? '', lexicon)) found = run.join(' ');
  }
  return found;
}
