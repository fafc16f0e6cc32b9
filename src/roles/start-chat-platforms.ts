import type { Config } from '../config/config-schema.ts';
import type { Service } from './create-service.ts';
import type { HttpRoute } from './start-http-role.ts';

/** Chat adapters running in this process: their HTTP routes and how to stop them. */
export interface ChatPlatforms {
  routes: Record<string, HttpRoute>;
  names: string[];
  close(): Promise<void>;
}

export function discordConfigured(config: Config): boolean {
  return config.DISCORD_TOKEN !== undefined && config.DISCORD_APPLICATION_ID !== undefined;
}

export function slackConfigured(config: Config): boolean {
  return config.SLACK_BOT_TOKEN !== undefined || config.SLACK_CLIENT_ID !== undefined;
}

/**
 * Registers a publisher for every configured chat platform, so this process's workers can post
 * there (scheduled digests, answers). Worker processes call only this.
 */
export async function registerChatPublishers(service: Service): Promise<string[]> {
  const names: string[] = [];
  if (slackConfigured(service.config)) {
    const { registerSlackPublisher } =
      await import('../adapters/chat/slack/register-slack-publisher.ts');
    if (registerSlackPublisher(service) !== undefined) names.push('slack');
  }
  if (discordConfigured(service.config)) {
    const { registerDiscordPublisher } =
      await import('../adapters/chat/discord/register-discord-publisher.ts');
    if (registerDiscordPublisher(service)) names.push('discord');
  }
  return names;
}

/**
 * Starts the receivers of every configured chat platform for `newsbrief serve`: Slack's Bolt
 * app (HTTP at /slack/ or Socket Mode) and the Discord gateway client. Each also registers
 * its publisher.
 */
export async function startChatPlatforms(service: Service): Promise<ChatPlatforms> {
  const routes: Record<string, HttpRoute> = {};
  const closers: (() => Promise<void>)[] = [];
  const names: string[] = [];
  const { config } = service;
  if (
    slackConfigured(config) &&
    (config.SLACK_SIGNING_SECRET !== undefined || config.SLACK_APP_TOKEN !== undefined)
  ) {
    const { startSlackReceiver } = await import('../adapters/chat/slack/start-slack-receiver.ts');
    const slack = await startSlackReceiver(service);
    routes['/slack/'] = slack.route;
    closers.push(() => slack.close());
    names.push(`slack (${slack.mode})`);
  }
  if (discordConfigured(config)) {
    const { startDiscordBot } = await import('../adapters/chat/discord/start-discord-bot.ts');
    const discord = await startDiscordBot(service);
    closers.push(() => discord.close());
    names.push('discord');
  }
  return {
    routes,
    names,
    async close() {
      await Promise.allSettled(closers.map((close) => close()));
    },
  };
}
