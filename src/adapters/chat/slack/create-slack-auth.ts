import type { AuthorizeResult, AuthorizeSourceData } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { RedisClient } from '../../redis/redis-client.ts';
import type { Config } from '../../../config/config-schema.ts';
import { AppError } from '../../../core/errors.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { createSlackWebClient, slackWebClientOptions } from './create-slack-web-client.ts';
import {
  createRedisInstallationStore,
  installationMissingMessage,
} from './redis-installation-store.ts';
import { slackAppDefinition } from './slack-app-definition.ts';
import { toSlackLogger } from './to-slack-logger.ts';

/** How the adapter finds a workspace's bot token: one fixed token, or OAuth installs in Redis. */
export interface SlackAuth {
  mode: 'single-workspace' | 'oauth';
  /** The bot token for a team, read each time so workers use rotated tokens. */
  tokenFor(teamId: string): Promise<string>;
  /** Bolt's authorize hook: token and bot ids for an incoming request. */
  authorize(source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult>;
  /** Bolt's OAuth flow (install page, redirect) in multi-workspace mode. */
  installer?: InstallProvider;
}

/**
 * Builds the token source from config, or undefined when Slack is not configured. With
 * SLACK_BOT_TOKEN: single-workspace mode. With SLACK_CLIENT_ID/SECRET/STATE_SECRET: OAuth,
 * installations in Redis, and rotating tokens refreshed (by Bolt's InstallProvider, within
 * two hours of expiry) whenever a receiver or a worker asks for a token.
 */
export function createSlackAuth(
  config: Config,
  redis: RedisClient,
  logger: Logger,
): SlackAuth | undefined {
  const clientOptions = slackWebClientOptions({ apiUrl: config.SLACK_API_URL, logger });
  if (config.SLACK_BOT_TOKEN !== undefined) {
    const token = config.SLACK_BOT_TOKEN;
    let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
    const botIdentity = () => {
      if (config.SLACK_BOT_ID !== undefined && config.SLACK_BOT_USER_ID !== undefined)
        return Promise.resolve({ botId: config.SLACK_BOT_ID, botUserId: config.SLACK_BOT_USER_ID });
      // One auth.test per process, and only when the ids were not configured.
      identity ??= createSlackWebClient({ apiUrl: config.SLACK_API_URL, logger })
        .auth.test({ token })
        .then((result) => ({
          ...(result.bot_id === undefined ? {} : { botId: result.bot_id }),
          ...(result.user_id === undefined ? {} : { botUserId: result.user_id }),
        }))
        .catch((error: unknown) => {
          identity = undefined;
          throw error;
        });
      return identity;
    };
    return {
      mode: 'single-workspace',
      tokenFor: async () => token,
      authorize: async () => ({ botToken: token, ...(await botIdentity()) }),
    };
  }
  if (config.SLACK_CLIENT_ID === undefined || config.SLACK_CLIENT_SECRET === undefined)
    return undefined;
  if (config.SLACK_STATE_SECRET === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage:
        'SLACK_STATE_SECRET must be set for multi-workspace Slack installs (any long random string).',
    });
  }
  const installer = new InstallProvider({
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    installationStore: createRedisInstallationStore(redis, config.REDIS_PREFIX),
    directInstall: true,
    installUrlOptions: {
      scopes: [...slackAppDefinition.botScopes],
      ...(config.PUBLIC_URL === undefined
        ? {}
        : { redirectUri: new URL(slackAppDefinition.redirectPath, config.PUBLIC_URL).toString() }),
    },
    logger: toSlackLogger(logger),
    clientOptions,
  });
  return {
    mode: 'oauth',
    installer,
    authorize: (source) => installer.authorize(source),
    async tokenFor(teamId) {
      const result = await installer
        .authorize({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })
        .catch((error: unknown) => {
          throw notInstalled(error)
            ? new AppError({
                code: 'channel-unavailable',
                userMessage: 'newsbrief is no longer installed in this Slack workspace.',
                cause: error,
                details: { teamId },
              })
            : // Redis or Slack hiccup while reading or refreshing the token: worth another try.
              new AppError({
                code: 'internal',
                userMessage: 'newsbrief could not load its Slack token; it will try again.',
                retryable: true,
                cause: error,
                details: { teamId },
              });
        });
      if (result.botToken === undefined) {
        throw new AppError({
          code: 'channel-unavailable',
          userMessage: 'newsbrief is no longer installed in this Slack workspace.',
          details: { teamId },
        });
      }
      return result.botToken;
    },
  };
}

function notInstalled(error: unknown): boolean {
  return error instanceof Error && error.message.includes(installationMissingMessage);
}
