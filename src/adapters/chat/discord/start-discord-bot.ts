import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { AppError } from '../../../core/errors.ts';
import type { ChatAdapterHost } from '../chat-adapter-host.ts';
import { createDeliveryClaims } from '../delivery-claims.ts';
import type { DiscordBotDependencies } from './discord-bot-dependencies.ts';
import { handleInteraction } from './handle-interaction.ts';
import { handleThreadMessage } from './handle-thread-message.ts';
import { createInteractionTokenStore } from './interaction-token-store.ts';

export interface DiscordBot {
  client: Client<true>;
  /** Disconnects from the gateway; in-flight handlers finish their current REST call. */
  close(): Promise<void>;
}

/**
 * Connects the discord.js client (gateway + REST at DISCORD_API_URL) and answers interactions
 * and thread questions. Handlers only defer, enqueue and reply; the workers read articles and
 * post results through the Discord publisher (registerDiscordPublisher).
 */
export async function startDiscordBot(service: ChatAdapterHost): Promise<DiscordBot> {
  const { config, logger } = service;
  const token = config.DISCORD_TOKEN;
  if (token === undefined || config.DISCORD_APPLICATION_ID === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage: 'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to start the Discord bot.',
    });
  }
  const messageContent = config.DISCORD_MESSAGE_CONTENT_INTENT;
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      ...(messageContent ? [GatewayIntentBits.MessageContent] : []),
    ],
    rest: { api: config.DISCORD_API_URL },
    allowedMentions: { parse: [] },
    ...shardOptions(config.DISCORD_SHARDS),
  });
  const dependencies: DiscordBotDependencies = {
    command: service.commands,
    questions: service.queues.jobQueues.questionAnswer,
    postedMessages: service.stores.postedMessages,
    articles: service.stores.articles,
    interactionTokens: createInteractionTokenStore(service.redis, config.REDIS_PREFIX),
    claims: createDeliveryClaims(service.redis, config.REDIS_PREFIX, logger),
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
    messageContent,
    logger,
  };

  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(dependencies, interaction).catch((error: unknown) =>
      logger.error({ err: error, interactionId: interaction.id }, 'discord interaction failed'),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    const botUserId = client.user?.id;
    if (botUserId === undefined) return;
    handleThreadMessage(dependencies, message, botUserId).catch((error: unknown) =>
      logger.error({ err: error, messageId: message.id }, 'discord thread message failed'),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'discord gateway disconnected'),
  );
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'discord gateway resumed'),
  );

  const ready = once(client, Events.ClientReady);
  await client.login(token);
  const [readyClient] = (await ready) as [Client<true>];
  logger.info(
    { user: readyClient.user.id, guilds: readyClient.guilds.cache.size, messageContent },
    'discord bot ready',
  );
  return {
    client: readyClient,
    async close() {
      await client.destroy();
    },
  };
}

function shardOptions(
  shards: 'auto' | number | undefined,
): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards === undefined) return {};
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, index) => index), shardCount: shards };
}
