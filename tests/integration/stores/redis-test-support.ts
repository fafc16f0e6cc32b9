import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../../../src/core/ports/logger.ts';

/** A hash-tagged prefix no other test file (or run) shares. */
export function uniqueTestPrefix(name: string): string {
  return `{nbtest-${name}-${process.pid}-${randomUUID().slice(0, 8)}}`;
}

/** Deletes every key under `prefix`; run in afterAll so the shared Redis keeps nothing of ours. */
export async function deleteKeysUnder(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found.sort();
}

export interface RecordingLogger extends Logger {
  warnings: { fields: Record<string, unknown>; message: string }[];
}

/** A logger that keeps its warnings, so tests can see that a bad value was reported, not just skipped. */
export function createRecordingLogger(): RecordingLogger {
  const warnings: RecordingLogger['warnings'] = [];
  const logger: RecordingLogger = {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warn: (fields, message) => {
      warnings.push({ fields, message });
    },
    error: () => undefined,
    child: () => logger,
  };
  return logger;
}
