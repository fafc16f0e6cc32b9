import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  handleNewsCommand,
  type CommandReply,
} from '../../../core/commands/handle-news-command.ts';
import { isAppError } from '../../../core/errors.ts';
import type { ChatTarget } from '../../../core/model/chat-message.ts';
import { progressPoster } from './post-progress-message.ts';
import { ephemeralText, replyToResponses } from './reply-to-ack.ts';
import { slackAppDefinition } from './slack-app-definition.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { slackRequestId } from './slack-request-id.ts';
import { cachedSlackUserProfile, lookupSlackUserProfile } from './slack-user-profile.ts';

const unavailableSentence =
  "newsbrief can't take requests right now (its queue is unreachable); please try again in a minute.";

/**
 * `/news …`: runs the platform-neutral command handler (a store write and an enqueue), then
 * acks with its reply. Slack drops a command not acked within 3 s, so the handler gets a
 * deadline: past it, the ack goes out empty and the reply follows through response_url.
 */
export function registerNewsCommand(app: App, context: SlackListenerContext): void {
  app.command(slackAppDefinition.command.name, async ({ command, ack, client, respond }) => {
    // A retry (x-slack-retry-num) or a replay of the signed request carries the same body, so
    // the same trigger_id: only the first posts "Reading the article…" and enqueues.
    if (!(await context.claims.claim(`slack:command:${command.trigger_id}`))) {
      await ack();
      return;
    }
    const work = runCommand(context, command, client, respond);
    const outcome = await settleWithin(work, context.ackDeadlineMs);
    if (outcome.kind === 'late') {
      await ack();
      const [first, ...rest] = await work
        .then(replyToResponses)
        .catch((error: unknown) => [ephemeralText(sentenceFor(context, error))]);
      for (const response of first === undefined ? [] : [first, ...rest])
        await respond(response).catch(() => undefined);
      return;
    }
    const responses =
      outcome.kind === 'done'
        ? replyToResponses(outcome.value)
        : [ephemeralText(sentenceFor(context, outcome.error))];
    const [first, ...rest] = responses;
    await ack(first);
    for (const response of rest) await respond(response).catch(() => undefined);
  });
}

async function runCommand(
  context: SlackListenerContext,
  command: SlashCommand,
  client: WebClient,
  respond: RespondFn,
): Promise<CommandReply> {
  const { config, redis, logger } = context.service;
  const target: ChatTarget = {
    platform: 'slack',
    workspaceId: command.team_id,
    channelId: command.channel_id,
  };
  // Only subscribe/unsubscribe need the admin flag, so only they pay for users.info.
  const manages = /^\s*(subscribe|unsubscribe)\b/i.test(command.text);
  const profile = manages
    ? await lookupSlackUserProfile(
        { redis, prefix: config.REDIS_PREFIX, client },
        command.team_id,
        command.user_id,
      )
    : await cachedSlackUserProfile(redis, config.REDIS_PREFIX, command.team_id, command.user_id);
  const progress = progressPoster({ client, target, respond, logger });
  try {
    return await handleNewsCommand(context.commands, {
      requestId: slackRequestId('command', command.trigger_id),
      target,
      user: {
        userId: command.user_id,
        displayName: command.user_name,
        isAdmin: profile?.isAdmin ?? false,
      },
      text: command.text,
      defaultTimeZone: profile?.timeZone ?? config.DEFAULT_TIME_ZONE,
      postProgress: progress.post,
    });
  } catch (error) {
    // "Reading the article…" may be up while the job never got queued (the queue went away in
    // between): that message becomes the sentence, or it would wait forever.
    if (!(await progress.endWith(sentenceFor(context, error)))) throw error;
    return { visibility: 'none' };
  }
}

type Settled<T> =
  { kind: 'done'; value: T } | { kind: 'failed'; error: unknown } | { kind: 'late' };

async function settleWithin<T>(work: Promise<T>, deadlineMs: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'late' }), deadlineMs);
  });
  try {
    return await Promise.race([
      work.then(
        (value): Settled<T> => ({ kind: 'done', value }),
        (error: unknown): Settled<T> => ({ kind: 'failed', error }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function sentenceFor(context: SlackListenerContext, error: unknown): string {
  if (isAppError(error)) return error.userMessage;
  context.service.logger.error({ err: error }, 'slack /news failed');
  return unavailableSentence;
}
