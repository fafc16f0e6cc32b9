import { french, frenchSpeechParticiples } from '../../text/lexicon/fr.ts';
import type { Attribution } from './attribute-speaker.ts';
import { nameRunSource, stripName } from './person-names.ts';

/**
 * French attributions after a quote: « … », a-t-il ajouté / analyse-t-elle / a déclaré
 * M. Bergeron / a affirmé l'élu normand (a description: resolved like "he" or "she").
 * The verbs, pronouns and prepositions come from the French lexicon.
 */

const [masculine = 'il', feminine = 'elle'] = french.pronouns;
const invertedPronoun = new RegExp(
  String.raw`^[\s,]*(?:\p{L}+-)?t-(${french.pronouns.join('|')})(?![\p{L}])`,
  'u',
);
const participle = `(?:${frenchSpeechParticiples.map((word) => word.replace(/ /gu, String.raw`\s+`)).join('|')})`;
/**
 * Where the speaker's description ends: "a déclaré le ministre à la presse / lors de …" (not
 * "de", which stays inside "le ministre de la Santé").
 */
const auxiliaryVerb = new RegExp(
  String.raw`^[\s,]*(?:a|avait)\s+${participle}\s+(.{1,80}?)(?=[,.;]|\s+(?:à|au|aux|sur|lors|devant|dans|en|pendant)\s|$)`,
  'u',
);
const nameRun = new RegExp(nameRunSource, 'u');

/** The speaker a French attribution right after a closing mark names, if any. */
export function frenchAttribution(text: string, from: number, to: number): Attribution | undefined {
  const window = text.slice(from, to);
  const pronoun = invertedPronoun.exec(window);
  if (pronoun?.[1])
    return { subject: pronoun[1], subjectKind: 'pronoun', index: from, reach: 'sentence' };
  const verb = auxiliaryVerb.exec(window);
  const phrase = verb?.[1];
  if (!verb || phrase === undefined) return undefined;
  const phraseAt = from + verb[0].length - phrase.length;
  const run = nameRun.exec(phrase);
  const stripped = run ? stripName(run[0], phraseAt + run.index) : undefined;
  if (stripped)
    return {
      subject: stripped.name,
      subjectKind: 'name',
      index: stripped.start,
      reach: 'sentence',
    };
  const isFeminine = /^(?:la|une)\s/u.test(phrase);
  return {
    subject: isFeminine ? feminine : masculine,
    subjectKind: 'pronoun',
    index: phraseAt,
    reach: 'sentence',
  };
}
