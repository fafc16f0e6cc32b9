import {
  ComponentType,
  MessageFlags,
  Routes,
  TextInputStyle,
  type ButtonInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { articlesGoneSentence } from '../../../core/messages/question-refusal.ts';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';
import { askQuestionModal } from './discord-custom-ids.ts';
import { discordLimits } from './discord-limits.ts';
import { startMessageThread } from './discord-threads.ts';
import { clipDiscordText } from './split-discord-text.ts';

const questionMaxLength = 1_000;

/** "Ask a question" on a brief: a modal with one question box (the answer goes in the thread). */
export async function showAskQuestionModal(interaction: ButtonInteraction): Promise<void> {
  await interaction.showModal({
    custom_id: askQuestionModal.prefix,
    title: 'Ask about this article',
    components: [
      {
        type: ComponentType.Label,
        label: 'Your question',
        description: 'Answered in the thread, from the article’s own sentences.',
        component: {
          type: ComponentType.TextInput,
          custom_id: askQuestionModal.input,
          style: TextInputStyle.Paragraph,
          required: true,
          min_length: 3,
          max_length: questionMaxLength,
        },
      },
    ],
  });
}

/**
 * The modal's answer: start (or reuse) the thread on the brief, show the question there so
 * the thread reads as a conversation, and enqueue the answer job for that thread.
 */
export async function handleAskQuestionSubmit(
  dependencies: DiscordBotDependencies,
  interaction: ModalSubmitInteraction,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const root = interaction.message;
  const channelId = interaction.channelId;
  const question = interaction.fields.getTextInputValue(askQuestionModal.input).trim();
  if (root === null || channelId === null || interaction.guildId === null || question === '') {
    await interaction.editReply('Ask your question with the button under a brief.');
    return;
  }
  const target = { platform: 'discord' as const, workspaceId: interaction.guildId, channelId };
  const record = await dependencies.postedMessages.get(target, root.id);
  if (record === undefined || record.content.articleIds.length === 0) {
    await interaction.editReply(articlesGoneSentence);
    return;
  }
  const name = clipDiscordText(root.embeds[0]?.title ?? 'Questions', discordLimits.threadName);
  const threadId = await startMessageThread(interaction.client.rest, channelId, root.id, name);
  await interaction.client.rest.post(Routes.channelMessages(threadId), {
    body: {
      content: clipDiscordText(
        `**${interaction.user.displayName}** asked:\n> ${question.replace(/\n/g, '\n> ')}`,
        discordLimits.content,
      ),
      allowed_mentions: { parse: [] },
    },
  });
  const requestId = `discord-${interaction.id}`;
  await dependencies.questions.enqueue(
    {
      requestId,
      target: { ...target, threadId },
      question,
      requestedBy: { userId: interaction.user.id, displayName: interaction.user.displayName },
    },
    { jobId: `question-${requestId}` },
  );
  await interaction.editReply(`I'll answer in <#${threadId}>.`);
}
