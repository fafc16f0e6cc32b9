import type { ThreadTurn } from '../model/answer.ts';
import type { Article } from '../model/article.ts';
import type { Sentence } from '../text/sentences.ts';
import { splitSentences } from '../text/sentences.ts';
import { escapeDataBlock } from './escape-data-block.ts';

export type { ThreadTurn };

/** How the prompt names each side of the thread. */
const speakerLabels = { user: 'reader', assistant: 'bot' } as const;

/** Only the last few turns go to the model: enough to resolve "he" and "that", cheap to send. */
const maxHistoryTurns = 6;
const maxTurnCharacters = 600;

/**
 * The variables of the question-answer prompt: the article's sentences numbered [1]…[n]
 * (numbers map back to `sentences[number - 1]`, whose offsets are exact spans of the text),
 * a short thread history, and the question. Everything is escaped for its data block.
 */
export function questionAnswerVariables(
  article: Pick<Article, 'text'>,
  question: string,
  history: ThreadTurn[] = [],
): { variables: Record<string, string>; sentences: Sentence[] } {
  const sentences = splitSentences(article.text);
  const numbered = sentences.map(
    (sentence, index) => `[${index + 1}] ${sentence.text.replace(/\s+/g, ' ')}`,
  );
  const recent = history.slice(-maxHistoryTurns).map((turn) => {
    const text =
      turn.text.length > maxTurnCharacters
        ? `${turn.text.slice(0, maxTurnCharacters)}…`
        : turn.text;
    return `${speakerLabels[turn.role]}: ${text.replace(/\s+/g, ' ')}`;
  });
  return {
    sentences,
    variables: {
      sentences: escapeDataBlock(numbered.join('\n')),
      history: escapeDataBlock(recent.length > 0 ? recent.join('\n') : '(none)'),
      question: escapeDataBlock(question.trim()),
    },
  };
}
