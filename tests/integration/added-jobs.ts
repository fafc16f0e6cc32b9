import type { RedisClient } from '../../src/adapters/redis/redis-client.ts';

/**
 * The ids of every job added to a queue, from BullMQ's event stream (`<prefix>:<queue>:events`):
 * the per-article queues drop a job once it completes, so "one job" is counted where it was added.
 */
export async function addedJobIds(
  redis: RedisClient,
  prefix: string,
  queueName: string,
): Promise<string[]> {
  const entries = await redis.xrange(`${prefix}:${queueName}:events`, '-', '+');
  return entries.flatMap(([, fields]) => {
    const values = new Map<string, string>();
    for (let index = 0; index + 1 < fields.length; index += 2)
      values.set(fields[index] ?? '', fields[index + 1] ?? '');
    const jobId = values.get('jobId');
    return values.get('event') === 'added' && jobId !== undefined ? [jobId] : [];
  });
}
