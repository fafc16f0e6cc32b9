import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import type { HandleNewsCommandDependencies } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { queueNames } from '../../../src/core/model/jobs.ts';
import { subscriptionIdFor } from '../../../src/core/model/subscription.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { formatRunTime } from '../../../src/core/schedules/format-run-time.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import {
  feedUrl,
  freshChannel,
  nextYear,
  replyText,
  runCommandAt,
  saturdayBefore,
  sundayOf,
} from './subscribe-kit.ts';

const prefix = uniqueTestPrefix('subscribe-sched');
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
let service: Service;
let dependencies: HandleNewsCommandDependencies;

beforeAll(async () => {
  await redis.connect();
  service = await createService(
    loadConfig({ REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }),
    silentLogger,
  );
  dependencies = commandDependencies(service);
});

afterAll(async () => {
  await service.queues.queues[queueNames.digestBuild].obliterate({ force: true });
  await service.close();
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
});

/** The next run as BullMQ itself stored it on the channel's job scheduler. */
async function storedNextRun(channel: ChatTarget): Promise<Date | undefined> {
  const queue = service.queues.queues[queueNames.digestBuild];
  const scheduler = await queue.getJobScheduler(subscriptionIdFor(channel));
  return typeof scheduler?.next === 'number' ? new Date(scheduler.next) : undefined;
}

/** Subscribes a fresh channel at `now`; returns the reply and what BullMQ stored. */
async function subscribeAt(schedule: string, now: Date) {
  const channel = freshChannel('sched');
  const reply = await runCommandAt(dependencies, channel, `subscribe ${feedUrl} ${schedule}`, now);
  return { channel, reply, text: replyText(reply), next: await storedNextRun(channel) };
}

// The first Thursday of next year, 00:00 UTC: every weekday comes within six days, so the
// "next digest" line shows no date.
const thursday = new Date(
  Date.UTC(nextYear, 0, 1 + ((11 - new Date(Date.UTC(nextYear, 0, 1)).getUTCDay()) % 7)),
);

describe('/news subscribe: a schedule BullMQ refuses is refused and nothing is stored', () => {
  it('a weekday listed twice gets one sentence; no subscription, no scheduler', async () => {
    const { channel, reply, text, next } = await subscribeAt('0 9 * * mon-fri,mon', thursday);
    expect(reply.visibility).toBe('ephemeral');
    expect(text).toBe(
      'The schedule `0 9 * * 1-5,1` names Monday twice in its weekday field; list each value once, for example `0 9 * * 1-5`.',
    );
    expect(await service.stores.subscriptions.get(subscriptionIdFor(channel))).toBeUndefined();
    expect(next).toBeUndefined();
  });

  it('changing a working schedule to a refused one keeps the old schedule and its scheduler', async () => {
    const { channel, next: before } = await subscribeAt('weekdays 08:00', thursday);
    const reply = await runCommandAt(
      dependencies,
      channel,
      `subscribe ${feedUrl} 0 8,8 * * *`,
      thursday,
    );
    expect(replyText(reply)).toMatch(
      /^The schedule `0 8,8 \* \* \*` names 8 twice in its hour field/,
    );
    const stored = await service.stores.subscriptions.get(subscriptionIdFor(channel));
    expect(stored?.schedule.cron).toBe('0 8 * * 1-5');
    expect(await storedNextRun(channel)).toEqual(before);
  });
});

