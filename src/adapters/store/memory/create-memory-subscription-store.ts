import type { Subscription } from '../../../core/model/subscription.ts';
import type { SubscriptionStore } from '../../../core/ports/stores.ts';
import { compareSubscriptions } from '../subscription-order.ts';
import { copyOf } from './bounded-map.ts';

/** Subscriptions in memory (console sessions and tests); list() orders them as Redis does. */
export function createMemorySubscriptionStore(): SubscriptionStore {
  const subscriptions = new Map<string, Subscription>();
  return {
    async get(subscriptionId) {
      const subscription = subscriptions.get(subscriptionId);
      return subscription === undefined ? undefined : copyOf(subscription);
    },
    async put(subscription) {
      subscriptions.set(subscription.id, copyOf(subscription));
    },
    async delete(subscriptionId) {
      subscriptions.delete(subscriptionId);
    },
    async list() {
      return copyOf([...subscriptions.values()].sort(compareSubscriptions));
    },
  };
}
