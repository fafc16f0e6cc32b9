import { isTitle } from './latin-speakers.ts';
import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';
import { headlineLength } from './headline-echo.ts';

/**
 * "Dynamo-coach na titel: ‘Dit team heeft karakter getoond’", "Bayern-Trainerin nach dem
 * Aus: „…“", "Bürgermeister zur Flut: „…“": a German or Dutch headline labels its quote with
 * an office (alone or as a compound's last part, often after the club or the place) instead
 * of a name. The speaker is the holder of that office: the person the body first writes right
 * after the same office ("coach Erik Veldkamp", "Trainerin Julia Sander"). A label that names
 * someone itself is read by the other rules.
 */

/** The office a label's first word ends with: a whole title, else the longest title ending. */
function officeOf(word: string, context: LatinContext): string | undefined {
  const { lexicon } = context;
  // "Dynamo-coach", "Bayern-Trainerin": the part after the hyphen is the office.
  const part = (word.split('-').at(-1) ?? word).toLowerCase();
  if (lexicon.titles.some((title) => title.toLowerCase() === part)) return part;
  if (!isTitle(word, lexicon)) return undefined;
  const endings = lexicon.titleEndings.filter((ending) => part.endsWith(ending));
  return endings.sort((left, right) => right.length - left.length)[0];
}

export function headlineRoleLabel(context: LatinContext): string | undefined {
  const { text, lexicon, span } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  const start = text.length - text.trimStart().length;
  const lineEnd = text.indexOf('\n', start);
  const headlineEnd = lineEnd === -1 ? text.length : lineEnd;
  if (span.openIndex >= headlineEnd || headlineEnd - start > headlineLength) return undefined;
  const label = /^\s*([\p{L}-]+)[^:\n]{0,60}:\s*$/u.exec(text.slice(start, span.openIndex));
  const office = officeOf(label?.[1] ?? '', context);
  if (label === null || office === undefined) return undefined;
  if (namesOutsideQuotes(context, start, span.openIndex).length > 0) return undefined;
  // "van coach Erik Veldkamp", "Die Trainerin Julia Sander": the office right before the name.
  const mention = new RegExp(
    String.raw`(?<![\p{L}])[\p{L}-]*${escapeRegExp(office)}[^\S\n]+(?=\p{Lu})`,
    'giu',
  );
  for (const match of text.slice(headlineEnd).matchAll(mention)) {
    const at = headlineEnd + match.index + match[0].length;
    const name = namesOutsideQuotes(context, at, Math.min(text.length, at + 60))[0];
    if (name !== undefined && name.index === at) return name.name;
  }
  return undefined;
}
