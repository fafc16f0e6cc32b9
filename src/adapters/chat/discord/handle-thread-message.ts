import type { Message } from 'discord.js';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';

const questionMaxLength = 2_000;

/**
 * A message in a thread started on one of our briefs or digests becomes a question for the
 * answer worker. Without the Message Content intent Discord only sends the text of messages
 * that mention the bot, so then only those count; with it, every human message does.
 */
export async function handleThreadMessage(
  dependencies: DiscordBotDependencies,
  message: Message,
  botUserId: string,
): Promise<void> {
  if (message.author.bot || message.webhookId !== null || !message.inGuild()) return;
  const thread = message.channel;
  if (!thread.isThread() || thread.parentId === null) return;
  const mentioned = message.mentions.users.has(botUserId);
  if (!dependencies.messageContent && !mentioned) return;
  const question = stripBotMention(message.content, botUserId).slice(0, questionMaxLength);
  if (question === '') return;
  const channel = {
    platform: 'discord' as const,
    workspaceId: message.guildId,
    channelId: thread.parentId,
  };
  // The thread has the id of the message it started from: ours only if we posted that message.
  const ownThread = thread.ownerId === botUserId;
  const root = await findThreadRoot(dependencies, channel, thread.id, ownThread);
  if (root === undefined) return;
  const requestId = `discord-${message.id}`;
  await dependencies.questions.enqueue(
    {
      requestId,
      target: { ...channel, threadId: thread.id },
      question,
      requestedBy: { userId: message.author.id, displayName: message.author.displayName },
    },
    { jobId: `question-${requestId}` },
  );
  dependencies.logger.info({ requestId, threadId: thread.id }, 'discord thread question queued');
}

/** Waits between lookups of a thread we opened whose record is not written yet. */
const rootRetryDelaysMs = [100, 200, 400, 800, 1_500];

/**
 * The posted-message record behind a thread. A thread we opened ourselves is opened as part of
 * posting the message, and the record is written just after: a question asked in that moment
 * waits for it (a few seconds at most) instead of being dropped. Other threads get one lookup.
 */
async function findThreadRoot(
  dependencies: DiscordBotDependencies,
  channel: { platform: 'discord'; workspaceId: string; channelId: string },
  threadId: string,
  ownThread: boolean,
) {
  let root = await dependencies.postedMessages.get(channel, threadId);
  for (const delayMs of ownThread ? rootRetryDelaysMs : []) {
    if (root !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    root = await dependencies.postedMessages.get(channel, threadId);
  }
  return root;
}

/** The question without the `<@bot>` mention that carried it. */
export function stripBotMention(content: string, botUserId: string): string {
  return content
    .replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
