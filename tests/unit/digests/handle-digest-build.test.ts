import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import { digestIdFor } from '../../../src/core/model/digest.ts';
import type { FeedDocument } from '../../../src/core/model/feed.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import { handleDigestBuild } from '../../../src/core/pipeline/jobs/handle-digest-build.ts';
import {
  bridgeQuote,
  chronicleBridgeParagraphs,
  gazetteBridgeParagraphs,
} from '../../integration/digests/digest-feeds.ts';
import { createUnitDigestKit, feedItem, fixedClock } from './digest-unit-kit.ts';

const chronicleUrl = 'https://chronicle.example/feed.xml';
const gazetteUrl = 'https://gazette.example/feed.xml';
const brokenUrl = 'https://broken.example/feed.xml';

const feeds = new Map<string, FeedDocument | Error>([
  [
    chronicleUrl,
    {
      title: 'Harbourside Chronicle',
      format: 'rss',
      items: [
        feedItem('c1', 'Council approves £42m east harbour bridge funding', {
          url: 'https://chronicle.example/bridge',
          contentText: chronicleBridgeParagraphs.join('\n\n'),
        }),
      ],
    },
  ],
  [
    gazetteUrl,
    {
      title: 'Coastal Gazette',
      format: 'rss',
      items: [
        feedItem('g1', 'Harbourside councillors back £42m bridge in late-night vote', {
          url: 'https://gazette.example/bridge',
          contentText: gazetteBridgeParagraphs.join('\n\n'),
        }),
      ],
    },
  ],
  [
    brokenUrl,
    new AppError({ code: 'fetch-http-error', userMessage: 'The feed was not found (HTTP 404).' }),
  ],
]);

function subscription(channelId: string, feedUrls: string[]): Subscription {
  const target = { platform: 'slack' as const, workspaceId: 'T1', channelId };
  return {
    id: subscriptionIdFor(target),
    target,
    feedUrls,
    schedule: { cron: '0 8 * * *', timeZone: 'Europe/Paris', description: 'every day at 08:00' },
    options: { length: 'standard' },
    createdBy: { userId: 'U1' },
    createdAt: '2024-11-28T06:00:00.000Z',
    enabled: true,
  };
}

