import type { Subscription } from '../../core/model/subscription.ts';

/** The order list() returns, shared by the Redis and memory stores: oldest first, then by id. */
export function compareSubscriptions(left: Subscription, right: Subscription): number {
  if (left.createdAt !== right.createdAt) return left.createdAt < right.createdAt ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}
