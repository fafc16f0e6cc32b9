import { RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import type {
  ChatMessage,
  ChatTarget,
  PostedMessageRef,
} from '../../../core/model/chat-message.ts';
import type { ChatPublisher } from '../../../core/ports/chat-publisher.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { startMessageThread, threadNameFor, wantsThread } from './discord-threads.ts';
import type { InteractionTokenStore } from './interaction-token-store.ts';
import { discordErrorCode, mapDiscordError } from './map-discord-error.ts';
import { renderDiscordMessage, type DiscordMessagePayload } from './render-discord-message.ts';

export interface DiscordPublisherOptions {
  rest: REST;
  interactionTokens: InteractionTokenStore;
  logger: Logger;
}

const expiredTokenCodes = new Set<number>([
  RESTJSONErrorCodes.InvalidWebhookToken,
  RESTJSONErrorCodes.UnknownWebhook,
]);

/**
 * The ChatPublisher for Discord, on REST only, so worker processes post without a gateway
 * connection. A target with a threadId posts into that thread (thread id = root message id);
 * a brief or digest posted at channel level gets a thread started on it for follow-ups.
 *
 * update() edits an interaction's deferred reply through the interaction webhook while its
 * token lives (looked up by message id, never carried in jobs), then through the channel
 * message endpoint. A message too long for one Discord message continues in further messages
 * right after it; only the first part's failure is thrown (the deliver queue retries it), a
 * failed continuation is logged, since throwing would post the first part twice.
 */
export function createDiscordPublisher(options: DiscordPublisherOptions): ChatPublisher {
  const { rest, logger } = options;
  const call = async <T>(route: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw mapDiscordError(error, route);
    }
  };
  const send = async (channelId: string, payload: DiscordMessagePayload) =>
    call('POST /channels/:id/messages', async () => {
      const created = (await rest.post(Routes.channelMessages(channelId), { body: payload })) as {
        id: string;
      };
      return created.id;
    });

  const afterFirst = async (
    target: ChatTarget,
    messageId: string,
    message: ChatMessage,
    continuation: readonly DiscordMessagePayload[],
  ) => {
    const channelId = target.threadId ?? target.channelId;
    for (const payload of continuation) {
      await send(channelId, payload).catch((error: unknown) =>
        logger.warn({ err: error, channelId }, 'discord continuation part not posted'),
      );
    }
    if (target.threadId !== undefined || !wantsThread(message)) return;
    await startMessageThread(rest, target.channelId, messageId, threadNameFor(message)).catch(
      (error: unknown) =>
        logger.warn({ err: error, channelId, messageId }, 'discord thread not started'),
    );
  };

  return {
    async post(target, message) {
      const [first, ...continuation] = renderDiscordMessage(message);
      if (first === undefined) throw new Error('renderDiscordMessage returned no message');
      let messageId: string;
      try {
        messageId = await send(target.threadId ?? target.channelId, first);
      } catch (error) {
        // The thread was never started (or was deleted): start it on the root message and retry once.
        const unknownThread =
          target.threadId !== undefined &&
          discordErrorCode(error instanceof Error ? error.cause : undefined) ===
            RESTJSONErrorCodes.UnknownChannel;
        if (!unknownThread || target.threadId === undefined) throw error;
        await call('POST /channels/:id/messages/:id/threads', () =>
          startMessageThread(rest, target.channelId, target.threadId ?? '', threadNameFor(message)),
        );
        messageId = await send(target.threadId, first);
      }
      await afterFirst(target, messageId, message, continuation);
      return { target, messageId };
    },

    async update(ref: PostedMessageRef, message: ChatMessage) {
      const [first, ...continuation] = renderDiscordMessage(message);
      if (first === undefined) throw new Error('renderDiscordMessage returned no message');
      const interaction = await options.interactionTokens.get(ref.messageId);
      let edited = false;
      if (interaction !== undefined) {
        try {
          await rest.patch(
            Routes.webhookMessage(interaction.applicationId, interaction.token, '@original'),
            { body: first, auth: false },
          );
          edited = true;
        } catch (error) {
          const code = discordErrorCode(error);
          if (code === undefined || !expiredTokenCodes.has(code))
            throw mapDiscordError(error, 'PATCH /webhooks/:app/:token/messages/@original');
          logger.info(
            { messageId: ref.messageId },
            'interaction token expired; editing via channel',
          );
        }
      }
      if (!edited) {
        const channelId = ref.target.threadId ?? ref.target.channelId;
        await call('PATCH /channels/:id/messages/:id', () =>
          rest.patch(Routes.channelMessage(channelId, ref.messageId), { body: first }),
        );
      }
      await afterFirst(ref.target, ref.messageId, message, continuation);
    },
  };
}
