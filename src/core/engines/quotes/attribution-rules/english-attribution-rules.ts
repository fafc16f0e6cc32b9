import type { AttributionRule } from './attribution-context.ts';
import { colonFirstName } from './colon-first-name.ts';
import { colonLabel } from './colon-label.ts';
import { colonPossessive } from './colon-possessive.ts';
import { colonSentenceBefore } from './colon-sentence-before.ts';
import { colonSentenceSubject } from './colon-sentence-subject.ts';
import { dashCreditRule } from './dash-credit-rule.ts';
import { frenchAfterQuote } from './french-after-quote.ts';
import { headlineCredit } from './headline-credit.ts';
import { nextSentenceName } from './next-sentence-name.ts';
import { previousParagraphReport } from './previous-paragraph-report.ts';
import { previousSentenceSubject } from './previous-sentence-subject.ts';
import { verbAfterQuote } from './verb-after-quote.ts';
import { verbEndingSentence } from './verb-ending-sentence.ts';
import { verbBeforeIntroducedQuote } from './verb-before-introduced-quote.ts';
import { verbBeforeQuote } from './verb-before-quote.ts';

/**
 * Who the words around a quote name as its speaker, rule by rule (conventions §16): the first
 * rule that finds a subject decides, and the quotation carries the rule's name. The order is
 * how close the words stand to the quote: a label or a clause introducing it, the rest of its
 * sentence, then the sentences and paragraph around it. Pronouns and roles ("he", "the
 * spokeswoman") found here are resolved to people afterwards (resolve-speaker.ts).
 */
export const englishAttributionRules: readonly AttributionRule[] = [
  colonLabel,
  verbBeforeIntroducedQuote,
  colonPossessive,
  colonFirstName,
  colonSentenceSubject,
  verbAfterQuote,
  verbEndingSentence,
  frenchAfterQuote,
  dashCreditRule,
  headlineCredit,
  verbBeforeQuote,
  colonSentenceBefore,
  nextSentenceName,
  previousSentenceSubject,
  previousParagraphReport,
];
