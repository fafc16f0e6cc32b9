import type { ChatInputCommandInteraction } from 'discord.js';
import { subscriptionIdFor } from '../../../core/model/subscription.ts';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';
import type { OptionReader } from './discord-command-definitions.ts';
import { isFeedReference, resolveFeedChoice } from './discord-autocomplete-choices.ts';

/**
 * The options of a `/news` invocation, with a feed picked from autocomplete by reference (a
 * URL too long for a choice value) turned back into the channel's feed URL. Only such a pick
 * costs a store read; every other invocation reads the options as sent.
 */
export async function readNewsOptions(
  dependencies: DiscordBotDependencies,
  interaction: ChatInputCommandInteraction,
): Promise<OptionReader> {
  const read: OptionReader = (name) => interaction.options.getString(name);
  const feed = interaction.options.getString('feed');
  if (feed === null || !isFeedReference(feed)) return read;
  const subscription = await dependencies.command.subscriptions.get(
    subscriptionIdFor({
      platform: 'discord',
      workspaceId: interaction.guildId ?? 'direct',
      channelId: interaction.channelId,
    }),
  );
  const resolved = resolveFeedChoice(feed, subscription?.feedUrls ?? []);
  return (name) => (name === 'feed' ? resolved : read(name));
}
