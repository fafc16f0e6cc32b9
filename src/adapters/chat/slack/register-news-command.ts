import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  handleNewsCommand,
  type CommandReply,
} from '../../../core/commands/handle-news-command.ts';
import { replyKnownAtOnce } from '../../../core/commands/reply-known-at-once.ts';
import { AppError, isAppError } from '../../../core/errors.ts';
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
 * `/news …` acks first (decision 0013). A reply known without a network call (help, a usage
 * error, a refusal the policy decides from the user id) is the ack's body: one response.
 * Everything else acks empty at once; then the work runs (Redis, users.info, the progress
 * message, the enqueue) and any reply it has goes through response_url.
 */
export function registerNewsCommand(app: App, context: SlackListenerContext): void {
  app.command(slackAppDefinition.command.name, async ({ command, ack, client, respond }) => {
    const { config, logger } = context.service;
    const requestId = slackRequestId('command', command.trigger_id);
    const known = replyKnownAtOnce(
      { policy: context.commands.policy, logger },
      {
        requestId,
        platform: 'slack',
        userId: command.user_id,
        text: command.text,
        defaultTimeZone: config.DEFAULT_TIME_ZONE,
      },
    );
    if (known !== undefined) {
      const [first, ...rest] = replyToResponses(known);
      await ack(first);
      await sendAll(context, respond, rest);
      return;
    }
    await ack();
    // A retry (x-slack-retry-num) or a replay of the signed request carries the same body, so
    // the same trigger_id: only the first posts "Reading the article…" and enqueues.
    if (!(await context.claims.claim(`slack:command:${command.trigger_id}`))) return;
    const responses = await runCommand(context, command, client, respond).then(
      replyToResponses,
      (error: unknown) => [ephemeralText(sentenceFor(context, error))],
    );
    await sendAll(context, respond, responses);
  });
}

async function sendAll(
  context: SlackListenerContext,
  respond: RespondFn,
  responses: Parameters<RespondFn>[0][],
): Promise<void> {
  for (const response of responses) {
    await respond(response).catch((error: unknown) =>
      context.service.logger.warn({ err: error }, 'slack response_url reply failed'),
    );
  }
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
      ).catch((error: unknown) => {
        throw new AppError({
          code: 'internal',
          userMessage:
            "I couldn't check your Slack permissions just now; please try again in a minute.",
          retryable: true,
          cause: error,
        });
      })
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

function sentenceFor(context: SlackListenerContext, error: unknown): string {
  if (isAppError(error)) {
    context.service.logger.warn({ err: error }, 'slack /news refused');
    return error.userMessage;
  }
  context.service.logger.error({ err: error }, 'slack /news failed');
  return unavailableSentence;
}
