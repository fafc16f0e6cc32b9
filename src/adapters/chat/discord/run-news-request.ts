import {
  MessageFlags,
  PermissionFlagsBits,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import {
  handleNewsCommand,
  type CommandReply,
} from '../../../core/commands/handle-news-command.ts';
import { userMessageOf } from '../../../core/errors.ts';
import type { ChatMessage, ChatTarget } from '../../../core/model/chat-message.ts';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';
import { renderDiscordMessage } from './render-discord-message.ts';
import { toDiscordReply } from './to-discord-reply.ts';

export type NewsInteraction =
  ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

/**
 * Runs one `/news …` request from any interaction. Defers at once (Discord's 3-second limit),
 * then the platform-neutral handler parses, checks permissions, rate-limits and enqueues. The
 * progress line edits the deferred reply, and its message id (with the interaction token kept
 * in Redis, not in the job) lets the worker replace it with the brief.
 *
 * `ephemeral` picks how the deferral is shown; a reply of the other kind is sent as a
 * follow-up (an in-channel deferral cannot turn private, so it is deleted first).
 */
export async function runNewsRequest(
  dependencies: DiscordBotDependencies,
  interaction: NewsInteraction,
  text: string,
  options: { ephemeral: boolean },
): Promise<void> {
  const startedAt = Date.now();
  await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  dependencies.logger.debug(
    { interactionId: interaction.id, deferMs: Date.now() - startedAt },
    'discord interaction deferred',
  );
  const target: ChatTarget = {
    platform: 'discord',
    workspaceId: interaction.guildId ?? 'direct',
    channelId: interaction.channelId ?? '',
  };
  let reply: CommandReply;
  try {
    reply = await handleNewsCommand(dependencies.command, {
      requestId: `discord-${interaction.id}`,
      target,
      user: {
        userId: interaction.user.id,
        displayName: interaction.user.displayName,
        // Resolved by Discord for this channel, overwrites included: checked on every request.
        isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
      },
      text,
      defaultTimeZone: dependencies.defaultTimeZone,
      postProgress: async (progress) => {
        const message = await interaction.editReply({
          content: progress,
          embeds: [],
          components: [],
        });
        await dependencies.interactionTokens.put(
          message.id,
          { applicationId: interaction.applicationId, token: interaction.token },
          interaction.createdTimestamp,
        );
        return { target, messageId: message.id };
      },
    });
  } catch (error) {
    dependencies.logger.error(
      { err: error, interactionId: interaction.id },
      'discord command failed',
    );
    reply = {
      visibility: 'ephemeral',
      message: {
        fallbackText: userMessageOf(error),
        blocks: [{ type: 'paragraph', text: userMessageOf(error) }],
      },
    };
  }
  await sendCommandReply(interaction, reply, options.ephemeral);
}

async function sendCommandReply(
  interaction: NewsInteraction,
  reply: CommandReply,
  deferredEphemeral: boolean,
): Promise<void> {
  if (reply.visibility === 'none') return;
  const wantsEphemeral = reply.visibility === 'ephemeral';
  const [first, ...rest] = renderDiscordMessage(reply.message satisfies ChatMessage);
  if (first === undefined) return;
  const flags = wantsEphemeral ? MessageFlags.Ephemeral : undefined;
  if (wantsEphemeral === deferredEphemeral) {
    await interaction.editReply(toDiscordReply(first));
  } else {
    // "Thinking…" was shown the other way: remove it and answer as a follow-up of the right kind.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({
      ...toDiscordReply(first),
      ...(flags === undefined ? {} : { flags }),
    });
  }
  for (const part of rest)
    await interaction.followUp({
      ...toDiscordReply(part),
      ...(flags === undefined ? {} : { flags }),
    });
}
