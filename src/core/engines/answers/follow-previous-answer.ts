import type { Sentence } from '../../text/sentences.ts';

/**
 * "What did that cost?" after the bot answered "The longest shutdown lasted 35 days": the
 * follow-up has no words of its own, only a pronoun and a shape, and a report states the
 * consequence of a fact right after it. Returns the position of the sentence after the last
 * one the previous answer quoted, or -1 when the previous answer quoted none.
 */
export function sentenceAfterPreviousAnswer(
  sentences: readonly Sentence[],
  previousAnswer: string,
): number {
  let last = -1;
  sentences.forEach((sentence, position) => {
    if (previousAnswer.includes(sentence.text.replace(/\s+/g, ' '))) last = position;
  });
  return last < 0 || last + 1 >= sentences.length ? -1 : last + 1;
}
