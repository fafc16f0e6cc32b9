import type { SpeechLexicon } from '../../text/lexicon/index.ts';

/**
 * "«…», escrevem os chefes de equipa no documento", "«…», denuncian los vecinos del barrio",
 * "« … », dénoncent les riverains du chantier": a plural speech verb after the quote and a
 * plural definite group as its subject. The group speaks together and no one of it is named;
 * it is shown as written, up to the circumstance, the relative clause or the comma after it.
 */

/** The plural definite articles, and how a plural verb of the language ends. */
const plural: Readonly<Record<string, { articles: readonly string[]; verbEnding: RegExp }>> = {
  fr: { articles: ['les'], verbEnding: /(?:ent|ont)$/u },
  es: { articles: ['los', 'las'], verbEnding: /n$/u },
  pt: { articles: ['os', 'as'], verbEnding: /m$/u },
  it: { articles: ['i', 'gli'], verbEnding: /no$/u },
};

export function pluralGroupSubject(
  verb: string,
  rest: string,
  lexicon: SpeechLexicon,
): { described: string } | undefined {
  const forms = plural[lexicon.language];
  const verbWord = verb.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (forms === undefined || !forms.verbEnding.test(verbWord)) return undefined;
  const words = rest.trimStart().split(/\s+/u);
  const article = (words[0] ?? '').toLowerCase();
  if (!forms.articles.includes(article) || !/^\p{Ll}{3,}/u.test(words[1] ?? '')) return undefined;
  const stops = [
    ...(lexicon.circumstancePrepositions ?? []),
    ...(lexicon.relativePronouns ?? []),
    ...(lexicon.sentenceAdverbs ?? []),
  ];
  const kept = [words[0] ?? ''];
  for (const word of words.slice(1, 7)) {
    const bare = word.replace(/[,.;:!?]+$/u, '');
    // "los vecinos de Las Moreras": a capital only after a preposition, as a place's name.
    const afterPreposition = lexicon.prepositions.includes((kept.at(-1) ?? '').toLowerCase());
    if (stops.includes(bare.toLowerCase())) break;
    // "disseram os vereadores João Lima e Ana Reis": the group's members are named after it.
    if (/^\p{Lu}/u.test(bare) && !afterPreposition && !/^\p{Lu}/u.test(kept.at(-1) ?? ''))
      return undefined;
    kept.push(bare);
    if (bare !== word) break;
  }
  while (kept.length > 2 && lexicon.prepositions.includes(kept.at(-1) ?? '')) kept.pop();
  return kept.length >= 2 ? { described: kept.join(' ') } : undefined;
}
