import type { Subscription } from '../model/subscription.ts';
import type { ScheduledSubscriptionDependencies } from './store-scheduled-subscription.ts';

/**
 * Deletes a subscription and its job scheduler, never leaving one without the other. The
 * subscription goes first: a scheduler left alone by a crash between the two steps removes
 * itself at its next tick (the digest job finds no subscription), while a subscription left
 * without its scheduler would silently never run. If removing the scheduler fails, the
 * subscription is stored again so the user's retry starts from where it was.
 */
export async function deleteScheduledSubscription(
  dependencies: ScheduledSubscriptionDependencies,
  existing: Subscription,
): Promise<void> {
  await dependencies.subscriptions.delete(existing.id);
  try {
    await dependencies.scheduler.remove(existing.id);
  } catch (error) {
    await dependencies.subscriptions.put(existing).catch((restoreError: unknown) => {
      dependencies.logger.error(
        { subscriptionId: existing.id, err: restoreError },
        'could not restore the subscription after its scheduler stayed',
      );
    });
    throw error;
  }
}
