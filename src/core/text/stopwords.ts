/**
 * A small English stopword list (function words only). Used to weigh content words when
 * comparing sentences and to tell a sentence-starting word from a proper name after an
 * abbreviation ("in the U.S. The …" ends a sentence; "U.S. President …" does not).
 */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each either else ' +
    'ever every few for from further had has have having he her here hers herself him himself ' +
    'his how however i if in into is it its itself just may me meanwhile might more most much ' +
    'must my myself neither no nor not now of off on once only or other our ours ourselves out ' +
    'over own same shall she should since so some still such than that the their theirs them ' +
    'themselves then there these they this those though through thus to too under until up upon ' +
    'us very was we were what when where whether which while who whom whose why will with ' +
    'within without would yet you your yours yourself'
  ).split(' '),
);

/** True when the word (any case) is an English stopword. */
export function isStopword(word: string): boolean {
  return englishStopwords.has(word.toLowerCase());
}
