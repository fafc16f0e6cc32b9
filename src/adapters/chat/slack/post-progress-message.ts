import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { buildSentenceMessage } from '../../../core/messages/question-refusal.ts';
import type { ChatTarget, PostedMessageRef } from '../../../core/model/chat-message.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { AppError } from '../../../core/errors.ts';
import { escapeSlackText } from './escape-slack-text.ts';
import { slackErrorCode } from './map-slack-error.ts';
import { slackAppDefinition } from './slack-app-definition.ts';
import { renderSlackMessage } from './render-slack-message.ts';

export interface ProgressPoster {
  post(text: string): Promise<PostedMessageRef | undefined>;
  /**
   * Turns the posted progress message into `sentence`, for a request that failed before its
   * job was queued (nothing else would ever replace it). False when none was posted or the
   * update failed, so the caller says it another way.
   */
  endWith(sentence: string): Promise<boolean>;
}

/**
 * Slack errors meaning the bot cannot post in the channel the command came from: a private
 * channel or a DM it is not in, or an archived channel. The job's result could not be posted
 * there either, so the request stops here with a sentence (nothing is queued).
 */
const cannotPostHere: Record<string, string> = {
  not_in_channel: `I can't post in this channel. Invite me with \`/invite @${slackAppDefinition.name}\`, or ask in a channel I'm in.`,
  channel_not_found: `I can't post in this conversation. Invite me with \`/invite @${slackAppDefinition.name}\`, or ask in a channel I'm in.`,
  is_archived: "I can't post in an archived channel.",
};

/**
 * Posts the visible "Reading the article…" message the worker will replace with the result.
 * Where the bot may not post (a private channel it was not invited to, someone else's DM),
 * it throws an AppError with one sentence, which handleNewsCommand gives back as the private
 * reply before anything is queued. Any other failure (a rate limit, Slack down) tells the
 * user privately through response_url that the work goes on, and returns no ref, so the
 * worker posts the result as a new message rather than an update.
 */
export function progressPoster(options: {
  client: WebClient;
  target: ChatTarget;
  respond?: RespondFn;
  logger: Logger;
}): ProgressPoster {
  let posted: PostedMessageRef | undefined;
  const post = async (text: string): Promise<PostedMessageRef | undefined> => {
    const { client, target } = options;
    try {
      const result = await client.chat.postMessage({
        channel: target.channelId,
        text,
        blocks: [
          {
            type: 'context',
            elements: [
              { type: 'mrkdwn', text: `:hourglass_flowing_sand: ${escapeSlackText(text)}` },
            ],
          },
        ],
        ...(target.threadId === undefined ? {} : { thread_ts: target.threadId }),
      });
      if (result.ts !== undefined) {
        posted = { target, messageId: result.ts };
        return posted;
      }
    } catch (error) {
      const refusal = cannotPostHere[slackErrorCode(error) ?? ''];
      if (refusal !== undefined) {
        options.logger.info(
          { err: error, channelId: target.channelId },
          'progress message not posted; the bot cannot post here, so nothing is queued',
        );
        throw new AppError({
          code: 'channel-unavailable',
          userMessage: refusal,
          cause: error,
          details: { channelId: target.channelId },
        });
      }
      options.logger.warn(
        { err: error, channelId: target.channelId },
        'progress message not posted; telling the user through response_url',
      );
    }
    await options
      .respond?.({ response_type: 'ephemeral', text })
      .catch((error: unknown) =>
        options.logger.warn({ err: error }, 'response_url progress failed'),
      );
    return undefined;
  };
  const endWith = async (sentence: string): Promise<boolean> => {
    const [rendered] = renderSlackMessage(buildSentenceMessage(sentence));
    if (posted === undefined || rendered === undefined) return false;
    const { channelId } = posted.target;
    return options.client.chat
      .update({ channel: channelId, ts: posted.messageId, ...rendered })
      .then(() => true)
      .catch((error: unknown) => {
        options.logger.warn({ err: error, channelId }, 'progress message not ended');
        return false;
      });
  };
  return { post, endWith };
}
