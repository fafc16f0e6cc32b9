import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "… op de Nederlander Thijs Meulenbeld. … ‘…’, vertelde de Nederlander." / "… der Ortschef
 * Martin Pichlbauer … „…“, warnt der Ortschef.": in German and Dutch copy a definite article
 * and a noun after the speech verb stand for the person the text last wrote that same noun
 * before ("de Nederlander Thijs Meulenbeld"), not for the last name written.
 */

export function roleNounHolder(context: LatinContext, rest: string): string | undefined {
  const { text, lexicon, span } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  const noun = new RegExp(String.raw`^[\s,]*(?:${articles})\s+([\p{L}-]{3,})`, 'iu').exec(
    rest,
  )?.[1];
  if (noun === undefined) return undefined;
  const mention = new RegExp(
    String.raw`(?<![\p{L}-])${escapeRegExp(noun)}[^\S\n]+(?=\p{Lu})`,
    'giu',
  );
  let holder: string | undefined;
  for (const match of text.slice(0, span.openIndex).matchAll(mention)) {
    const at = match.index + match[0].length;
    const name = namesOutsideQuotes(context, at, Math.min(span.openIndex, at + 60))[0];
    if (name !== undefined && name.index === at) holder = name.name;
  }
  return holder;
}
