import type { LatinContext } from './latin-context.ts';
import { answerAfterQuestion } from './germanic-answer-after-question.ts';
import { headlineRoleLabel } from './germanic-headline-role-label.ts';

/**
 * German and Dutch rules (each returns undefined in other languages) for a quote that no
 * sentence around it attributes, credited by the article's frame: an interview's questions, a
 * headline's label. Read before the colon rule, which would take the label for a clause
 * without a subject; kept here so the language list holds one line for them.
 */
export const germanicFrameRules: readonly {
  name: string;
  rule: (context: LatinContext) => string | { described: string } | null | undefined;
}[] = [
  // "Wat ging er door u heen? / ‘…’": the interviewee answers the reporter's question.
  { name: 'answer-after-question', rule: answerAfterQuestion },
  // "Dynamo-coach na titel: ‘…’": the headline's office, held by the person the body names.
  { name: 'headline-role-label', rule: headlineRoleLabel },
];
