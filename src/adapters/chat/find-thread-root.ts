import type { ChatTarget } from '../../core/model/chat-message.ts';
import type { PostedMessageRecord, PostedMessageStore } from '../../core/ports/stores.ts';

/** Waits between lookups of a thread under our own message whose record is not written yet. */
const rootRetryDelaysMs = [100, 200, 400, 800, 1_500];

/**
 * The posted-message record behind a thread. The record of our message is written just after
 * the platform accepts it (and Discord opens the thread as part of posting), so a question
 * asked in that moment under our own message waits for it, a few seconds at most, instead of
 * being dropped. Threads under other people's messages get one lookup: most are people
 * talking to each other.
 */
export async function findThreadRoot(
  postedMessages: PostedMessageStore,
  channel: Pick<ChatTarget, 'platform' | 'workspaceId' | 'channelId'>,
  rootMessageId: string,
  rootIsOurs: boolean,
): Promise<PostedMessageRecord | undefined> {
  let root = await postedMessages.get(channel, rootMessageId);
  for (const delayMs of rootIsOurs ? rootRetryDelaysMs : []) {
    if (root !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    root = await postedMessages.get(channel, rootMessageId);
  }
  return root;
}
