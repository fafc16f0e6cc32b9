import { bodySpeaker } from './body-noun-speaker.ts';
import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "In een reactie laat de organisatie weten dat de regeling ‘…’", "Der Verband teilte am Abend
 * mit, dass die Reform „…“": German and Dutch split a particle verb around its subject, and
 * the woven quote follows in the "dat / dass" clause. The subject between the verb's two parts
 * spoke: a name, or a body noun for the body the text named.
 */

export function splitVerbBeforeWovenQuote(
  context: LatinContext,
): string | { described: string } | undefined {
  const { text, lexicon, before } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  const window = text.slice(before.from, before.to);
  for (const verb of lexicon.speechVerbs) {
    const [head, particle] = verb.split(' ');
    if (head === undefined || particle === undefined) continue;
    const split = new RegExp(
      String.raw`(?<![\p{L}])${escapeRegExp(head)}\s+((?:[^\s,;:.!?“”„"«»‘’]+\s+){1,6}?)${escapeRegExp(particle)},?\s+(?:dat|dass)\s[^.!?“”„"«»‘’]*$`,
      'iu',
    ).exec(window);
    if (split === null) continue;
    const from = before.from + split.index + (head.length + 1);
    const subject = split[1] ?? '';
    const named = namesOutsideQuotes(context, from, from + subject.length)[0];
    if (named !== undefined) return named.name;
    return bodySpeaker(context, subject, before.from);
  }
  return undefined;
}
