import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import { parseSchedule } from '../../../src/core/schedules/parse-schedule.ts';
import type { SlackCall } from '../../fakes/slack/fake-slack-api.ts';
import { blockTexts, startSlackKit, type SlackKit } from './slack-test-kit.ts';

let kit: SlackKit;
beforeAll(async () => {
  // No workers: a "Digest now" job stays in its queue, where the test can read it.
  kit = await startSlackKit('home', { workers: false });
  kit.slack.users.set('UADMIN', { is_admin: true, tz: 'Europe/Berlin' });
  kit.slack.users.set('UREADER', { is_admin: false, tz: 'Europe/Berlin' });
});
afterAll(async () => kit.close());

const world = 'https://feeds.example.com/world.xml';
const tech = 'https://feeds.example.com/tech.xml';
const sport = 'https://sport.example.org/rss';

async function followFeeds(channelId: string, feedUrls: string[]): Promise<Subscription> {
  const target = { platform: 'slack' as const, workspaceId: 'T1', channelId };
  const subscription: Subscription = {
    id: subscriptionIdFor(target),
    target,
    feedUrls,
    schedule: parseSchedule('weekdays 08:00', 'Europe/Berlin'),
    options: { length: 'standard' },
    createdBy: { userId: 'UADMIN' },
    createdAt: new Date().toISOString(),
    enabled: true,
  };
  // As /news subscribe does: the scheduler first, then the subscription.
  await kit.service.scheduler.upsert(subscription);
  await kit.service.stores.subscriptions.put(subscription);
  return subscription;
}

interface PublishedView {
  userId: string;
  blocks: Record<string, unknown>[];
  texts: string[];
  /** Every button's action id and value, accessory or not. */
  buttons: { actionId: string; value: string }[];
}

