import type { ChatMessage } from '../model/chat-message.ts';
import { buildSentenceMessage } from './question-refusal.ts';

/** Waits shorter than this are not worth a word: the result comes about as soon as it would. */
export const mentionWaitOverMs = 5_000;

/** A request waiting its turn wakes this often to tell the user how long is left. */
export const progressEveryMs = 60_000;

/** "about 40 s", "about 3 min": rough on purpose, a wait under the model-rate limit shifts. */
export function describeWait(waitMs: number): string {
  const seconds = Math.max(5, Math.round(waitMs / 5_000) * 5);
  if (seconds < 60) return `about ${seconds} s`;
  return `about ${Math.round(seconds / 60)} min`;
}

/** The progress message of a request waiting for its turn with the model. */
export function buildWaitingMessage(reply: 'brief' | 'quotes', waitMs: number): ChatMessage {
  const doing = reply === 'quotes' ? 'Finding the quotes…' : 'Reading the article…';
  return buildSentenceMessage(
    `${doing} ${describeWait(waitMs)} to go: others asked first, and the model takes a set number of requests a minute.`,
  );
}
