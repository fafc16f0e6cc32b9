import type { ChatMessage } from '../../../core/model/chat-message.ts';
import type { OutboxStore } from '../../../core/ports/stores.ts';
import { copyOf, createBoundedMap } from './bounded-map.ts';

/** Rendered messages waiting for delivery, in memory. */
export function createMemoryOutboxStore(maxEntries = 1_000): OutboxStore {
  const messages = createBoundedMap<ChatMessage>(maxEntries);
  return {
    async put(deliveryId, message) {
      messages.set(deliveryId, copyOf(message));
    },
    async get(deliveryId) {
      const message = messages.get(deliveryId);
      return message === undefined ? undefined : copyOf(message);
    },
  };
}