/** Waits for the next views.publish call after `from` calls, and reads what the user sees. */
async function nextPublish(from: number): Promise<PublishedView> {
  const started = Date.now();
  let call: SlackCall | undefined;
  while (call === undefined) {
    call = kit.slack.calls.slice(from).find((recorded) => recorded.method === 'views.publish');
    if (call !== undefined) break;
    if (Date.now() - started > 15_000)
      throw new Error(
        `no views.publish; saw ${kit.slack.calls.map((recorded) => recorded.method).join(', ')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const view = call.args['view'] as { type: string; blocks: Record<string, unknown>[] };
  expect(view.type).toBe('home');
  const buttons = view.blocks.flatMap((block) => {
    const accessory = block['accessory'] as { action_id?: string; value?: string } | undefined;
    return accessory?.action_id === undefined
      ? []
      : [{ actionId: accessory.action_id, value: accessory.value ?? '' }];
  });
  return {
    userId: String(call.args['user_id']),
    blocks: view.blocks,
    texts: blockTexts(view.blocks),
    buttons,
  };
}

async function openHome(userId: string): Promise<PublishedView> {
  const from = kit.slack.calls.length;
  const result = await kit.event(
    {
      type: 'app_home_opened',
      user: userId,
      channel: 'D1',
      tab: 'home',
      event_ts: `${Date.now()}.000100`,
    },
    `Ev-home-${userId}-${Date.now()}`,
  );
  expect(result.status).toBe(200);
  return nextPublish(from);
}

async function click(userId: string, actionId: string, value: string): Promise<PublishedView> {
  const from = kit.slack.calls.length;
  const result = await kit.interact({
    type: 'block_actions',
    trigger_id: `${Date.now()}.${Math.random()}.home`,
    team: { id: 'T1', domain: 'newsroom' },
    user: { id: userId, team_id: 'T1' },
    api_app_id: 'A1',
    container: { type: 'view', view_id: 'VHOME1' },
    view: { id: 'VHOME1', type: 'home', team_id: 'T1', blocks: [] },
    actions: [
      { type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: `${Date.now()}` },
    ],
  });
  expect(result.status).toBe(200);
  return nextPublish(from);
}

describe('Slack App Home through real Bolt against the fake Slack', () => {
  it('tells how to subscribe while no channel follows a feed', async () => {
    const home = await openHome('UREADER');
    expect(home.userId).toBe('UREADER');
    expect(home.texts.join('\n')).toContain('/news subscribe <feed url>');
    expect(home.buttons).toEqual([]);
  });

  it('lists the subscriptions by channel, with both buttons for an admin', async () => {
    await followFeeds('C1', [world, tech]);
    await followFeeds('C2', [sport]);
    const home = await openHome('UADMIN');
    const text = home.texts.join('\n');
    expect(text).toContain('<#C1>');
    expect(text).toContain('<#C2>');
    expect(text).toContain('Digest every weekday at 08:00 (Europe/Berlin) · next digest: ');
    for (const feed of [world, tech, sport]) expect(text).toContain(`• ${feed}`);
    expect(home.buttons).toEqual([
      { actionId: 'home-digest-now', value: 'C1' },
      { actionId: 'home-unsubscribe', value: JSON.stringify({ channelId: 'C1', feedUrl: world }) },
      { actionId: 'home-unsubscribe', value: JSON.stringify({ channelId: 'C1', feedUrl: tech }) },
      { actionId: 'home-digest-now', value: 'C2' },
      { actionId: 'home-unsubscribe', value: JSON.stringify({ channelId: 'C2', feedUrl: sport }) },
    ]);
  });

  it('shows the list without buttons, and why, to someone the policy refuses', async () => {
    const home = await openHome('UREADER');
    const text = home.texts.join('\n');
    expect(text).toContain(`• ${world}`);
    expect(text).toContain("Only workspace admins can change this channel's subscriptions.");
    expect(home.buttons).toEqual([]);
  });

  it('"Digest now" by someone the policy refuses enqueues nothing and answers the policy’s sentence', async () => {
    const home = await click('UREADER', 'home-digest-now', 'C1');
    expect(home.texts[1]).toBe(
      "<#C1>: Only workspace admins can change this channel's subscriptions.",
    );
    const jobs = await kit.service.queues.queues['digest-build'].getJobs([
      'waiting',
      'prioritized',
    ]);
    expect(jobs).toEqual([]);
  });

  it('"Digest now" enqueues the channel’s digest, as /news digest does, and republishes the tab', async () => {
    const home = await click('UADMIN', 'home-digest-now', 'C2');
    expect(home.texts[1]).toBe(
      '<#C2>: the digest is being built and will be posted in the channel.',
    );
    const jobs = await kit.service.queues.queues['digest-build'].getJobs([
      'waiting',
      'prioritized',
      'delayed',
    ]);
    const subscriptionId = subscriptionIdFor({
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C2',
    });
    expect(jobs.map((job) => job.data)).toContainEqual(
      expect.objectContaining({ subscriptionId, trigger: 'command' }),
    );
  });

  it('"Unsubscribe" by an admin removes the feed, tells the channel, and republishes without it', async () => {
    const value = JSON.stringify({ channelId: 'C1', feedUrl: world });
    const home = await click('UADMIN', 'home-unsubscribe', value);
    expect(home.texts[1]).toBe(`<#C1>: Unsubscribed this channel from ${world}.`);
    expect(home.texts.join('\n')).not.toContain(`• ${world}`);
    expect(home.texts.join('\n')).toContain(`• ${tech}`);
    const stored = await kit.service.stores.subscriptions.get(
      subscriptionIdFor({ platform: 'slack', workspaceId: 'T1', channelId: 'C1' }),
    );
    expect(stored?.feedUrls).toEqual([tech]);
    const note = await kit.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args['channel'] === 'C1',
    );
    expect(String(note.args['text'])).toBe(`Unsubscribed this channel from ${world}.`);
  });

  it('"Unsubscribe" by someone the policy refuses changes nothing and answers the policy’s sentence', async () => {
    const value = JSON.stringify({ channelId: 'C1', feedUrl: tech });
    const home = await click('UREADER', 'home-unsubscribe', value);
    expect(home.userId).toBe('UREADER');
    expect(home.texts[1]).toBe(
      "<#C1>: Only workspace admins can change this channel's subscriptions.",
    );
    const stored = await kit.service.stores.subscriptions.get(
      subscriptionIdFor({ platform: 'slack', workspaceId: 'T1', channelId: 'C1' }),
    );
    expect(stored?.feedUrls).toEqual([tech]);
  });

  it('removing a channel’s last feed ends its subscription and drops it from the tab', async () => {
    const value = JSON.stringify({ channelId: 'C2', feedUrl: sport });
    const home = await click('UADMIN', 'home-unsubscribe', value);
    expect(home.texts[1]).toContain(
      `Unsubscribed this channel from ${sport}. No digests are scheduled any more.`,
    );
    expect(home.texts.join('\n')).not.toContain('<#C2>*');
    expect(
      await kit.service.stores.subscriptions.get(
        subscriptionIdFor({ platform: 'slack', workspaceId: 'T1', channelId: 'C2' }),
      ),
    ).toBeUndefined();
  });
});
