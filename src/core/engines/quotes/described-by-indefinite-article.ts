/**
 * Someone unnamed whom German or Dutch copy describes with an indefinite article ("meint ein
 * Stammgast, der seit …", "Een badmeester die er al dertig jaar werkt, …", "Ein Schulleiter aus
 * dem Landkreis Cloppenburg, der …"): the description as written, up to the comma or the
 * relative pronoun. A spokesperson is described the same way ("ein Sprecher des Landratsamts",
 * "een woordvoerder van de gemeente"), as decision 0014 says for every language.
 */

interface DescriptionWords {
  indefinite: readonly string[];
  relative: readonly string[];
  /** "auf Anfrage", "na de uitspraak": when or how it was said, after the description. */
  circumstance: readonly RegExp[];
}

const byLanguage: Readonly<Record<string, DescriptionWords>> = {
  de: {
    indefinite: ['ein', 'eine', 'einer'],
    // A German relative clause always follows a comma, where the description already ends.
    relative: [],
    circumstance: [/^(?:auf|nach)$/iu, /^(?:am|im|beim|während|gegenüber|vor)$/iu],
  },
  nl: {
    indefinite: ['een'],
    relative: ['die', 'dat', 'wie'],
    circumstance: [/^(?:na|tijdens|tegenover|op|bij)$/iu],
  },
};

/** The description that opens `phrase`, or undefined when it opens with none. */
export function describedByIndefiniteArticle(phrase: string, language: string): string | undefined {
  const words = byLanguage[language];
  if (words === undefined) return undefined;
  const clause = /^\s*([^,;:.!?()“”„"»«‘’]+)/u.exec(phrase)?.[1] ?? '';
  const tokens = clause.trim().split(/\s+/u);
  const [article, noun] = tokens;
  if (article === undefined || noun === undefined) return undefined;
  if (!words.indefinite.includes(article.toLowerCase())) return undefined;
  const relativeAt = tokens.findIndex(
    (token, at) => at >= 2 && words.relative.includes(token.toLowerCase()),
  );
  // "ein Sprecher des Ministeriums auf Anfrage", "een woordvoerder van het OM na de
  // uitspraak": a circumstance after the article, the noun and its complement ends it.
  const circumstanceAt = tokens.findIndex(
    (token, at) => at >= 2 && words.circumstance.some((pattern) => pattern.test(token)),
  );
  const ends = [relativeAt, circumstanceAt].filter((at) => at > 0);
  const kept = ends.length > 0 ? tokens.slice(0, Math.min(...ends)) : tokens;
  return kept.length <= 8 ? kept.join(' ') : undefined;
}
