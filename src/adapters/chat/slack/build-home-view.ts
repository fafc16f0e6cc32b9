import type { Button, HomeView, KnownBlock } from '@slack/types';
import type { ChannelSubscription } from '../../../core/commands/list-workspace-subscriptions.ts';
import { escapeSlackText } from './escape-slack-text.ts';
import { slackLimits } from './slack-limits.ts';
import { splitSlackText } from './split-slack-text.ts';

/** Buttons of the App Home; one listener each, whatever channel or feed the button is for. */
export const homeActionIds = {
  digestNow: 'home-digest-now',
  unsubscribe: 'home-unsubscribe',
} as const;

/** What the Home tab shows one person. */
export interface HomeViewInput {
  channels: readonly ChannelSubscription[];
  /** Whether this person may change subscriptions (the subscription policy): only then the buttons. */
  canManage: boolean;
  /** The policy's sentence, shown instead of the buttons to people it refuses. */
  refusal?: string;
  /** What the button just pressed did (or why not), shown at the top: mrkdwn, escaped by the caller. */
  notice?: string;
}

/** Feeds shown with most this many characters; the button still carries the whole URL. */
const feedTextLength = 300;

/**
 * The App Home tab: the workspace's channels that follow feeds, each with its schedule, next
 * digest or paused state and its feeds; people the subscription policy allows also get
 * "Digest now" per channel and "Unsubscribe" per feed. (From the Home tab anyone could reach
 * any channel, private ones too, where `/news digest` needs one to be in the channel; so both
 * buttons follow the policy.) Block Kit allows 100 blocks in a view, so channels that do not
 * fit are summed up in one "…and N more" line, and so are a channel's feeds.
 */
export function buildHomeView(input: HomeViewInput): HomeView & { blocks: KnownBlock[] } {
  const head: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'newsbrief digests', emoji: true } },
  ];
  if (input.notice !== undefined) head.push(section(input.notice));
  if (input.channels.length === 0) {
    head.push(
      section(
        'No channel here follows a feed yet. In a channel, run `/news subscribe <feed url> [daily 08:00] [time zone]` to get a digest there.',
      ),
    );
    return { type: 'home', blocks: head };
  }
  const count = input.channels.length;
  head.push(
    context(
      `${count} ${count === 1 ? 'channel follows' : 'channels follow'} feeds in this workspace.${
        input.canManage || input.refusal === undefined ? '' : ` ${escapeSlackText(input.refusal)}`
      }`,
    ),
  );
  const blocks = [...head];
  for (const [index, channel] of input.channels.entries()) {
    const isLast = index === input.channels.length - 1;
    // Room for this channel, keeping one block for the "more channels" line when others follow.
    const room = slackLimits.blocksPerView - blocks.length - (isLast ? 0 : 1);
    const channelBlocks = renderChannel(channel, input.canManage, room);
    if (channelBlocks === undefined) {
      const rest = input.channels.length - index;
      blocks.push(
        context(
          `…and ${rest} more ${rest === 1 ? 'channel' : 'channels'}. Run \`/news subscriptions\` in a channel to see its feeds.`,
        ),
      );
      break;
    }
    blocks.push(...channelBlocks);
  }
  return { type: 'home', blocks };
}

/** A channel's blocks within `room`, or undefined when not even its heading and one feed fit. */
function renderChannel(
  channel: ChannelSubscription,
  canManage: boolean,
  room: number,
): KnownBlock[] | undefined {
  // Heading section, at least one feed line, and the divider.
  if (room < 3) return undefined;
  const heading: KnownBlock = {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: `*<#${channel.channelId}>*\n${escapeSlackText(`${channel.scheduleLine} · ${channel.status}`)}`,
    },
    ...(canManage
      ? { accessory: button(homeActionIds.digestNow, 'Digest now', channel.channelId) }
      : {}),
  };
  const feeds = canManage ? managedFeedBlocks(channel) : feedListBlocks(channel.feedUrls);
  const feedRoom = room - 2;
  const shown =
    feeds.length <= feedRoom
      ? feeds
      : [
          ...feeds.slice(0, feedRoom - 1),
          context(`…and ${feeds.length - (feedRoom - 1)} more in this channel.`),
        ];
  return [heading, ...shown, { type: 'divider' }];
}

/** One section per feed with its Unsubscribe button. */
function managedFeedBlocks(channel: ChannelSubscription): KnownBlock[] {
  return channel.feedUrls.map((feedUrl) => {
    const value = JSON.stringify({ channelId: channel.channelId, feedUrl });
    const text = `• ${escapeSlackText(shorten(feedUrl))}`;
    // A URL too long for a button value cannot be sent back whole; /news unsubscribe still can.
    if (value.length > slackLimits.buttonValue) return section(text);
    return {
      type: 'section',
      text: { type: 'mrkdwn', text },
      accessory: {
        ...button(homeActionIds.unsubscribe, 'Unsubscribe', value),
        style: 'danger',
        confirm: {
          title: { type: 'plain_text', text: 'Unsubscribe?' },
          text: {
            type: 'mrkdwn',
            // The feed is on the line beside the button; a URL here could pass the 300-character cap.
            text: `<#${channel.channelId}> stops following this feed.`,
          },
          confirm: { type: 'plain_text', text: 'Unsubscribe' },
          deny: { type: 'plain_text', text: 'Keep it' },
        },
      },
    };
  });
}

/** The feeds as bullet lines, as few sections as the 3,000-character limit allows. */
function feedListBlocks(feedUrls: readonly string[]): KnownBlock[] {
  const lines = feedUrls.map((url) => `• ${escapeSlackText(shorten(url))}`);
  return splitSlackText(lines.join('\n'), slackLimits.sectionText).map(section);
}

function button(actionId: string, label: string, value: string): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value };
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function shorten(url: string): string {
  return url.length <= feedTextLength ? url : `${url.slice(0, feedTextLength - 1)}…`;
}
