import { z } from 'zod';
import { booleanFlag } from './boolean-flag.ts';

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

/**
 * Discord settings, spread into configSchema. Owned by the Discord adapter (issue 6); every
 * entry documents its env name and default, and is listed in .env.example's Discord section.
 * All are optional: without DISCORD_TOKEN and DISCORD_APPLICATION_ID the Discord adapter does not start.
 */
export const discordConfigShape = {
  /** DISCORD_TOKEN: the bot token from the Developer Portal's Bot page. Unset: no Discord adapter. */
  DISCORD_TOKEN: optionalString,
  /** DISCORD_APPLICATION_ID: the application (client) id; commands and interaction webhooks use it. Default unset. */
  DISCORD_APPLICATION_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{5,25}$/, 'must be a Discord id (digits)')
      .optional(),
  ),
  /** DISCORD_API_URL: REST base URL without the version (proxies, tests). Default https://discord.com/api. */
  DISCORD_API_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url()
      .default('https://discord.com/api')
      .transform((value) => value.replace(/\/+$/, '')),
  ),
  /**
   * DISCORD_MESSAGE_CONTENT_INTENT: request the privileged Message Content intent (enable it in
   * the Developer Portal too). Without it, thread follow-ups must mention the bot. Default false.
   */
  DISCORD_MESSAGE_CONTENT_INTENT: booleanFlag(false),
  /**
   * DISCORD_SHARDS: in-process sharding: "auto" (Discord's recommended count) or a number of
   * shards. Unset: one shard, or what discord.js's ShardingManager assigns this process.
   */
  DISCORD_SHARDS: z.preprocess(
    emptyAsUndefined,
    z.union([z.literal('auto'), z.coerce.number().int().positive().max(1_000)]).optional(),
  ),
};
