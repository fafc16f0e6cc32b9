import { createHash } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import type { z } from 'zod';
import type { Logger } from '../../../core/ports/logger.ts';
import { silentLogger } from '../../../core/ports/logger.ts';

/** What every Redis store takes: where its keys live, how long they last, where warnings go. */
export interface RedisStoreOptions {
  /**
   * Key prefix, hash-tagged for Redis Cluster (e.g. "{newsbrief}"): every key of one install
   * then hashes to one slot, which MULTI and Lua scripts across keys require.
   */
  prefix: string;
  /** Overrides the store's default lifetime; stores that must not expire ignore it. */
  ttlSeconds?: number;
  logger?: Logger;
}

export const secondsPerDay = 24 * 3600;

/** The options with defaults applied, so each store reads plain values. */
export function resolveStoreOptions(
  options: RedisStoreOptions,
  defaultTtlSeconds: number,
): { prefix: string; ttlSeconds: number; logger: Logger } {
  return {
    prefix: options.prefix,
    ttlSeconds: options.ttlSeconds ?? defaultTtlSeconds,
    logger: options.logger ?? silentLogger,
  };
}

/**
 * A stored JSON value checked against its model schema. A value that is not JSON or no longer
 * matches the schema (an older format, a hand edit) is logged and read as missing: a bad entry
 * must cost one cache miss, never a crashed worker.
 */
export function parseStoredJson<T>(
  schema: z.ZodType<T>,
  stored: string | null | undefined,
  logger: Logger,
  fields: Record<string, unknown>,
): T | undefined {
  if (stored === null || stored === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    logger.warn(fields, 'stored value is not JSON; treating it as missing');
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    logger.warn(
      { ...fields, issues: parsed.error.issues.slice(0, 3) },
      'stored value does not match its schema; treating it as missing',
    );
    return undefined;
  }
  return parsed.data;
}

/**
 * A short, fixed-length key part for free text (URLs, platform ids): keeps keys bounded and
 * free of characters such as ":" or "{" that would confuse key parsing or Cluster hash tags.
 */
export function hashKeyPart(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/**
 * Runs a MULTI and returns each command's reply. ioredis reports per-command errors inside the
 * result array rather than rejecting, so they are rethrown here instead of being ignored.
 */
export async function execTransaction(transaction: ChainableCommander): Promise<unknown[]> {
  const results = await transaction.exec();
  if (results === null) throw new Error('Redis transaction was aborted');
  return results.map(([error, reply]) => {
    if (error !== null) throw error;
    return reply;
  });
}
