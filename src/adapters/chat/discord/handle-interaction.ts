import { MessageFlags, type Interaction } from 'discord.js';
import { briefActionIds } from '../../../core/messages/build-brief-message.ts';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';
import {
  firstLinkIn,
  newsCommandName,
  newsTextFromOptions,
  summarizeMessageCommandName,
} from './discord-command-definitions.ts';
import { askQuestionModal, decodeCustomId } from './discord-custom-ids.ts';
import { handleAskQuestionSubmit, showAskQuestionModal } from './handle-ask-question.ts';
import { handleAutocomplete } from './handle-autocomplete.ts';
import { readNewsOptions } from './read-news-options.ts';
import { runNewsRequest } from './run-news-request.ts';

/** Subcommands whose answers only the asker sees, so their "thinking…" is private too. */
const privateSubcommands = new Set(['help', 'subscriptions']);

/** Routes every interaction newsbrief registered: /news, the message menu, buttons, the modal. */
export async function handleInteraction(
  dependencies: DiscordBotDependencies,
  interaction: Interaction,
): Promise<void> {
  if (interaction.isAutocomplete()) return handleAutocomplete(dependencies, interaction);
  // Discord accepts one answer per interaction id. A second delivery of it (a resumed gateway,
  // two processes on one shard) is dropped before it could defer, post progress or enqueue.
  if (!(await dependencies.claims.claim(`discord:interaction:${interaction.id}`))) return;
  if (interaction.isChatInputCommand() && interaction.commandName === newsCommandName) {
    const subcommand = interaction.options.getSubcommand(false) ?? 'help';
    const text = newsTextFromOptions(subcommand, await readNewsOptions(dependencies, interaction));
    await runNewsRequest(dependencies, interaction, text, {
      ephemeral: privateSubcommands.has(subcommand),
    });
    return;
  }
  if (
    interaction.isMessageContextMenuCommand() &&
    interaction.commandName === summarizeMessageCommandName
  ) {
    const target = interaction.targetMessage;
    const link = firstLinkIn(
      target.content,
      target.embeds.map((embed) => embed.url),
    );
    if (link === undefined) {
      await interaction.reply({
        content: 'I found no link in that message.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await runNewsRequest(dependencies, interaction, `summarize ${link}`, { ephemeral: false });
    return;
  }
  if (interaction.isButton()) {
    const { id, value } = decodeCustomId(interaction.customId);
    if (id === briefActionIds.askQuestion) return showAskQuestionModal(interaction);
    if (id === briefActionIds.keyQuotes) {
      const article = value === undefined ? undefined : await dependencies.articles.get(value);
      const url = article?.source.canonicalUrl ?? article?.source.location;
      if (url === undefined || !/^https?:\/\//i.test(url)) {
        await interaction.reply({
          content:
            article === undefined
              ? 'I no longer have that article; summarize it again.'
              : 'This brief was made from pasted text; its key quotes are in the brief above.',
          flags: MessageFlags.Ephemeral,
        });
        return;
      }
      await runNewsRequest(dependencies, interaction, `quotes ${url}`, { ephemeral: false });
    }
    return;
  }
  if (interaction.isModalSubmit() && interaction.customId === askQuestionModal.prefix) {
    await handleAskQuestionSubmit(dependencies, interaction);
  }
}
