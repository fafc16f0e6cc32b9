import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { AppError } from '../../../core/errors.ts';
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
  const registered = (await rest
    .put(route, { body: discordCommandDefinitions })
    .catch((error: unknown) => {
      throw registrationFailure(error, guildId);
    })) as { name: string }[];
  return {
    names: registered.map((command) => command.name),
    scope: guildId === undefined ? 'global' : `guild ${guildId}`,
  };
}

/** Discord's codes for "no such server" and "the bot is not in it". */
const notInGuildCodes = new Set([10004, 50001]);

/**
 * An admin runs `discord register` by hand once, so a failure says what to fix (the token,
 * the server id, the network) rather than the delivery-oriented wording of mapDiscordError.
 */
function registrationFailure(error: unknown, guildId: string | undefined): AppError {
  if (!(error instanceof DiscordAPIError)) {
    return new AppError({
      code: 'url-unreachable',
      userMessage: 'Discord could not be reached; check the network and DISCORD_API_URL.',
      retryable: true,
      cause: error,
    });
  }
  const code = typeof error.code === 'number' ? error.code : undefined;
  const details = { status: error.status, discordCode: code };
  if (error.status === 401) {
    return new AppError({
      code: 'config-invalid',
      userMessage:
        "Discord refused DISCORD_TOKEN; copy the token from the Developer Portal's Bot page.",
      cause: error,
      details,
    });
  }
  if (guildId !== undefined && code !== undefined && notInGuildCodes.has(code)) {
    return new AppError({
      code: 'command-invalid',
      userMessage: `The bot is not in the Discord server ${guildId}; invite it there first (see docs/discord.md).`,
      cause: error,
      details,
    });
  }
  return new AppError({
    code: 'config-invalid',
    userMessage: `Discord refused to register the commands (HTTP ${error.status}: ${error.message}).`,
    retryable: error.status >= 500,
    cause: error,
    details,
  });
}
