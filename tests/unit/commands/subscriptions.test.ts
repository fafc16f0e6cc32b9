import { describe, it, expect } from 'vitest';
import { applySubscribeCommand } from '../../../src/core/commands/apply-subscribe-command.ts';
import { applyUnsubscribeCommand } from '../../../src/core/commands/apply-unsubscribe-command.ts';
import { buildSubscriptionsMessage } from '../../../src/core/commands/build-subscriptions-message.ts';
import type {
  SubscribeCommand,
  UnsubscribeCommand,
} from '../../../src/core/commands/news-command.ts';
import { parseNewsCommand } from '../../../src/core/commands/parse-news-command.ts';
import { isAppError } from '../../../src/core/errors.ts';
import {
  subscriptionIdFor,
  subscriptionSchema,
  type Subscription,
} from '../../../src/core/model/subscription.ts';

const target = {
  platform: 'slack' as const,
  workspaceId: 'T1',
  channelId: 'C1',
  threadId: '171.2',
};
const user = { userId: 'U1', displayName: 'Ada' };
const now = new Date('2025-01-13T10:00:00Z'); // a Monday

function subscribe(text: string): SubscribeCommand {
  const command = parseNewsCommand(`subscribe ${text}`, { defaultTimeZone: 'Europe/Berlin' });
  if (command.kind !== 'subscribe') throw new Error('not a subscribe command');
  return command;
}

function unsubscribe(text: string): UnsubscribeCommand {
  const command = parseNewsCommand(`unsubscribe ${text}`, { defaultTimeZone: 'UTC' });
  if (command.kind !== 'unsubscribe') throw new Error('not an unsubscribe command');
  return command;
}

function create(text: string): Subscription {
  return applySubscribeCommand(undefined, {
    command: subscribe(text),
    target,
    user,
    now,
    maxFeedsPerChannel: 3,
  }).subscription;
}

describe('subscriptionIdFor', () => {
  it('is stable per channel, safe for BullMQ, and differs between channels and platforms', () => {
    const id = subscriptionIdFor(target);
    expect(id).toMatch(/^sub-[0-9a-f]{24}$/);
    expect(id).not.toContain(':');
    expect(subscriptionIdFor({ ...target, threadId: undefined })).toBe(id);
    expect(subscriptionIdFor({ ...target, channelId: 'C2' })).not.toBe(id);
    expect(subscriptionIdFor({ ...target, platform: 'discord' })).not.toBe(id);
  });
});

describe('applySubscribeCommand', () => {
  it('creates a valid subscription for the channel (not the thread)', () => {
    const outcome = applySubscribeCommand(undefined, {
      command: subscribe('https://example.com/rss weekdays 9:00'),
      target,
      user,
      now,
      maxFeedsPerChannel: 3,
    });
    expect(outcome).toMatchObject({
      created: true,
      addedFeedUrls: ['https://example.com/rss'],
      scheduleChanged: true,
    });
    const subscription = subscriptionSchema.parse(outcome.subscription);
    expect(subscription).toEqual({
      id: subscriptionIdFor(target),
      target: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' },
      feedUrls: ['https://example.com/rss'],
      schedule: {
        cron: '0 9 * * 1-5',
        timeZone: 'Europe/Berlin',
        description: 'every weekday at 09:00',
      },
      options: { length: 'standard' },
      createdBy: { userId: 'U1', displayName: 'Ada' },
      createdAt: '2025-01-13T10:00:00.000Z',
      enabled: true,
    });
  });

  it('adds a feed and keeps the channel schedule when none is given', () => {
    const existing = create('https://a.example/rss weekdays 9:00');
    const outcome = applySubscribeCommand(existing, {
      command: subscribe('https://b.example/rss'),
      target,
      user: { userId: 'U9' },
      now,
      maxFeedsPerChannel: 3,
    });
    expect(outcome.created).toBe(false);
    expect(outcome.scheduleChanged).toBe(false);
    expect(outcome.subscription.feedUrls).toEqual([
      'https://a.example/rss',
      'https://b.example/rss',
    ]);
    expect(outcome.subscription.schedule.cron).toBe('0 9 * * 1-5');
    expect(outcome.subscription.createdBy).toEqual({ userId: 'U1', displayName: 'Ada' });
  });

  it('a new schedule replaces the channel one; a zone alone changes only the zone', () => {
    const existing = create('https://a.example/rss weekdays 9:00');
    const rescheduled = applySubscribeCommand(existing, {
      command: subscribe('https://a.example/rss hourly'),
      target,
      user,
      now,
      maxFeedsPerChannel: 3,
    });
    expect(rescheduled).toMatchObject({
      alreadyFollowedFeedUrls: ['https://a.example/rss'],
      addedFeedUrls: [],
      scheduleChanged: true,
    });
    expect(rescheduled.subscription.schedule.cron).toBe('0 * * * *');
    const rezoned = applySubscribeCommand(existing, {
      command: subscribe('https://a.example/rss America/New_York'),
      target,
      user,
      now,
      maxFeedsPerChannel: 3,
    });
    expect(rezoned.subscription.schedule).toEqual({
      cron: '0 9 * * 1-5',
      description: 'every weekday at 09:00',
      timeZone: 'America/New_York',
    });
  });

  it('re-enables a disabled subscription', () => {
    const existing = {
      ...create('https://a.example/rss'),
      enabled: false,
      disabledReason: 'channel not found',
    };
    const outcome = applySubscribeCommand(existing, {
      command: subscribe('https://a.example/rss'),
      target,
      user,
      now,
      maxFeedsPerChannel: 3,
    });
    expect(outcome.subscription.enabled).toBe(true);
    expect(outcome.subscription.disabledReason).toBeUndefined();
    expect(outcome.scheduleChanged).toBe(true);
  });

  it('refuses more feeds than the cap', () => {
    const existing = create('https://a.example/1 https://a.example/2 https://a.example/3');
    try {
      applySubscribeCommand(existing, {
        command: subscribe('https://a.example/4'),
        target,
        user,
        now,
        maxFeedsPerChannel: 3,
      });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isAppError(error) && error.userMessage).toBe(
        'This channel can follow at most 3 feeds; remove one with `/news unsubscribe <feed url>` first.',
      );
    }
  });
});

