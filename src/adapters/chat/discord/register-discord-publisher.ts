import type { ChatAdapterHost } from '../chat-adapter-host.ts';
import { createDiscordPublisher } from './create-discord-publisher.ts';
import { createDiscordRest } from './create-discord-rest.ts';
import { createInteractionTokenStore } from './interaction-token-store.ts';

/**
 * Registers the Discord publisher on the service's router when DISCORD_TOKEN is set, so this
 * process's workers can deliver to Discord. Returns whether it did.
 */
export function registerDiscordPublisher(service: ChatAdapterHost): boolean {
  const { config } = service;
  if (config.DISCORD_TOKEN === undefined) return false;
  const rest = createDiscordRest({ apiUrl: config.DISCORD_API_URL, token: config.DISCORD_TOKEN });
  service.publisher.register(
    'discord',
    createDiscordPublisher({
      rest,
      interactionTokens: createInteractionTokenStore(service.redis, config.REDIS_PREFIX),
      logger: service.logger,
    }),
  );
  return true;
}
