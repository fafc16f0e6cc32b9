import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';

/**
 * Dutch and German split their particle verbs around the subject: "‘…’, laat een woordvoerder
 * van de gemeente weten", "„…“, teilte ein Sprecher der Polizei mit", "‘…’, voegt ze eraan toe".
 * Where the window after a quote opens with the verb's first part and closes the clause with its
 * particle, the words between them are the subject.
 */

/** The subject between a split speech verb's parts, as offsets into `text`, if there is one. */
export function separableVerbSubject(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): { from: number; to: number } | undefined {
  const window = text.slice(from, to);
  for (const verb of lexicon.speechVerbs) {
    const parts = verb.split(' ');
    if (parts.length !== 2) continue;
    const [head, particle] = parts.map((part) => escapeRegExp(part ?? ''));
    // Up to eight words between the parts, none of them a quotation mark or a clause's comma.
    const split = new RegExp(
      String.raw`^([\s,]*${head}\s+)((?:[^\s,;:.!?“”„"«»‘’]+\s+){1,8}?)${particle}(?=[\s.,;!?]|$)`,
      'iu',
    ).exec(window);
    if (split === null) continue;
    const subjectFrom = from + (split[1] ?? '').length;
    return { from: subjectFrom, to: subjectFrom + (split[2] ?? '').trimEnd().length };
  }
  return perfectTenseSubject(text, from, to, lexicon);
}

/**
 * The perfect splits every verb the same way: "„…“, hatte eine Witwe unter Tränen berichtet",
 * "‘…’, heeft een buurman verteld": the auxiliary opens the window, the participle closes the
 * clause, and the subject stands between them.
 */
const perfect: Readonly<Record<string, { auxiliaries: string; participles: readonly string[] }>> = {
  de: {
    auxiliaries: 'hat|hatte|haben|hatten',
    participles: [
      'gesagt',
      'gemeint',
      'geschildert',
      'gewarnt',
      'gefordert',
      'gefragt',
      'geklagt',
      'gelobt',
      'geschrieben',
      'gerufen',
      'gestanden',
      'mitgeteilt',
      'ausgesagt',
      'angekündigt',
      'eingeräumt',
      'hinzugefügt',
    ],
  },
  nl: {
    auxiliaries: 'heeft|had|hebben|hadden',
    participles: ['gezegd', 'verteld', 'verklaard', 'gemeld', 'geschreven', 'gewaarschuwd'],
  },
};

function perfectTenseSubject(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): { from: number; to: number } | undefined {
  const forms = perfect[lexicon.language];
  if (forms === undefined) return undefined;
  const split = new RegExp(
    String.raw`^([\s,]*(?:${forms.auxiliaries})\s+)((?:[^\s,;:.!?“”„"«»‘’]+\s+){1,8}?)([\p{L}-]+)(?=[\s]*[.,;!?]|\s*$)`,
    'iu',
  ).exec(text.slice(from, to));
  const participle = split?.[3]?.toLowerCase() ?? '';
  const known =
    forms.participles.includes(participle) ||
    lexicon.speechVerbs.some((verb) => verb === participle);
  if (split === null || !known) return undefined;
  const subjectFrom = from + (split[1] ?? '').length;
  return { from: subjectFrom, to: subjectFrom + (split[2] ?? '').trimEnd().length };
}
