import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { acronymSubject } from './acronym-subject.ts';
import { bodySpeaker } from './body-noun-speaker.ts';
import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';

/**
 * "…, toen Gault&Millau hem ‘een chef die de Noordzeekeuken opnieuw uitvindt’ noemde." /
 * "…, als der Gourmetführer Feinschmecker sie „eine Bäckerin, die …“ nannte.": a German or
 * Dutch subordinate clause puts its verb last, so words woven into it stand between the
 * subject (after the conjunction) and the verb that closes the clause. The subject spoke,
 * not the last person named; the verb after the quote has no subject of its own to read.
 */

const conjunctions: Readonly<Record<string, readonly string[]>> = {
  de: ['als', 'weil', 'nachdem', 'dass', 'wenn', 'während', 'obwohl', 'seit', 'seitdem', 'da'],
  nl: ['toen', 'omdat', 'nadat', 'zodra', 'als', 'wanneer', 'dat', 'terwijl', 'hoewel', 'sinds'],
};

/** Verbs of calling someone something ("noemde", "nannte"), which end such clauses. */
const namingVerbs: Readonly<Record<string, readonly string[]>> = {
  de: ['nannte', 'nennt', 'nannten', 'nennen', 'taufte', 'tauft'],
  nl: ['noemde', 'noemt', 'noemden', 'noemen', 'doopte', 'doopt'],
};

/** How many words the clause may hold between its conjunction and the quote. */
const clauseWords = 8;

/** The verb alone closes the clause after the quote. */
function closingVerb(after: string, lexicon: SpeechLexicon): boolean {
  const verbs = [
    ...lexicon.speechVerbs.filter((verb) => !verb.includes(' ')),
    ...(namingVerbs[lexicon.language] ?? []),
  ];
  return new RegExp(
    String.raw`^\s*(?:${verbs.map(escapeRegExp).join('|')})\s*(?:[.!?;,]|$)`,
    'iu',
  ).test(after);
}

const run = String.raw`(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*)*)(?=\s+\p{Ll})`;

/**
 * A one-word name the person index does not read: in Dutch the capitalised words that open the
 * clause ("Gault&Millau", "De Telegraaf": mid-sentence, a capital article is the name's); in
 * German the name written after a definite article and its noun ("der Gourmetführer
 * Feinschmecker"), since a capitalised word alone may be any noun.
 */
function capitalisedSubject(subject: string, lexicon: SpeechLexicon): string | undefined {
  if (lexicon.capitalisesNouns !== true) return new RegExp(`^${run}`, 'u').exec(subject)?.[1];
  const articles = lexicon.articles.map(escapeRegExp).join('|');
  return new RegExp(String.raw`^(?:${articles})\s+\p{Lu}\p{Ll}+\s+${run}`, 'u').exec(subject)?.[1];
}

export function wovenBeforeClosingVerb(
  context: LatinContext,
): string | { described: string } | undefined {
  const { text, lexicon, before, after } = context;
  const words = conjunctions[lexicon.language];
  if (words === undefined) return undefined;
  if (!closingVerb(text.slice(after.from, after.to), lexicon)) return undefined;
  const window = text.slice(before.from, before.to);
  const clause = new RegExp(
    String.raw`(?<![\p{L}])(?:${words.map(escapeRegExp).join('|')})\s+((?:[^\s,;:.!?“”„"«»‘’]+\s+){1,${clauseWords}})$`,
    'iu',
  ).exec(window);
  if (clause === null) return undefined;
  const from = before.from + clause.index + clause[0].length - (clause[1] ?? '').length;
  const subject = text.slice(from, before.to);
  return (
    namesOutsideQuotes(context, from, before.to)[0]?.name ??
    acronymSubject(subject, lexicon) ??
    capitalisedSubject(subject, lexicon) ??
    bodySpeaker(context, subject, from)
  );
}
