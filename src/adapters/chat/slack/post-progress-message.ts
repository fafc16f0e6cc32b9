import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { ChatTarget, PostedMessageRef } from '../../../core/model/chat-message.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { escapeSlackText } from './escape-slack-text.ts';

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
}): (text: string) => Promise<PostedMessageRef | undefined> {
  return async (text) => {
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
      if (result.ts !== undefined) return { target, messageId: result.ts };
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
}
