/**
 * "aventaja en 38 segundos al colombiano Esteban Quiroga", "a battu au sprint le Belge …",
 * "ultrapassou o português …": in French, Spanish, Portuguese and Italian a person written after
 * the preposition "to" ("a", "al", "à", "au", "ao", "alla"), alone or with an article and a
 * nationality or an office, is the object of someone else's action. A dropped subject or an
 * office noun that points back ("relató el ciclista") points to a subject, so such a mention is
 * passed over when an earlier one is left.
 */

const objectPrepositions: Readonly<Record<string, string>> = {
  es: String.raw`a|al|a\s+la|a\s+los|a\s+las`,
  // Portuguese "a" is also the article ("a manicure Rosângela Ribeiro"): only its contractions.
  pt: String.raw`ao|à|aos|às`,
  it: String.raw`a|al|alla|ai|agli|alle|allo`,
  fr: String.raw`à|au|aux|à\s+la`,
};

/** Whether the name at `index` follows a "to" preposition and at most two lower-case words. */
export function isObjectMention(text: string, index: number, language: string): boolean {
  const prepositions = objectPrepositions[language];
  if (prepositions === undefined) return false;
  const before = text.slice(Math.max(0, index - 60), index);
  return new RegExp(
    // "à l'AFP Fabien Delorme": a capitalised outlet after the article ends the object there.
    String.raw`(?<![\p{L}])(?:${prepositions})\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}$`,
    'u',
  ).test(before);
}