describe('applyUnsubscribeCommand', () => {
  it('removes one feed and keeps the rest', () => {
    const existing = create('https://a.example/rss https://b.example/rss');
    const outcome = applyUnsubscribeCommand(existing, unsubscribe('<https://a.example/rss>'), now);
    expect(outcome.removedFeedUrls).toEqual(['https://a.example/rss']);
    expect(outcome.subscription?.feedUrls).toEqual(['https://b.example/rss']);
  });

  it('removing the last feed or `all` deletes the subscription', () => {
    const existing = create('https://a.example/rss');
    expect(
      applyUnsubscribeCommand(existing, unsubscribe('https://a.example/rss'), now).subscription,
    ).toBeUndefined();
    expect(applyUnsubscribeCommand(existing, unsubscribe('all'), now)).toEqual({
      subscription: undefined,
      removedFeedUrls: ['https://a.example/rss'],
      notFollowedFeedUrls: [],
    });
  });

  it('reports feeds the channel did not follow and changes nothing', () => {
    const existing = create('https://a.example/rss');
    const outcome = applyUnsubscribeCommand(existing, unsubscribe('https://c.example/rss'), now);
    expect(outcome).toEqual({
      subscription: existing,
      removedFeedUrls: [],
      notFollowedFeedUrls: ['https://c.example/rss'],
    });
  });
});

describe('buildSubscriptionsMessage', () => {
  it("lists feeds, the schedule in words and zone, and the scheduler's next run in local time", () => {
    const nextRunAt = new Date('2025-01-14T07:00:00Z');
    const subscription = create('https://a.example/rss weekdays 8:00');
    const message = buildSubscriptionsMessage(subscription, now, nextRunAt);
    expect(message.blocks).toEqual([
      { type: 'heading', text: 'This channel follows 1 feed' },
      { type: 'bullets', items: ['https://a.example/rss'] },
      {
        type: 'context',
        text: 'Digest every weekday at 08:00 (Europe/Berlin) · next digest: Tue 08:00 CET',
      },
    ]);
  });

  it('says so when the scheduler holds no next run for an enabled subscription', () => {
    const message = buildSubscriptionsMessage(create('https://a.example/rss'), now, undefined);
    expect(message.fallbackText).toContain(
      'No digest is scheduled; subscribe again to restart it.',
    );
    expect(message.fallbackText).not.toContain('next digest');
  });

  it('says when delivery is paused and why', () => {
    const paused = {
      ...create('https://a.example/rss'),
      enabled: false,
      disabledReason: 'the channel was deleted',
    };
    expect(buildSubscriptionsMessage(paused, now).fallbackText).toContain(
      'Paused: the channel was deleted. Subscribe again to resume.',
    );
  });

  it('explains how to start when there is nothing', () => {
    expect(buildSubscriptionsMessage(undefined, now).fallbackText).toBe(
      "This channel doesn't follow any feeds yet. Add one with `/news subscribe <feed url> [daily 08:00] [time zone]`.",
    );
  });
});
