import type { PostedMessageRecord, PostedMessageStore } from '../../../core/ports/stores.ts';
import { copyOf, createBoundedMap } from './bounded-map.ts';

/** Posted messages by platform + workspace + channel + message id, in memory. */
export function createMemoryPostedMessageStore(maxEntries = 5_000): PostedMessageStore {
  const records = createBoundedMap<PostedMessageRecord>(maxEntries);
  const keyOf = (platform: string, workspaceId: string, channelId: string, messageId: string) =>
    JSON.stringify([platform, workspaceId, channelId, messageId]);
  return {
    async put(record) {
      const { target, messageId } = record.ref;
      records.set(
        keyOf(target.platform, target.workspaceId, target.channelId, messageId),
        copyOf(record),
      );
    },
    async get(channel, messageId) {
      const record = records.get(
        keyOf(channel.platform, channel.workspaceId, channel.channelId, messageId),
      );
      return record === undefined ? undefined : copyOf(record);
    },
  };
}
