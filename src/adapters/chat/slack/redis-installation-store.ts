import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { RedisClient } from '../../redis/redis-client.ts';

/** Start of the error thrown for a workspace with no installation (Bolt keeps the message). */
export const installationMissingMessage = 'no Slack installation for';

/**
 * Slack installations (bot token, refresh token, expiry, bot ids) in Redis, one key per
 * workspace or Enterprise Grid org, under the service's REDIS_PREFIX. Bolt's InstallProvider
 * writes here after OAuth and after each token refresh; workers read here before each post.
 * Keys do not expire: an install lives until the app is uninstalled.
 */
export function createRedisInstallationStore(
  redis: RedisClient,
  prefix: string,
): InstallationStore {
  const keyFor = (query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall?: boolean;
  }) => {
    if (query.isEnterpriseInstall === true && query.enterpriseId !== undefined)
      return `${prefix}:slack:installation:enterprise:${query.enterpriseId}`;
    if (query.teamId !== undefined) return `${prefix}:slack:installation:team:${query.teamId}`;
    throw new Error('a Slack installation needs a team id or an enterprise id');
  };
  return {
    async storeInstallation(installation) {
      const key = keyFor({
        ...(installation.team?.id === undefined ? {} : { teamId: installation.team.id }),
        ...(installation.enterprise?.id === undefined
          ? {}
          : { enterpriseId: installation.enterprise.id }),
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
      });
      await redis.set(key, JSON.stringify(installation));
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const stored = await redis.get(keyFor(queryFields(query)));
      if (stored === null) {
        throw new Error(
          `${installationMissingMessage} ${query.teamId ?? query.enterpriseId ?? '?'}`,
        );
      }
      return JSON.parse(stored) as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await redis.del(keyFor(queryFields(query)));
    },
  };
}

function queryFields(query: InstallationQuery<boolean>) {
  return {
    ...(query.teamId === undefined ? {} : { teamId: query.teamId }),
    ...(query.enterpriseId === undefined ? {} : { enterpriseId: query.enterpriseId }),
    isEnterpriseInstall: query.isEnterpriseInstall,
  };
}
