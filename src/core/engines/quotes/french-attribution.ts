import type { Attribution } from './attribute-speaker.ts';
import { nameRunSource, stripName } from './person-names.ts';

/**
 * French attributions after a quote: « … », a-t-il ajouté / analyse-t-elle / a déclaré
 * M. Bergeron / a affirmé l'élu normand (a description: resolved like "he" or "she").
 */

const invertedPronoun = /^[\s,]*(?:\p{L}+-)?t-(il|elle)(?![\p{L}])/u;
const participle = String.raw`(?:déclaré|affirmé|ajouté|expliqué|lancé|insisté|prévenu|dit|assuré|indiqué|souligné|estimé|précisé|confié|martelé|reconnu|répondu|averti|poursuivi|analysé|dénoncé|commenté|rappelé|tranché|jugé|résumé|regretté|plaidé)`;
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
  const feminine = /^(?:la|une)\s/u.test(phrase);
  return {
    subject: feminine ? 'elle' : 'il',
    subjectKind: 'pronoun',
    index: phraseAt,
    reach: 'sentence',
  };
}
