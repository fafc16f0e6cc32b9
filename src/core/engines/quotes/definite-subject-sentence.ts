import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { previousPerson, type LatinContext } from './latin-context.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Der 52-Jährige nahm auch sich selbst nicht aus. »…«" / "De rechter was niet mild. “…”": in
 * German and Dutch a quote that stands alone after a sentence whose subject is the person
 * already named, now called by an office or an age (der Trainer, die 58-Jährige, de
 * wethouder, de 61-jarige), is that person's.
 */

/** The noun after the definite article names an office or an age, not a thing. */
function isPersonNoun(noun: string, lexicon: SpeechLexicon): boolean {
  const lower = noun.toLowerCase();
  if (/^\d+-(?:jährige[rn]?|jarige)$/u.test(lower)) return true;
  if (lexicon.titles.some((title) => title.toLowerCase() === lower)) return true;
  return (lexicon.titleEndings ?? []).some(
    (ending) => lower.endsWith(ending) && lower.length > ending.length + 2,
  );
}

export function definiteSubjectSentence(context: LatinContext): string | null | undefined {
  const { text, lexicon, before, after, previousSentence } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  if (text.slice(before.from, before.to).trim() !== '') return undefined;
  // »… Das ist klar.« Albrecht ist seit 2020 im Amt.: a quote that ends its own sentence
  // leaves what follows to the next one.
  const closesSentence = /[.!?…]$/u.test(text.slice(context.span.start, context.span.end).trim());
  if (!closesSentence && !/^[\s.!?…]*$/u.test(text.slice(after.from, after.to))) return undefined;
  if (previousSentence.to <= previousSentence.from) return undefined;
  const sentence = text.slice(previousSentence.from, previousSentence.to);
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  const subject = new RegExp(String.raw`^\s*(?:${articles})\s+([\p{L}\d-]+)\s`, 'iu').exec(
    sentence,
  );
  const noun = subject?.[1];
  if (noun === undefined || !isPersonNoun(noun, lexicon)) return undefined;
  return previousPerson(context, previousSentence.from) ?? undefined;
}
