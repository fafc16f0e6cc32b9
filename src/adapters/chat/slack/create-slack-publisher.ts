import type { WebClient } from '@slack/web-api';
import type {
  ChatMessage,
  ChatTarget,
  PostedMessageRef,
} from '../../../core/model/chat-message.ts';
import type { ChatPublisher } from '../../../core/ports/chat-publisher.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { createSlackWebClient } from './create-slack-web-client.ts';
import { mapSlackError } from './map-slack-error.ts';
import { renderSlackMessage, type SlackMessagePayload } from './render-slack-message.ts';

export interface SlackPublisherOptions {
  apiUrl: string;
  /** The bot token for a workspace (team id); read fresh each call so rotated tokens are used. */
  tokenFor(workspaceId: string): Promise<string>;
  logger: Logger;
  /** Waits between attempts of a continuation part (tests shorten it). */
  continuationRetryMs?: number;
}

/**
 * The ChatPublisher for Slack. A message too long for one Slack message is rendered as
 * several: the first is the post (or the update), the rest are posted as replies in its
 * thread, so the channel shows one message and follow-up questions keep one thread root.
 *
 * Only the first part's failure is thrown (and retried by the deliver queue). A continuation
 * that still fails after a few short attempts is logged, not thrown: throwing would make the
 * retried job post the first part a second time.
 */
export function createSlackPublisher(options: SlackPublisherOptions): ChatPublisher {
  const client = createSlackWebClient({ apiUrl: options.apiUrl, logger: options.logger });
  const call = async <T>(method: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw mapSlackError(error, method);
    }
  };

  const postContinuation = async (
    token: string,
    channel: string,
    threadTs: string,
    parts: readonly SlackMessagePayload[],
  ) => {
    for (const part of parts) {
      await withShortRetries(options, () =>
        call('chat.postMessage', () => postPart(client, token, channel, part, threadTs)),
      ).catch((error: unknown) =>
        options.logger.warn(
          { err: error, channel, threadTs },
          'slack continuation part not posted',
        ),
      );
    }
  };

  return {
    async post(target: ChatTarget, message: ChatMessage): Promise<PostedMessageRef> {
      const [first, ...rest] = renderSlackMessage(message);
      const token = await options.tokenFor(target.workspaceId);
      const ts = await call('chat.postMessage', () =>
        postPart(client, token, target.channelId, first ?? emptyPayload, target.threadId),
      );
      await postContinuation(token, target.channelId, target.threadId ?? ts, rest);
      return { target, messageId: ts };
    },
    async update(ref: PostedMessageRef, message: ChatMessage): Promise<void> {
      const [first, ...rest] = renderSlackMessage(message);
      const token = await options.tokenFor(ref.target.workspaceId);
      const payload = first ?? emptyPayload;
      await call('chat.update', () =>
        client.chat.update({
          token,
          channel: ref.target.channelId,
          ts: ref.messageId,
          text: payload.text,
          blocks: payload.blocks,
        }),
      );
      await postContinuation(
        token,
        ref.target.channelId,
        ref.target.threadId ?? ref.messageId,
        rest,
      );
    },
  };
}

const emptyPayload: SlackMessagePayload = { text: 'newsbrief', blocks: [] };

async function postPart(
  client: WebClient,
  token: string,
  channel: string,
  payload: SlackMessagePayload,
  threadTs: string | undefined,
): Promise<string> {
  const result = await client.chat.postMessage({
    token,
    channel,
    text: payload.text,
    blocks: payload.blocks,
    // Briefs link the article in the headline; Slack's own preview would repeat it.
    unfurl_links: false,
    unfurl_media: false,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  });
  if (result.ts === undefined) throw new Error('chat.postMessage returned no ts');
  return result.ts;
}

async function withShortRetries<T>(
  options: SlackPublisherOptions,
  run: () => Promise<T>,
): Promise<T> {
  const attempts = 3;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const retryable = error instanceof Error && 'retryable' in error && error.retryable === true;
      if (!retryable || attempt >= attempts) throw error;
      const wait = options.continuationRetryMs ?? 1_500 * attempt;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
