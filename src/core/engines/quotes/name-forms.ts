/**
 * Whether two forms of a name can be one person, compared as lowercased word lists:
 * "Putin" and "Vladimir Putin", "Berger" and "Phil Berger Jr.", "Aguirre" and "Santiago
 * Aguirre Espinosa" (Spanish names carry two surnames; the first is the one used alone).
 */

/** "Jr.", "Sr.", "III": a generation marker, not the surname a later mention uses. */
const generationMarker = /^(?:jr|sr|ii|iii|iv)\.?,?$/u;

/** The tokens without a trailing generation marker ("phil berger jr." → "phil berger"). */
export function withoutGeneration(tokens: string[]): string[] {
  const last = tokens[tokens.length - 1] ?? '';
  return tokens.length > 1 && generationMarker.test(last) ? tokens.slice(0, -1) : tokens;
}

export function sameNameForms(knownTokens: string[], nameTokens: string[]): boolean {
  const known = withoutGeneration(knownTokens);
  const tokens = withoutGeneration(nameTokens);
  const [shorter, longer] = known.length < tokens.length ? [known, tokens] : [tokens, known];
  if (known[known.length - 1] !== tokens[tokens.length - 1]) {
    // "Aguirre said" after "Santiago Aguirre Espinosa": the paternal surname alone.
    return shorter.length === 1 && longer.length >= 3 && longer[longer.length - 2] === shorter[0];
  }
  // "Leyen", "von der Leyen" and "Ursula von der Leyen" are one person; "Ben" and "Laura Ashworth" are not.
  return (
    shorter.length === 1 || shorter[0] === longer[0] || longer.join(' ').endsWith(shorter.join(' '))
  );
}
