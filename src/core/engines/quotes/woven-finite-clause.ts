/**
 * "informó que la maniobra “fue revisada y no amerita sanción”", "garantiu que “não participou
 * em nenhuma decisão”", "un inquérito, que “se encontra em segredo de justiça”", "ha spiegato
 * che la circolazione “resterà interrotta …”": woven words that open with a negated or
 * reflexive verb, an auxiliary or a copula carry a finite clause, a statement of the speaker's
 * own, even when short. A noun phrase ("« injuste et brutale »", "“una media de 400.000
 * euros”") or an infinitive ("« ne pas traîner »", "“no sacrificar …”") stays the reporter's
 * borrowed phrase. Only these closed words are read: a lexical verb opening the words ("« perd
 * encore un litre sur cinq »") is not told from a noun.
 */

interface ClauseOpeners {
  negations: readonly string[];
  /** What after a French "ne" makes it an infinitive's ("ne pas traîner"), not a verb's. */
  infinitiveNegations?: readonly string[];
  reflexives: readonly string[];
  auxiliaries: readonly string[];
  infinitive: RegExp;
}

const openers: Readonly<Record<string, ClauseOpeners>> = {
  fr: {
    negations: ['ne', "n'", 'n’'],
    infinitiveNegations: ['pas', 'plus', 'jamais', 'rien', 'point'],
    reflexives: ['se', "s'", 's’'],
    auxiliaries: `est sont était étaient sera seront a ont avait avaient aura auront reste restera
      restent demeure`.split(/\s+/u),
    infinitive: /(?:er|ir|re)$/u,
  },
  es: {
    negations: ['no'],
    reflexives: ['se'],
    auxiliaries: `es son era eran fue fueron será serán está están estaba estaban ha han había
      habían sigue siguen seguirá queda quedan quedará`.split(/\s+/u),
    infinitive: /(?:ar|er|ir)(?:se)?$/u,
  },
  pt: {
    negations: ['não'],
    reflexives: ['se'],
    auxiliaries: `é são era eram foi foram será serão está estão estava estavam tem têm tinha
      tinham há vai vão continua continuam continuará fica ficam ficará`.split(/\s+/u),
    infinitive: /(?:ar|er|ir)$/u,
  },
  it: {
    negations: ['non'],
    reflexives: ['si', "s'", 's’'],
    auxiliaries: `è sono era erano fu sarà saranno ha hanno aveva avevano resta restano resterà
      rimane rimangono rimarrà sta stanno`.split(/\s+/u),
    infinitive: /(?:are|ere|ire)$/u,
  },
};

/** The woven words open a finite clause (see above). */
export function opensFiniteClause(content: string, language: string | undefined): boolean {
  const words = openers[language ?? ''];
  if (words === undefined) return false;
  // "n'a", "s'est": an elided word is split from the verb it leans on.
  const tokens = content
    .toLowerCase()
    .split(/\s+|(?<=['’])/u)
    .filter((token) => token !== '');
  const [first = '', second = ''] = tokens;
  if (words.auxiliaries.includes(first)) return true;
  if (!words.negations.includes(first) && !words.reflexives.includes(first)) return false;
  if ((words.infinitiveNegations ?? []).includes(second)) return false;
  return /^\p{L}/u.test(second) && !words.infinitive.test(second);
}
