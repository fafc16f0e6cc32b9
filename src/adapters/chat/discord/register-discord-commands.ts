import { Routes, type REST } from 'discord.js';
import { discordCommandDefinitions } from './discord-command-definitions.ts';

/**
 * Replaces the application's commands with newsbrief's (`PUT` is a bulk overwrite, so
 * running it twice is harmless). With a guild id they appear in that server at once; global
 * commands can take a while to show up everywhere.
 */
export async function registerDiscordCommands(
  rest: REST,
  applicationId: string,
  guildId?: string,
): Promise<{ names: string[]; scope: string }> {
  const route =
    guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  const registered = (await rest.put(route, { body: discordCommandDefinitions })) as {
    name: string;
  }[];
  return {
    names: registered.map((command) => command.name),
    scope: guildId === undefined ? 'global' : `guild ${guildId}`,
  };
}
