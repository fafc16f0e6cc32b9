import type { AutocompleteInteraction } from 'discord.js';
import { subscriptionIdFor } from '../../../core/model/subscription.ts';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';
import { newsCommandName, timeZoneChoices } from './discord-command-definitions.ts';
import {
  feedChoices,
  scheduleChoices,
  type AutocompleteChoice,
} from './discord-autocomplete-choices.ts';

/** Discord waits 3 s for choices; a slow store answers "no choices" rather than nothing. */
const feedLookupDeadlineMs = 1_500;

/**
 * Answers an autocomplete interaction (type 4) with choices (callback type 8) at once: no
 * deferral exists for autocomplete. Any failure answers an empty list, so the picker closes
 * quietly and the user can still type the value.
 */
export async function handleAutocomplete(
  dependencies: DiscordBotDependencies,
  interaction: AutocompleteInteraction,
): Promise<void> {
  if (interaction.commandName !== newsCommandName) return;
  let choices: AutocompleteChoice[] = [];
  try {
    choices = await choicesFor(dependencies, interaction);
  } catch (error) {
    dependencies.logger.warn(
      { err: error, interactionId: interaction.id },
      'discord autocomplete choices failed',
    );
  }
  await interaction.respond(choices);
}

async function choicesFor(
  dependencies: DiscordBotDependencies,
  interaction: AutocompleteInteraction,
): Promise<AutocompleteChoice[]> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const subcommand = interaction.options.getSubcommand(false);
  if (focused.name === 'timezone') return timeZoneChoices(typed);
  if (focused.name === 'schedule') return scheduleChoices(typed);
  if (focused.name === 'feed' && subcommand === 'unsubscribe') {
    if (interaction.guildId === null || interaction.channelId === null) return [];
    const id = subscriptionIdFor({
      platform: 'discord',
      workspaceId: interaction.guildId,
      channelId: interaction.channelId,
    });
    const subscription = await withinDeadline(
      dependencies.command.subscriptions.get(id),
      feedLookupDeadlineMs,
    );
    return feedChoices(subscription?.feedUrls ?? [], typed);
  }
  return [];
}

async function withinDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('autocomplete lookup too slow')), deadlineMs);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
