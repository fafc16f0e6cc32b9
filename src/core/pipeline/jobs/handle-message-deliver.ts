import type { ChatMessage, PostedMessageRef } from '../../model/chat-message.ts';
import type { DeliveryEffect, MessageDeliverJob } from '../../model/jobs.ts';
import type { ChatPublisher } from '../../ports/chat-publisher.ts';
import type { Clock } from '../../ports/clock.ts';
import type { Logger } from '../../ports/logger.ts';
import type {
  DeliveryLog,
  DigestLedger,
  OutboxStore,
  PostedMessageRecord,
  PostedMessageStore,
  SubscriptionStore,
} from '../../ports/stores.ts';
import type { StepWrites } from '../../ports/step-writes.ts';
import { AppError } from '../../errors.ts';
import { createSequentialStepWrites } from './create-sequential-step-writes.ts';

export interface HandleMessageDeliverDependencies {
  outbox: OutboxStore;
  deliveryLog: DeliveryLog;
  digestLedger: DigestLedger;
  postedMessages: PostedMessageStore;
  subscriptions: SubscriptionStore;
  publisher: ChatPublisher;
  clock: Clock;
  logger: Logger;
  /** Reads the log and outbox in one round trip, records a post in one MULTI. */
  writes?: StepWrites;
}

export type DeliverOutcome =
  { ref: PostedMessageRef; alreadyDelivered: boolean } | { superseded: true; by: string };

/**
 * The deliver step: post (or replace the progress message with) the rendered message, once.
 * A delivery already in the log is not posted again, so a retried or raced job cannot double
 * post; effects such as moving a digest watermark run only after the post succeeded.
 */
export async function handleMessageDeliver(
  dependencies: HandleMessageDeliverDependencies,
  job: MessageDeliverJob,
  /** The rendered message, when the brief step posts in place (it is in no outbox). */
  inPlace?: ChatMessage,
): Promise<DeliverOutcome> {
  const { publisher, logger } = dependencies;
  const writes = dependencies.writes ?? createSequentialStepWrites(dependencies);
  const read = await writes.readDelivery(job.deliveryId);
  const { earlier } = read;
  const message = inPlace ?? read.message;
  if (earlier !== undefined) {
    logger.info({ deliveryId: job.deliveryId }, 'already delivered; not posting again');
    await applyEffects(dependencies, job.effects);
    return { ref: earlier, alreadyDelivered: true };
  }
  const newer = await newerDigestThan(dependencies.digestLedger, job);
  if (newer !== undefined) {
    logger.info(
      { deliveryId: job.deliveryId, newerWindowEnd: newer },
      'a newer digest covers this one; not posting it',
    );
    return { superseded: true, by: newer };
  }
  if (message === undefined) {
    throw new AppError({
      code: 'internal',
      userMessage: 'The message to post has expired; please ask again.',
      details: { deliveryId: job.deliveryId },
    });
  }
  let ref: PostedMessageRef;
  if (job.replace === undefined) {
    ref = await publisher.post(job.target, message);
  } else {
    await publisher.update(job.replace, message);
    ref = job.replace;
  }
  const record = { ref, content: job.content, postedAt: dependencies.clock.now().toISOString() };
  await writes.recordPost({
    deliveryId: job.deliveryId,
    record,
    adoptedRoot: adoptedThreadRoot(record),
  });
  await applyEffects(dependencies, job.effects);
  return { ref, alreadyDelivered: false };
}

/**
 * A brief posted into someone else's thread (Slack's "Summarize link" shortcut answers in the
 * thread of the message it was used on) makes that thread ours: replies there point at the
 * thread root, not at our message, so the root is recorded too. A root that is already one of
 * our messages keeps its own record (recordPost writes the root only if absent), and answers
 * never adopt a thread.
 */
function adoptedThreadRoot(record: PostedMessageRecord): PostedMessageRecord | undefined {
  const { target, messageId } = record.ref;
  if (target.threadId === undefined || target.threadId === messageId) return undefined;
  if (record.content.kind === 'answer' || record.content.kind === 'notice') return undefined;
  if (record.content.articleIds.length === 0) return undefined;
  return { ...record, ref: { target, messageId: target.threadId } };
}

/**
 * A scheduled digest that waited so long to post (the platform was down) that the next tick
 * built a newer one from the same watermark: the newer covers its stories, so posting both
 * would repeat them. A digest someone is waiting for (it replaces their progress message) is
 * always posted.
 */
async function newerDigestThan(
  digestLedger: DigestLedger,
  job: MessageDeliverJob,
): Promise<string | undefined> {
  if (job.replace !== undefined) return undefined;
  for (const effect of job.effects) {
    const newest = await digestLedger.newestBuilt(effect.subscriptionId);
    if (newest !== undefined && Date.parse(newest) > Date.parse(effect.windowEnd)) return newest;
  }
  return undefined;
}

async function applyEffects(
  dependencies: HandleMessageDeliverDependencies,
  effects: readonly DeliveryEffect[],
): Promise<void> {
  for (const effect of effects) {
    const subscription = await dependencies.subscriptions.get(effect.subscriptionId);
    if (subscription === undefined) continue;
    const current = subscription.lastDigestAt;
    // The watermark only moves forward: a late retry of an older digest cannot move it back.
    if (current !== undefined && Date.parse(current) >= Date.parse(effect.windowEnd)) continue;
    await dependencies.subscriptions.put({ ...subscription, lastDigestAt: effect.windowEnd });
  }
}
