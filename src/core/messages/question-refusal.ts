import type { ChatMessage } from '../model/chat-message.ts';
import type { PostedMessageRecord } from '../ports/stores.ts';

/** Said under a message with no article behind it: a "Nothing new" digest, a notice. */
export const notUnderStoriesSentence =
  'I can only answer questions under a brief or a digest with stories.';

/** Said under a brief whose article has since expired from the store. */
export const articlesGoneSentence =
  'I no longer have the article behind that message; summarize it again to ask about it.';

/**
 * Why a question asked in the thread under `root` cannot be answered, or undefined when it can.
 * Every chat checks this before showing "Looking in the article…" or queueing the question, so
 * a question that would be ignored never leaves a progress message behind.
 */
export function questionRefusalFor(root: PostedMessageRecord | undefined): string | undefined {
  return root === undefined || root.content.articleIds.length === 0
    ? notUnderStoriesSentence
    : undefined;
}

/** One plain sentence as a message: a refusal, or why a request ended. */
export function buildSentenceMessage(sentence: string): ChatMessage {
  return { fallbackText: sentence, blocks: [{ type: 'paragraph', text: sentence }] };
}
