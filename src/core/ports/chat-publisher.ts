import type { ChatMessage, ChatTarget, PostedMessageRef } from '../model/chat-message.ts';

/**
 * Posts platform-neutral messages to a chat platform. Fails with retryable AppErrors on
 * rate limits and outages, and code "internal" with retryable=false when the channel is gone.
 */
export interface ChatPublisher {
  post(target: ChatTarget, message: ChatMessage): Promise<PostedMessageRef>;
  update(ref: PostedMessageRef, message: ChatMessage): Promise<void>;
}
