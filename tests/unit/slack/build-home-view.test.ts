import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildHomeView, homeActionIds } from '../../../src/adapters/chat/slack/build-home-view.ts';
import { buildSlackManifest } from '../../../src/adapters/chat/slack/build-slack-manifest.ts';
import type { ChannelSubscription } from '../../../src/core/commands/list-workspace-subscriptions.ts';
import { listWorkspaceSubscriptions } from '../../../src/core/commands/list-workspace-subscriptions.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import type { SubscriptionStore } from '../../../src/core/ports/stores.ts';

function channel(channelId: string, feedCount: number): ChannelSubscription {
  return {
    subscriptionId: `sub-${channelId}`,
    channelId,
    feedUrls: Array.from({ length: feedCount }, (_, index) => `https://f${index}.example/rss`),
    scheduleLine: 'Digest every day at 08:00 (UTC)',
    status: 'next digest: Tue 08:00 UTC',
    paused: false,
  };
}

function textsOf(blocks: readonly KnownBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'section' || block.type === 'header') return [block.text?.text ?? ''];
    if (block.type === 'context')
      return block.elements.map((element) => ('text' in element ? element.text : ''));
    return [];
  });
}

function buttonsOf(blocks: readonly KnownBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'section' && block.accessory?.type === 'button'
      ? [block.accessory.action_id ?? '']
      : [],
  );
}

function withinSlackLimits(blocks: readonly KnownBlock[]): void {
  expect(blocks.length).toBeLessThanOrEqual(100);
  for (const text of textsOf(blocks)) expect(text.length).toBeLessThanOrEqual(3_000);
  for (const block of blocks) {
    if (block.type === 'section' && block.accessory?.type === 'button')
      expect(block.accessory.value?.length ?? 0).toBeLessThanOrEqual(2_000);
  }
}

describe('buildHomeView', () => {
  it('tells how to subscribe when no channel follows a feed', () => {
    const view = buildHomeView({ channels: [], canManage: true });
    expect(view.type).toBe('home');
    expect(textsOf(view.blocks).join('\n')).toContain('/news subscribe <feed url>');
    expect(buttonsOf(view.blocks)).toEqual([]);
  });

  it('gives an admin Digest now per channel and Unsubscribe per feed; others get the reason instead', () => {
    const channels = [
      channel('C1', 2),
      {
        ...channel('C2', 1),
        status: 'Paused: channel deleted. Subscribe again to resume.',
        paused: true,
      },
    ];
    const admin = buildHomeView({ channels, canManage: true, refusal: 'Only admins.' });
    expect(buttonsOf(admin.blocks)).toEqual([
      homeActionIds.digestNow,
      homeActionIds.unsubscribe,
      homeActionIds.unsubscribe,
      homeActionIds.digestNow,
      homeActionIds.unsubscribe,
    ]);
    const adminText = textsOf(admin.blocks).join('\n');
    expect(adminText).not.toContain('Only admins.');
    expect(adminText).toContain('Paused: channel deleted. Subscribe again to resume.');

    const reader = buildHomeView({ channels, canManage: false, refusal: 'Only admins.' });
    expect(buttonsOf(reader.blocks)).toEqual([]);
    const readerText = textsOf(reader.blocks).join('\n');
    expect(readerText).toContain('Only admins.');
    expect(readerText).toContain('• https://f0.example/rss\n• https://f1.example/rss');
  });

  it('stays within 100 blocks, summing up the channels that do not fit', () => {
    const channels = Array.from({ length: 40 }, (_, index) => channel(`C${index}`, 3));
    const view = buildHomeView({ channels, canManage: true, notice: 'Done.' });
    withinSlackLimits(view.blocks);
    const last = textsOf(view.blocks).at(-1) ?? '';
    const shown = buttonsOf(view.blocks).filter((id) => id === homeActionIds.digestNow).length;
    expect(last).toBe(
      `…and ${40 - shown} more channels. Run \`/news subscriptions\` in a channel to see its feeds.`,
    );
    expect(shown).toBe(19);
  });

  it('sums up the feeds of a channel too large for the view', () => {
    const view = buildHomeView({ channels: [channel('C1', 150)], canManage: true });
    withinSlackLimits(view.blocks);
    expect(view.blocks).toHaveLength(100);
    const texts = textsOf(view.blocks);
    const unsubscribes = buttonsOf(view.blocks).filter((id) => id === homeActionIds.unsubscribe);
    expect(texts).toContain(`…and ${150 - unsubscribes.length} more in this channel.`);
  });

  it('shows a long feed URL shortened and offers no button whose value would be cut', () => {
    const long = `https://feeds.example.com/${'x'.repeat(2_000)}`;
    const view = buildHomeView({
      channels: [{ ...channel('C1', 0), feedUrls: [long, 'https://ok.example/rss'] }],
      canManage: true,
    });
    withinSlackLimits(view.blocks);
    expect(buttonsOf(view.blocks)).toEqual([homeActionIds.digestNow, homeActionIds.unsubscribe]);
    expect(textsOf(view.blocks).some((text) => text.endsWith('…'))).toBe(true);
  });

  it('escapes feed URLs so they cannot inject mentions or links', () => {
    const view = buildHomeView({
      channels: [{ ...channel('C1', 0), feedUrls: ['https://e.example/rss?a=1&b=<!here>'] }],
      canManage: false,
    });
    expect(textsOf(view.blocks).join('\n')).toContain(
      '• https://e.example/rss?a=1&amp;b=&lt;!here&gt;',
    );
  });
});

describe('listWorkspaceSubscriptions', () => {
  it('lists only this workspace’s channels on this platform, with the schedule in words', async () => {
    const make = (
      platform: 'slack' | 'discord',
      workspaceId: string,
      channelId: string,
    ): Subscription => {
      const target = { platform, workspaceId, channelId };
      return {
        id: subscriptionIdFor(target),
        target,
        feedUrls: ['https://e.example/rss'],
        schedule: {
          cron: '0 8 * * 1-5',
          timeZone: 'Europe/Berlin',
          description: 'every weekday at 08:00',
        },
        options: { length: 'standard' },
        createdBy: { userId: 'U1' },
        createdAt: '2025-01-01T00:00:00.000Z',
        enabled: true,
      };
    };
    const all = [
      make('slack', 'T1', 'C1'),
      make('slack', 'T2', 'C9'),
      make('discord', 'T1', 'C1'),
      make('slack', 'T1', 'C2'),
    ];
    const store: SubscriptionStore = {
      get: async (id) => all.find((subscription) => subscription.id === id),
      put: async () => undefined,
      delete: async () => undefined,
      list: async () => all,
    };
    // The next run is the one the digest scheduler stored (Tuesday 08:00 in Berlin).
    const scheduler = { nextRunAt: async () => new Date('2025-01-14T07:00:00Z') };
    const listed = await listWorkspaceSubscriptions(
      { subscriptions: store, scheduler },
      { platform: 'slack', workspaceId: 'T1' },
      new Date('2025-01-13T10:00:00Z'),
    );
    expect(listed.map((entry) => entry.channelId)).toEqual(['C1', 'C2']);
    expect(listed[0]).toMatchObject({
      scheduleLine: 'Digest every weekday at 08:00 (Europe/Berlin)',
      status: 'next digest: Tue 08:00 CET',
      paused: false,
    });
  });
});

describe('Slack manifest', () => {
  it('enables the Home tab and subscribes to app_home_opened', () => {
    const manifest = buildSlackManifest({ socketMode: true }) as {
      features: { app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean } };
      settings: { event_subscriptions: { bot_events: string[] } };
    };
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
    });
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
  });
});
