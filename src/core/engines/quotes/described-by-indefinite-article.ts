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
  /**
   * The lower-case words a description may hold after its noun: the prepositions, articles and
   * determiners of its complement ("aus dem benachbarten Ortsteil", "des Landeskriminalamts").
   * Only where every noun is capitalised (German) does another lower-case word right after a
   * capitalised one show the sentence's verb ("Ein Rentner stand vor der Tür").
   */
  complementWords?: ReadonlySet<string>;
  /** Common finite verbs ("Een reiziger stond bij de deur"): where nouns are lower-case, these
   * are how the description's end shows. */
  finiteVerbs?: ReadonlySet<string>;
  /** The subject pronouns that may follow the verb of a verb-second clause. */
  subjectPronouns: readonly string[];
}

const byLanguage: Readonly<Record<string, DescriptionWords>> = {
  de: {
    indefinite: ['ein', 'eine', 'einer'],
    // A German relative clause always follows a comma, where the description already ends.
    relative: [],
    subjectPronouns: ['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man'],
    // "unter Tränen", "ohne Zögern", "sichtlich bewegt": how it was said, after who said it.
    circumstance: [
      /^(?:auf|nach)$/iu,
      /^(?:am|im|beim|während|gegenüber|vor)$/iu,
      /^(?:unter|ohne|sichtlich|hörbar)$/iu,
    ],
    complementWords: new Set(
      `der die das den dem des ein eine einer eines einem einen von vom aus bei beim in im an am
      zu zum zur für mit über unter seiner seines ihrer ihres unserer und`.split(/\s+/u),
    ),
  },
  nl: {
    indefinite: ['een'],
    relative: ['die', 'dat', 'wie'],
    subjectPronouns: ['ik', 'je', 'jij', 'hij', 'zij', 'ze', 'het', 'we', 'wij', 'jullie', 'men'],
    circumstance: [/^(?:na|tijdens|tegenover|op|bij|onder|zonder|zichtbaar)$/iu],
    finiteVerbs: new Set(
      `is was zijn waren heeft had hebben hadden wordt werd worden werden zal zou kan kon moet
      moest wil wilde mag mocht staat stond stonden zit zat zaten ligt lag komt kwam kwamen gaat
      ging gingen blijft bleef loopt liep wacht wachtte houdt hield doet deed krijgt kreeg`.split(
        /\s+/u,
      ),
    ),
  },
};

/** The description that opens `phrase`, or undefined when it opens with none. */
export function describedByIndefiniteArticle(
  phrase: string,
  language: string,
  options: { afterPreposition?: boolean } = {},
): string | undefined {
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
  const verbAt = tokens.findIndex((_token, at) => at >= 2 && isVerbAfterNoun(tokens, at, words));
  // "Eine Trainerdiskussion werde es nicht geben": a subject pronoun right after the verb is
  // the subject, so the noun phrase opening the clause is its object, no one described
  // (after "volgens / laut" the phrase is no subject anyway: "Volgens een woordvoerder is het").
  const opensClause = options.afterPreposition !== true;
  if (
    opensClause &&
    verbAt > 0 &&
    words.subjectPronouns.includes((tokens[verbAt + 1] ?? '').toLowerCase())
  )
    return undefined;
  const ends = [relativeAt, circumstanceAt, verbAt].filter((at) => at > 0);
  const kept = ends.length > 0 ? tokens.slice(0, Math.min(...ends)) : tokens;
  return kept.length <= 8 ? kept.join(' ') : undefined;
}

/**
 * "Ein Rentner stand vor der Tür", "Een reiziger stond bij de deur": the word at `at` is the
 * verb of the sentence the description opens, so the description ends before it. In German a
 * lower-case word right after a capitalised one (the noun or a name of its complement) that
 * joins no complement; in Dutch a common finite verb.
 */
function isVerbAfterNoun(tokens: readonly string[], at: number, words: DescriptionWords): boolean {
  const token = tokens[at] ?? '';
  const lower = token.toLowerCase();
  if (words.finiteVerbs?.has(lower) === true) return true;
  if (words.complementWords === undefined || !/^\p{Ll}/u.test(token)) return false;
  return /^\p{Lu}/u.test(tokens[at - 1] ?? '') && !words.complementWords.has(lower);
}

/** The description after "volgens / laut" as a described speaker ("Volgens een woordvoerder …"). */
export function describedAsSpeaker(
  phrase: string,
  language: string,
): { described: string } | undefined {
  const description = describedByIndefiniteArticle(phrase, language, { afterPreposition: true });
  return description === undefined ? undefined : { described: description };
}
