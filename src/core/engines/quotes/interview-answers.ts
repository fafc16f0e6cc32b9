import type { PersonIndex } from './speaker-types.ts';

const questionLine = /^[ \t]*Q[:.][ \t]/gmu;
const answerLead = /^\s*A[:.]\s*$/u;

/**
 * The person answering in a Q:/A: interview transcript: the first person the text names
 * (the introduction presents the interviewee). Undefined when the text is no transcript.
 */
export function intervieweeOf(text: string, people: PersonIndex): string | undefined {
  const questions = [...text.matchAll(questionLine)];
  const firstQuestion = questions[0];
  if (questions.length < 2 || !firstQuestion) return undefined;
  const introduced = people.mentions.find(
    (mention) => mention.index < firstQuestion.index && mention.entity?.kind === 'person',
  );
  return introduced?.entity?.name;
}

/** A quote whose paragraph opens with "A:" is an interview answer. */
export function isInterviewAnswer(
  text: string,
  paragraphStart: number,
  openIndex: number,
): boolean {
  return answerLead.test(text.slice(paragraphStart, openIndex));
}
