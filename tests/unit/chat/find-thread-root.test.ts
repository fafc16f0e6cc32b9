import { describe, expect, it } from 'vitest';
import { findThreadRoot } from '../../../src/adapters/chat/find-thread-root.ts';
import { createMemoryPostedMessageStore } from '../../../src/adapters/store/memory/create-memory-posted-message-store.ts';

const channel = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };

/** A brief whose record is written a moment after the platform showed it (and a reply came). */
function storeWritingLate(delayMs: number) {
  const postedMessages = createMemoryPostedMessageStore();
  setTimeout(() => {
    void postedMessages.put({
      ref: { target: channel, messageId: '1700000000.000100' },
      content: { kind: 'brief', articleIds: ['a1'] },
      postedAt: '2024-11-28T08:00:00.000Z',
    });
  }, delayMs);
  return postedMessages;
}

describe('findThreadRoot', () => {
  it('waits for the record of our own message when a reply comes first', async () => {
    const root = await findThreadRoot(storeWritingLate(250), channel, '1700000000.000100', true);
    expect(root?.content.articleIds).toEqual(['a1']);
  });

  it('looks once under other people’s messages', async () => {
    const root = await findThreadRoot(storeWritingLate(250), channel, '1700000000.000100', false);
    expect(root).toBeUndefined();
  });
});
