import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { DiscordMessagePayload } from './render-discord-message.ts';

/** discord.js reply/edit options from a rendered payload (discord.js spells allowed_mentions in camelCase). */
export function toDiscordReply(payload: DiscordMessagePayload): {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
} {
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [] },
  };
}
