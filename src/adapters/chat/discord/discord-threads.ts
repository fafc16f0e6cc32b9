import { RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import { briefActionIds } from '../../../core/messages/build-brief-message.ts';
import { digestHeading } from '../../../core/messages/build-digest-message.ts';
import type { ChatMessage } from '../../../core/model/chat-message.ts';
import { discordErrorCode } from './map-discord-error.ts';
import { discordLimits } from './discord-limits.ts';
import { clipDiscordText } from './split-discord-text.ts';

/** Threads close after a day without messages; a question reopens them. */
const autoArchiveMinutes = 1_440;

/** Briefs (they carry "Ask a question") and digests with stories get a thread for follow-ups. */
export function wantsThread(message: ChatMessage): boolean {
  const asks = message.blocks.some(
    (block) =>
      block.type === 'actions' &&
      block.buttons.some((button) => button.id === briefActionIds.askQuestion),
  );
  if (asks) return true;
  const headings = message.blocks.filter((block) => block.type === 'heading');
  return headings[0]?.text === digestHeading && headings.length > 1;
}

/** The thread's name: the headline (for a digest, "News digest: <first story>"), 1–100 characters. */
export function threadNameFor(message: ChatMessage): string {
  const headings = message.blocks.flatMap((block) =>
    block.type === 'heading' ? [block.text.replace(/\s+/g, ' ').trim()] : [],
  );
  const [first = '', second] = headings;
  const name = first === digestHeading && second !== undefined ? `${first}: ${second}` : first;
  return clipDiscordText(name === '' ? 'Questions' : name, discordLimits.threadName);
}

/**
 * Starts the public thread on one of our messages. Discord gives the thread the id of the
 * message it starts from, so a ChatTarget's threadId (the root message id) is also the thread
 * channel's id. A thread that already exists is fine.
 */
export async function startMessageThread(
  rest: REST,
  channelId: string,
  messageId: string,
  name: string,
): Promise<string> {
  try {
    await rest.post(Routes.threads(channelId, messageId), {
      body: { name, auto_archive_duration: autoArchiveMinutes },
    });
  } catch (error) {
    if (discordErrorCode(error) !== RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage) throw error;
  }
  return messageId;
}
