import type { RedisClient } from '../../redis/redis-client.ts';
import type { UsageMeter } from '../../../core/ports/usage-limits.ts';
import {
  execTransaction,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

/**
 * Holds tokens for one model call only if they fit the day's budget, in one step, so two
 * workers can never both take the last tokens. Expired holds (a worker killed mid-call) are
 * dropped on the way, which is why the holds are read here rather than kept as one counter.
 * KEYS: the day's spent counter and the day's holds (hash: call id → "tokens:expires ms").
 * ARGV: call id, tokens, budget, now ms, expires ms, ttl seconds.
 * Returns 1 when held, 0 when refused.
 */
const reserveScript = `
local now = tonumber(ARGV[4])
local held = 0
local holds = redis.call('HGETALL', KEYS[2])
for index = 1, #holds, 2 do
  local tokens, expires = string.match(holds[index + 1], '^(%d+):(%d+)$')
  if tokens == nil or tonumber(expires) <= now then
    redis.call('HDEL', KEYS[2], holds[index])
  else
    held = held + tonumber(tokens)
  end
end
local spent = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if spent + held + tonumber(ARGV[2]) > tonumber(ARGV[3]) then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2] .. ':' .. ARGV[5])
redis.call('EXPIRE', KEYS[2], ARGV[6])
return 1
`;

/**
 * Model tokens per workspace per UTC day, one counter and one hash of holds per day. Three
 * days of expiry covers "today" in every time zone plus a margin for metrics to read
 * yesterday's total.
 */
export function createRedisUsageMeter(redis: RedisClient, options: RedisStoreOptions): UsageMeter {
  const { prefix, ttlSeconds } = resolveStoreOptions(options, 3 * secondsPerDay);
  const keyOf = (workspaceKey: string, day: string) => `${prefix}:usage:${workspaceKey}:${day}`;
  const holdsKeyOf = (workspaceKey: string, day: string) =>
    `${prefix}:usage-holds:${workspaceKey}:${day}`;
  const wholeTokens = (tokens: number) => Math.max(0, Math.round(tokens));
  return {
    async addTokens(workspaceKey, day, tokens) {
      const key = keyOf(workspaceKey, day);
      const [total] = await execTransaction(
        redis.multi().incrby(key, wholeTokens(tokens)).expire(key, ttlSeconds),
      );
      return Number(total);
    },
    async tokensUsed(workspaceKey, day) {
      const stored = await redis.get(keyOf(workspaceKey, day));
      const total = stored === null ? 0 : Number.parseInt(stored, 10);
      return Number.isFinite(total) ? total : 0;
    },
    async reserveTokens(request) {
      const now = request.now.getTime();
      const held = await redis.eval(
        reserveScript,
        2,
        keyOf(request.workspaceKey, request.day),
        holdsKeyOf(request.workspaceKey, request.day),
        request.id,
        wholeTokens(request.tokens),
        Math.max(0, Math.floor(request.budget)),
        now,
        now + Math.max(1, Math.round(request.leaseMs)),
        ttlSeconds,
      );
      return Number(held) === 1;
    },
    async settleTokens(reservation, spentTokens) {
      const key = keyOf(reservation.workspaceKey, reservation.day);
      const [, total] = await execTransaction(
        redis
          .multi()
          .hdel(holdsKeyOf(reservation.workspaceKey, reservation.day), reservation.id)
          .incrby(key, wholeTokens(spentTokens))
          .expire(key, ttlSeconds),
      );
      return Number(total);
    },
  };
}
