import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Na afloop stond Veldkamp de media te woord. / Wat ging er door u heen? / ‘Opluchting …’" /
 * "Nach dem Spiel stellte sich Kramer den Fragen. / War das Ihr bestes Spiel? / „…“": German
 * and Dutch papers print a press conference or a short interview as the reporter's question, a
 * paragraph of its own, and the answer as a quote paragraph with no verb of saying. Every such
 * answer is the interviewee's: the person the text named last before its first question, even
 * when other people are quoted between two questions.
 */

/** A question paragraph: one short line that ends with a question mark and quotes no one. */
const questionParagraph = /^[^\n"“”„‘’«»]{3,200}\?[^\S\n]*$/u;

interface Paragraph {
  from: number;
  to: number;
}

/** The paragraph right before `at` (its text trimmed), or undefined at the article's start. */
function paragraphBefore(text: string, at: number): Paragraph | undefined {
  const to = text.slice(0, at).trimEnd().length;
  if (to === 0) return undefined;
  const from = text.lastIndexOf('\n', to - 1) + 1;
  return { from, to };
}

function isQuestion(text: string, paragraph: Paragraph | undefined): boolean {
  return (
    paragraph !== undefined && questionParagraph.test(text.slice(paragraph.from, paragraph.to))
  );
}

/** Where the article's first question paragraph that a quote paragraph answers starts. */
function firstAnsweredQuestion(text: string): number | undefined {
  for (const answer of text.matchAll(/\n[^\S\n]*[“„‘"«»]/gu)) {
    const question = paragraphBefore(text, answer.index + 1);
    if (question !== undefined && isQuestion(text, question)) return question.from;
  }
  return undefined;
}

export function answerAfterQuestion(context: LatinContext): string | undefined {
  const { text, lexicon, span, before, after } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  // The quote opens its paragraph and nothing after it says who spoke.
  if (text.slice(span.paragraphStart, before.to).trim() !== '') return undefined;
  if (!/^[\s.!?…]*$/u.test(text.slice(after.from, after.to))) return undefined;
  if (!isQuestion(text, paragraphBefore(text, span.paragraphStart))) return undefined;
  const first = firstAnsweredQuestion(text);
  if (first === undefined) return undefined;
  return namesOutsideQuotes(context, 0, first).at(-1)?.name;
}
