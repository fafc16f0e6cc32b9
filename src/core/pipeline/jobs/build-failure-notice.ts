import type { ChatMessage } from '../../model/chat-message.ts';
import { userMessageOf } from '../../errors.ts';

/**
 * What the user sees when their request failed for good: one plain sentence saying what
 * happened (the detail stays in the logs), replacing the "Reading the article…" message.
 */
export function buildFailureNotice(error: unknown, what: string): ChatMessage {
  const sentence = userMessageOf(error);
  return {
    fallbackText: `Sorry, I could not ${what}: ${sentence}`,
    blocks: [{ type: 'paragraph', text: `⚠️ Sorry, I could not ${what}. ${sentence}` }],
  };
}