describe('/news subscribe: weekday steps and Sunday, described and shown as BullMQ runs them', () => {
  it.each([
    ['0 9 * * 6/1 UTC', 'Digests every Saturday and Sunday at 09:00 (UTC).', 'Sat 09:00 UTC'],
    [
      '0 9 * * 1-5/2 UTC',
      'Digests every Monday, Wednesday and Friday at 09:00 (UTC).',
      'Fri 09:00 UTC',
    ],
    ['0 9 * * 7 UTC', 'Digests every Sunday at 09:00 (UTC).', 'Sun 09:00 UTC'],
    ['0 9 * * 7/2 UTC', 'Digests every Sunday at 09:00 (UTC).', 'Sun 09:00 UTC'],
  ])('"%s"', async (schedule, sentence, shown) => {
    const { text, next } = await subscribeAt(schedule, thursday);
    expect(text).toContain(sentence);
    expect(next).toBeDefined();
    expect(text).toContain(`next digest: ${formatRunTime(next ?? new Date(0), 'UTC', thursday)}`);
    expect(text).toContain(`next digest: ${shown}`);
  });
});

describe('/news subscribe: the "next digest" across clock changes is the run BullMQ stored', () => {
  const berlinAutumn = sundayOf(nextYear, 9, -1);
  const berlinSpring = sundayOf(nextYear, 2, -1);
  const havanaSpring = sundayOf(nextYear, 2, 2);
  const havanaAutumn = sundayOf(nextYear, 10, 1);
  const lordHoweApril = sundayOf(nextYear, 3, 1);
  const lordHoweOctober = sundayOf(nextYear, 9, 1);
  it.each([
    // 02:00–03:00 happens twice; BullMQ runs the first 02:30.
    ['30 2 * * *', 'Europe/Berlin', saturdayBefore(berlinAutumn, 10), 'Sun 02:30 CEST'],
    // 02:30 never happens; BullMQ runs when the clock lands, at 03:30.
    ['30 2 * * *', 'Europe/Berlin', saturdayBefore(berlinSpring, 10), 'Sun 03:30 CEST'],
    // Midnight never happens (00:00 becomes 01:00); BullMQ skips that day.
    ['0 0 * * *', 'America/Havana', saturdayBefore(havanaSpring, 12), 'Mon 00:00 GMT-4'],
    // Midnight happens twice (01:00 goes back to 00:00); BullMQ runs the second.
    ['0 0 * * *', 'America/Havana', saturdayBefore(havanaAutumn, 12), 'Sun 00:00 GMT-5'],
    // 01:30–02:00 happens twice (02:00 goes back to 01:30); BullMQ runs the first.
    ['30 1 * * *', 'Australia/Lord_Howe', saturdayBefore(lordHoweApril, 0), 'Sun 01:30 GMT+11'],
    // 02:00 jumps to 02:30: 01:30 is untouched, 02:15 never happens and BullMQ skips the day.
    [
      '30 1 * * *',
      'Australia/Lord_Howe',
      saturdayBefore(lordHoweOctober, 0),
      'Sun 01:30 GMT+10:30',
    ],
    ['15 2 * * *', 'Australia/Lord_Howe', saturdayBefore(lordHoweOctober, 0), 'Mon 02:15 GMT+11'],
  ])('%s in %s', async (cron, zone, now, shown) => {
    const { channel, text, next } = await subscribeAt(`${cron} ${zone}`, now);
    expect(next).toBeDefined();
    const stored = `next digest: ${formatRunTime(next ?? new Date(0), zone, now)}`;
    expect(text).toContain(stored);
    expect(text).toContain(`next digest: ${shown}`);
    // `/news subscriptions` reads the same stored run.
    const listed = await runCommandAt(dependencies, channel, 'subscriptions', now);
    expect(replyText(listed)).toContain(stored);
  });
});

describe('/news unsubscribe: the subscription and its scheduler go together', () => {
  it('removing the last feed leaves neither a subscription nor a scheduler', async () => {
    const { channel, next } = await subscribeAt('daily 08:00 Europe/Berlin', thursday);
    expect(next).toBeDefined();
    const reply = await runCommandAt(dependencies, channel, `unsubscribe ${feedUrl}`, thursday);
    expect(replyText(reply)).toContain('No digests are scheduled any more.');
    expect(await service.stores.subscriptions.get(subscriptionIdFor(channel))).toBeUndefined();
    expect(await storedNextRun(channel)).toBeUndefined();
  });
});