describe('handleDigestBuild', () => {
  it('posts nothing for a channel without a subscription on a schedule, and stops its scheduler', async () => {
    const kit = createUnitDigestKit({ feeds, clock: fixedClock('2024-11-28T07:00:00Z') });
    const removed: string[] = [];
    const digestScheduler = { remove: async (id: string) => void removed.push(id) };
    const outcome = await handleDigestBuild(
      { ...kit.dependencies, digestScheduler },
      { subscriptionId: 'sub-000000000000000000000000', trigger: 'schedule' },
    );
    expect(outcome.status).toBe('skipped');
    expect(kit.enqueued).toEqual([]);
    // Its scheduler outlived it (a channel deleted between resyncs): the tick removes it.
    expect(removed).toEqual(['sub-000000000000000000000000']);
  });

  it('answers /news digest in a channel that follows nothing, in place of the progress message', async () => {
    const kit = createUnitDigestKit({ feeds, clock: fixedClock('2024-11-28T07:00:00Z') });
    const target = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C-none' };
    const progress = { target, messageId: 'p1' };
    await handleDigestBuild(kit.dependencies, {
      subscriptionId: subscriptionIdFor(target),
      trigger: 'command',
      requestId: 'req-1',
      progress,
    });
    expect(kit.posted).toEqual([
      {
        replaced: progress,
        message: {
          fallbackText: 'This channel follows no feeds yet; /news subscribe <feed-url> adds one.',
          blocks: [
            {
              type: 'paragraph',
              text: 'This channel follows no feeds yet; /news subscribe <feed-url> adds one.',
            },
          ],
        },
      },
    ]);
  });

  it('includes items read by a late job in its own tick, and a re-run of the tick posts nothing', async () => {
    // The 07:00 UTC tick runs 40 s late: what it reads still belongs to the 07:00 digest.
    const clock = fixedClock('2024-11-28T07:00:40Z');
    const kit = createUnitDigestKit({ feeds, clock });
    const channel = subscription('C-late', [chronicleUrl, gazetteUrl]);
    await kit.stores.subscriptions.put(channel);
    const job = {
      subscriptionId: channel.id,
      trigger: 'schedule' as const,
      windowEnd: '2024-11-28T08:00:00+01:00',
    };

    const first = await handleDigestBuild(kit.dependencies, job);
    const digestId = digestIdFor(channel.id, '2024-11-28T07:00:00.000Z');
    expect(first).toMatchObject({ status: 'queued', digestId, stories: 1 });
    expect(kit.posted).toHaveLength(1);
    const blocks = kit.posted[0]?.message.blocks ?? [];
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: '1 story from 2 sources since Thursday 07:00',
    });
    expect(blocks.find((block) => block.type === 'quote')).toMatchObject({
      speaker: 'Ellen Okafor',
      parts: [{ text: bridgeQuote }],
    });
    expect((await kit.stores.subscriptions.get(channel.id))?.lastDigestAt).toBe(
      '2024-11-28T07:00:00.000Z',
    );

    clock.set('2024-11-28T07:05:00Z');
    expect(await handleDigestBuild(kit.dependencies, job)).toMatchObject({ status: 'empty' });
    expect(kit.posted).toHaveLength(1);
  });

  it('tells each channel following a broken feed once per failure streak', async () => {
    const clock = fixedClock('2024-11-28T07:00:00Z');
    const kit = createUnitDigestKit({ feeds, clock });
    const first = subscription('C-one', [brokenUrl]);
    const second = subscription('C-two', [brokenUrl]);
    await kit.stores.subscriptions.put(first);
    await kit.stores.subscriptions.put(second);
    for (let round = 0; round < 3; round += 1) {
      for (const channel of [first, second]) {
        clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
        await handleDigestBuild(kit.dependencies, {
          subscriptionId: channel.id,
          trigger: 'schedule',
        });
      }
    }
    expect(kit.posted.map((post) => post.message.fallbackText)).toEqual([
      `The feed ${brokenUrl} has failed 3 times in a row: the feed was not found (HTTP 404). I'll keep trying; /news unsubscribe ${brokenUrl} stops it.`,
      `The feed ${brokenUrl} has failed 4 times in a row: the feed was not found (HTTP 404). I'll keep trying; /news unsubscribe ${brokenUrl} stops it.`,
    ]);
    expect(kit.enqueued.map((job) => job.target.channelId)).toEqual(['C-one', 'C-two']);
  });

  it('tells a channel once that a feed it was warned about works again, and no one else', async () => {
    const flakyUrl = 'https://flaky.example/feed.xml';
    const flakyFeeds = new Map(feeds);
    flakyFeeds.set(
      flakyUrl,
      new AppError({ code: 'fetch-timeout', userMessage: 'The feed took too long to answer.' }),
    );
    const clock = fixedClock('2024-11-28T07:00:00Z');
    const kit = createUnitDigestKit({ feeds: flakyFeeds, clock });
    const warned = subscription('C-warned', [flakyUrl]);
    await kit.stores.subscriptions.put(warned);
    const run = async (channel: Subscription) => {
      clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
      await handleDigestBuild(kit.dependencies, {
        subscriptionId: channel.id,
        trigger: 'schedule',
      });
    };
    for (let round = 0; round < 3; round += 1) await run(warned);
    const recovered = `The feed ${flakyUrl} works again; its new items will be in the next digest.`;
    expect(kit.posted.map((post) => post.message.fallbackText)).not.toContain(recovered);

    flakyFeeds.set(flakyUrl, flakyFeeds.get(chronicleUrl) as FeedDocument);
    const latecomer = subscription('C-latecomer', [flakyUrl]);
    await kit.stores.subscriptions.put(latecomer);
    await run(warned);
    await run(latecomer);
    await run(warned);

    const notices = kit.enqueued
      .filter((job) => job.content.kind === 'notice')
      .map((job) => job.target.channelId);
    expect(notices).toEqual(['C-warned', 'C-warned']);
    expect(
      kit.posted.map((post) => post.message.fallbackText).filter((text) => text === recovered),
    ).toHaveLength(1);
    // The story the feed brought back is in the warned channel's next digest.
    expect(
      kit.enqueued.some(
        (job) => job.content.kind === 'digest' && job.target.channelId === 'C-warned',
      ),
    ).toBe(true);
  });

  it('takes the intro and summaries from the digest-compose step, and composes offline when it fails', async () => {
    const clock = fixedClock('2024-11-28T07:00:00Z');
    const kit = createUnitDigestKit({ feeds, clock });
    const composed = subscription('C-composed', [chronicleUrl, gazetteUrl]);
    await kit.stores.subscriptions.put(composed);
    await handleDigestBuild(
      {
        ...kit.dependencies,
        composeDigest: async (digest) => ({
          intro: 'One story this morning.',
          stories: digest.stories.map((story) => ({
            storyId: story.storyId,
            summary: 'The council voted 7–4 to fund the bridge.',
          })),
        }),
      },
      { subscriptionId: composed.id, trigger: 'schedule' },
    );
    const blocks = kit.posted[0]?.message.blocks ?? [];
    expect(blocks).toContainEqual({ type: 'paragraph', text: 'One story this morning.' });
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: 'The council voted 7–4 to fund the bridge.',
    });

    const offline = subscription('C-offline', [chronicleUrl, gazetteUrl]);
    await kit.stores.subscriptions.put(offline);
    await handleDigestBuild(
      {
        ...kit.dependencies,
        composeDigest: async () => {
          throw new Error('model down');
        },
      },
      { subscriptionId: offline.id, trigger: 'schedule' },
    );
    expect(kit.posted[1]?.message.blocks).toContainEqual({
      type: 'paragraph',
      text: '1 story from 2 sources since Thursday 07:00',
    });
  });
});
