import type { WebClient } from '@slack/web-api';
import type { RedisClient } from '../../redis/redis-client.ts';
import { z } from 'zod';

/** What newsbrief needs to know about a Slack user. */
export interface SlackUserProfile {
  isAdmin: boolean;
  /** IANA zone from the user's Slack profile, if they set one. */
  timeZone?: string;
}

const profileSchema = z.object({ isAdmin: z.boolean(), timeZone: z.string().optional() });
const cacheSeconds = 3_600;

const keyFor = (prefix: string, teamId: string, userId: string) =>
  `${prefix}:slack:user:${teamId}:${userId}`;

/**
 * The profile from the Redis cache, without a network call: the fast path every /news
 * command takes for the user's time zone. Undefined when not cached or Redis is down.
 */
export async function cachedSlackUserProfile(
  redis: RedisClient,
  prefix: string,
  teamId: string,
  userId: string,
): Promise<SlackUserProfile | undefined> {
  const stored = await redis.get(keyFor(prefix, teamId, userId)).catch(() => null);
  if (stored === null) return undefined;
  const parsed = profileSchema.safeParse(JSON.parse(stored));
  return parsed.success ? withoutUndefined(parsed.data) : undefined;
}

/**
 * Admin flag and time zone from users.info, cached an hour in Redis (an admin demoted in
 * Slack keeps subscribe rights for at most that hour). Only subscribe/unsubscribe pay for
 * the network call; every later command reads the cached time zone.
 */
export async function lookupSlackUserProfile(
  dependencies: { redis: RedisClient; prefix: string; client: WebClient },
  teamId: string,
  userId: string,
): Promise<SlackUserProfile> {
  const cached = await cachedSlackUserProfile(
    dependencies.redis,
    dependencies.prefix,
    teamId,
    userId,
  );
  if (cached !== undefined) return cached;
  const result = await dependencies.client.users.info({ user: userId });
  const user = result.user;
  const profile: SlackUserProfile = {
    isAdmin: user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true,
    ...(typeof user?.tz === 'string' && user.tz !== '' ? { timeZone: user.tz } : {}),
  };
  await dependencies.redis
    .set(keyFor(dependencies.prefix, teamId, userId), JSON.stringify(profile), 'EX', cacheSeconds)
    .catch(() => undefined);
  return profile;
}

function withoutUndefined(profile: z.infer<typeof profileSchema>): SlackUserProfile {
  return {
    isAdmin: profile.isAdmin,
    ...(profile.timeZone === undefined ? {} : { timeZone: profile.timeZone }),
  };
}
