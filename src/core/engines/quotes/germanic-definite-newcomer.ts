import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Am Pistenrand steht ein Mann mit Zipfelmütze, der … «…», sagt der Zuschauer aus Adelboden."
 * / "Bij de ingang staat een man … ‘…’, zegt de bezoeker uit Zwolle.": in German and Dutch a
 * definite noun with the place someone comes from, after the speech verb, describes the person
 * the paragraph has just brought in unnamed ("ein Mann", "een man"), when the paragraph names
 * no one before the quote: it is not the last person named further up. Shown as written, as
 * decision 0014 shows every description.
 */

/** The indefinite articles that bring someone new into the paragraph. */
const indefinite: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])(?:ein|eine|einen)\s+\p{L}/iu,
  nl: /(?<![\p{L}])een\s+\p{L}/iu,
};

/** "der Zuschauer aus Adelboden", "de bezoeker uit Zwolle": article, noun and origin. */
const withOrigin: Readonly<Record<string, RegExp>> = {
  de: /^[\s,]*((?:der|die)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+aus\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u,
  nl: /^[\s,]*(de\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+uit\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u,
};

export function definiteNewcomer(
  context: LatinContext,
  rest: string,
): { described: string } | undefined {
  const { lexicon, text, span, before } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  const description = withOrigin[lexicon.language]?.exec(rest)?.[1];
  if (description === undefined) return undefined;
  const paragraph = text.slice(span.paragraphStart, before.to);
  if (!(indefinite[lexicon.language]?.test(paragraph) ?? false)) return undefined;
  if (namesOutsideQuotes(context, span.paragraphStart, span.openIndex).length > 0) return undefined;
  return { described: description };
}
