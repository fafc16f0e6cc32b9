import type { PostedMessageRef } from '../../../core/model/chat-message.ts';
import type { DeliveryLog } from '../../../core/ports/stores.ts';
import { copyOf, createBoundedMap } from './bounded-map.ts';

/** The delivery log in memory; the first record for a delivery id wins, as on Redis. */
export function createMemoryDeliveryLog(maxEntries = 5_000): DeliveryLog {
  const records = createBoundedMap<PostedMessageRef>(maxEntries);
  return {
    async get(deliveryId) {
      const ref = records.get(deliveryId);
      return ref === undefined ? undefined : copyOf(ref);
    },
    async record(deliveryId, ref) {
      records.setIfAbsent(deliveryId, copyOf(ref));
    },
  };
}
