import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { handleNewsCommand } from '../../../core/commands/handle-news-command.ts';
import { listWorkspaceSubscriptions } from '../../../core/commands/list-workspace-subscriptions.ts';
import {
  canManageSubscriptions,
  subscriptionRefusalMessage,
} from '../../../core/commands/permissions.ts';
import { isAppError } from '../../../core/errors.ts';
import type { ChatMessage } from '../../../core/model/chat-message.ts';
import { buildHomeView, homeActionIds } from './build-home-view.ts';
import { escapeSlackText } from './escape-slack-text.ts';
import { renderSlackMessage } from './render-slack-message.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { blockActionSchema, eventEnvelopeSchema, teamOf } from './slack-payloads.ts';
import { slackRequestId } from './slack-request-id.ts';
import { lookupSlackUserProfile, type SlackUserProfile } from './slack-user-profile.ts';

const homeOpenedSchema = z.object({ user: z.string(), tab: z.string().optional() });
const unsubscribeValueSchema = z.object({ channelId: z.string().min(1), feedUrl: z.string() });

const unavailableSentence =
  "newsbrief can't take requests right now (its queue is unreachable); please try again in a minute.";

/**
 * The App Home tab: published when someone opens it, and again after each of its buttons.
 * "Digest now" and "Unsubscribe" are for people the subscription policy allows, and run the
 * very `/news digest` and `/news unsubscribe …` the slash command runs (same checks, rate
 * limits and queue), so the Home tab never does more than the command would; what happened is
 * shown at the top of the republished tab.
 */
export function registerAppHome(app: App, context: SlackListenerContext): void {
  app.event('app_home_opened', async ({ body, event, client }) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const opened = homeOpenedSchema.safeParse(event);
    if (!envelope.success || !opened.success || opened.data.tab !== 'home') return;
    await publishHome(context, client, envelope.data.team_id, opened.data.user);
  });

  app.action(homeActionIds.digestNow, async ({ ack, body, client }) => {
    await ack();
    const action = blockActionSchema.parse(body);
    const teamId = teamOf(action);
    const channelId = action.actions[0]?.value;
    if (channelId === undefined) return;
    const notice = await runFromHome(context, client, {
      kind: 'digest',
      teamId,
      channelId,
      userId: action.user.id,
      triggerId: action.trigger_id,
      text: 'digest',
    });
    await publishHome(context, client, teamId, action.user.id, notice);
  });

  app.action(homeActionIds.unsubscribe, async ({ ack, body, client }) => {
    await ack();
    const action = blockActionSchema.parse(body);
    const teamId = teamOf(action);
    const value = unsubscribeValueSchema.safeParse(parseJson(action.actions[0]?.value));
    if (!value.success) return;
    const notice = await runFromHome(context, client, {
      kind: 'unsubscribe',
      teamId,
      channelId: value.data.channelId,
      userId: action.user.id,
      triggerId: action.trigger_id,
      text: `unsubscribe ${value.data.feedUrl}`,
    });
    await publishHome(context, client, teamId, action.user.id, notice);
  });
}

interface HomeRequest {
  kind: 'digest' | 'unsubscribe';
  teamId: string;
  channelId: string;
  userId: string;
  triggerId: string;
  text: string;
}

/** Runs the command for a channel and returns what to tell the person, as mrkdwn. */
async function runFromHome(
  context: SlackListenerContext,
  client: WebClient,
  request: HomeRequest,
): Promise<string> {
  const { config, logger } = context.service;
  const channel = `<#${request.channelId}>`;
  try {
    const profile = await profileOf(context, client, request.teamId, request.userId);
    const { policy } = context.commands;
    // `/news digest` is open to anyone in the channel; from here it follows the policy (see buildHomeView).
    if (
      !canManageSubscriptions(policy, {
        userId: request.userId,
        isAdmin: profile?.isAdmin ?? false,
      })
    )
      return `${channel}: ${escapeSlackText(subscriptionRefusalMessage(policy, 'slack'))}`;
    const target = {
      platform: 'slack' as const,
      workspaceId: request.teamId,
      channelId: request.channelId,
    };
    const reply = await handleNewsCommand(context.commands, {
      requestId: slackRequestId(`home-${request.kind}`, request.triggerId),
      target,
      user: { userId: request.userId, isAdmin: profile?.isAdmin ?? false },
      text: request.text,
      defaultTimeZone: profile?.timeZone ?? config.DEFAULT_TIME_ZONE,
      // No progress line: the digest arrives in the channel as a message of its own.
      postProgress: async () => undefined,
    });
    if (reply.visibility === 'none')
      return `${channel}: the digest is being built and will be posted in the channel.`;
    if (reply.visibility === 'in-channel')
      await announce(context, client, request.channelId, reply.message);
    return `${channel}: ${escapeSlackText(reply.message.fallbackText)}`;
  } catch (error) {
    if (isAppError(error)) return `${channel}: ${escapeSlackText(error.userMessage)}`;
    logger.error({ err: error, action: request.kind }, 'slack home action failed');
    return escapeSlackText(unavailableSentence);
  }
}

/**
 * What `/news unsubscribe` says in the channel, said there too: the channel learns who changed
 * its feeds wherever the change was made. A channel the bot cannot post in only misses the note.
 */
async function announce(
  context: SlackListenerContext,
  client: WebClient,
  channelId: string,
  message: ChatMessage,
): Promise<void> {
  const [first] = renderSlackMessage(message);
  if (first === undefined) return;
  await client.chat
    .postMessage({ channel: channelId, text: first.text, blocks: first.blocks })
    .catch((error: unknown) =>
      context.service.logger.info({ err: error, channelId }, 'home action not announced'),
    );
}

async function publishHome(
  context: SlackListenerContext,
  client: WebClient,
  teamId: string,
  userId: string,
  notice?: string,
): Promise<void> {
  const { commands } = context;
  const channels = await listWorkspaceSubscriptions(
    commands,
    { platform: 'slack', workspaceId: teamId },
    commands.clock.now(),
  );
  // The admin flag costs a users.info call (cached an hour), so only the admins mode asks.
  const profile =
    commands.policy.mode === 'admins'
      ? await profileOf(context, client, teamId, userId)
      : undefined;
  const canManage = canManageSubscriptions(commands.policy, {
    userId,
    isAdmin: profile?.isAdmin ?? false,
  });
  const view = buildHomeView({
    channels,
    canManage,
    refusal: subscriptionRefusalMessage(commands.policy, 'slack'),
    ...(notice === undefined ? {} : { notice }),
  });
  await client.views.publish({ user_id: userId, view });
}

/** The user's admin flag and zone; undefined when Slack cannot say (they count as no admin). */
async function profileOf(
  context: SlackListenerContext,
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<SlackUserProfile | undefined> {
  const { redis, config, logger } = context.service;
  try {
    return await lookupSlackUserProfile(
      { redis, prefix: config.REDIS_PREFIX, client },
      teamId,
      userId,
    );
  } catch (error) {
    logger.warn({ err: error, userId }, 'slack user lookup failed');
    return undefined;
  }
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
