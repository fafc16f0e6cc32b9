import { randomUUID } from 'node:crypto';
import { createMemoryOutboxStore } from '../../../src/adapters/store/memory/create-memory-outbox-store.ts';
import { createFeedProbe } from '../../../src/adapters/web/feed/create-feed-probe.ts';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import {
  handleNewsCommand,
  type CommandReply,
  type HandleNewsCommandDependencies,
} from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import type { FeedSubscribeJob } from '../../../src/core/model/jobs.ts';
import type { JobQueue } from '../../../src/core/ports/job-queue.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { handleFeedSubscribe } from '../../../src/core/pipeline/jobs/handle-feed-subscribe.ts';
import { startLocalHttpServer } from '../../fakes/local-http-server.ts';

/** A real feed on a local server: `/news subscribe` reads the address before it stores it. */
const feedSite = await startLocalHttpServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Schedule Test News</title>
<link>${feedSite.url('/')}</link><description>Test feed</description>
<item><title>One</title><link>${feedSite.url('/one')}</link></item></channel></rss>`,
  );
});
export const feedUrl = feedSite.url('/feed.xml');
const probe = createFeedProbe({
  fetcher: createSafePageFetcher({
    allowPrivateHosts: ['localhost', '127.0.0.1'],
    allowedPorts: [feedSite.port],
  }),
});

/** A console channel of its own per test, so subscriptions never mix. */
export function freshChannel(name: string): ChatTarget {
  return { platform: 'console', workspaceId: 'local', channelId: `${name}-${randomUUID()}` };
}

/**
 * `/news <text>` from a channel admin, with the clock fixed at `now`. A subscribe is followed
 * through as the worker runs it: the feed-subscribe step reads the address and stores the
 * subscription, and its reply (what replaces "Checking the feed…") is returned.
 */
export async function runCommandAt(
  dependencies: HandleNewsCommandDependencies,
  target: ChatTarget,
  text: string,
  now: Date,
): Promise<CommandReply> {
  const clock = { now: () => now };
  const subscribeJobs: FeedSubscribeJob[] = [];
  const feedSubscribe: JobQueue<FeedSubscribeJob> = {
    enqueue: async (payload) => {
      subscribeJobs.push(payload);
      return { jobId: `subscribe-${payload.requestId}` };
    },
  };
  const reply = await handleNewsCommand(
    { ...dependencies, feedSubscribe, clock },
    {
      requestId: randomUUID(),
      target,
      user: { userId: 'U-admin', displayName: 'Admin', isAdmin: true },
      text,
      defaultTimeZone: 'UTC',
      postProgress: () => Promise.resolve(undefined),
    },
  );
  const [job] = subscribeJobs;
  if (job === undefined) return reply;
  const outbox = createMemoryOutboxStore();
  await handleFeedSubscribe(
    {
      probe,
      subscriptions: dependencies.subscriptions,
      scheduler: dependencies.scheduler,
      outbox,
      deliverQueue: { enqueue: async () => ({ jobId: 'delivered' }) },
      maxFeedsPerChannel: dependencies.limits.maxFeedsPerChannel,
      clock,
      logger: silentLogger,
    },
    job,
  );
  const message = await outbox.get(`subscribed-${job.requestId}`);
  if (message === undefined) throw new Error('the subscribe step posted nothing');
  return { visibility: 'in-channel', message };
}

/** Everything the user reads in a reply, block by block. */
export function replyText(reply: CommandReply): string {
  if (reply.visibility === 'none') return '';
  return reply.message.blocks
    .map((block) => ('text' in block ? block.text : 'items' in block ? block.items.join(' ') : ''))
    .join('\n');
}

/** The `nth` Sunday (1-based; -1 for the last) of a month, at 00:00 UTC. */
export function sundayOf(year: number, monthIndex: number, nth: number): Date {
  const sundays: Date[] = [];
  for (let day = 1; day <= 31; day += 1) {
    const date = new Date(Date.UTC(year, monthIndex, day));
    if (date.getUTCMonth() === monthIndex && date.getUTCDay() === 0) sundays.push(date);
  }
  const sunday = nth === -1 ? sundays[sundays.length - 1] : sundays[nth - 1];
  if (sunday === undefined) throw new Error(`no Sunday ${nth} in ${year}-${monthIndex + 1}`);
  return sunday;
}

/**
 * Next year: BullMQ counts a scheduler's first run from the later of its own clock and the
 * start date we pass, so a fixed "now" must lie ahead of the real one.
 */
export const nextYear = new Date().getUTCFullYear() + 1;

/** The day before `sunday`, at `hourUtc`. */
export function saturdayBefore(sunday: Date, hourUtc: number): Date {
  return new Date(sunday.getTime() - 86_400_000 + hourUtc * 3_600_000);
}
