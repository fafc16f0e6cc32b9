import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { buildSentenceMessage } from '../../../core/messages/question-refusal.ts';
import type { ChatTarget, PostedMessageRef } from '../../../core/model/chat-message.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { escapeSlackText } from './escape-slack-text.ts';
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
 * Posts the visible "Reading the article…" message the worker will replace with the result.
 * When the bot may not post in the channel (a private channel it was not invited to, a DM),
 * the text goes through the command's response_url instead and no ref is returned, so the
 * worker posts its result as a new message rather than an update.
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
      options.logger.info(
        { err: error, channelId: target.channelId },
        'progress message not posted; using response_url',
      );
    }
    await options
      .respond?.({ response_type: 'in_channel', text })
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
