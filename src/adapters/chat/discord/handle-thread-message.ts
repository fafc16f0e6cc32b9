import type { Message } from 'discord.js';
import { questionRefusalFor } from '../../../core/messages/question-refusal.ts';
import { findThreadRoot } from '../find-thread-root.ts';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';

const questionMaxLength = 2_000;
/** A thread under a message without stories is told why once a day, unless the bot is mentioned. */
const refusalMemorySeconds = 86_400;

/**
 * A message in a thread started on one of our briefs or digests becomes a question for the
 * answer worker. Without the Message Content intent Discord only sends the text of messages
 * that mention the bot, so then only those count; with it, every human message does. Under
 * our messages without stories (a "Nothing new" digest) nothing is queued: the message gets
 * one sentence saying why instead of silence.
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
  const root = await findThreadRoot(dependencies.postedMessages, channel, thread.id, ownThread);
  if (root === undefined) return;
  if (!(await dependencies.claims.claim(`discord:message:${message.id}`))) return;
  const refusal = questionRefusalFor(root);
  if (refusal !== undefined) {
    // People chatting under an empty digest hear it once; whoever mentions the bot, always.
    const once = `discord:refused:${channel.workspaceId}:${thread.id}`;
    if (mentioned || (await dependencies.claims.claim(once, refusalMemorySeconds)))
      await message.reply({ content: refusal, allowedMentions: { parse: [] } });
    return;
  }
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

/** The question without the `<@bot>` mention that carried it. */
export function stripBotMention(content: string, botUserId: string): string {
  return content
    .replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
