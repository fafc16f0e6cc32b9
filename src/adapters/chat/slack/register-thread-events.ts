import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { questionRefusalFor } from '../../../core/messages/question-refusal.ts';
import type { ChatTarget } from '../../../core/model/chat-message.ts';
import { findThreadRoot } from '../find-thread-root.ts';
import { unescapeSlackText } from './escape-slack-text.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { eventEnvelopeSchema, messageEventSchema } from './slack-payloads.ts';
import { slackRequestId } from './slack-request-id.ts';

const maxQuestionLength = 2_000;
/** A thread under a message without stories is told why once a day, unless the bot is mentioned. */
const refusalMemorySeconds = 86_400;

/**
 * Thread follow-ups: a reply (or an @mention) in the thread under one of our briefs or
 * digests becomes a question-answer job. Bolt acks events before listeners run; Slack still
 * redelivers when an ack was slow, so each event_id is handled once (Redis SET NX, 1 h), and
 * the job id (channel + message ts) also merges the `message` and `app_mention` events one
 * reply produces. Under our messages without stories (a "Nothing new" digest) nothing is
 * queued: the reply gets one sentence saying why instead of silence.
 */
export function registerThreadEvents(app: App, context: SlackListenerContext): void {
  const handle = async (
    body: unknown,
    event: unknown,
    client: WebClient,
    botUserId: string | undefined,
    kind: 'message' | 'app_mention',
  ) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const parsed = messageEventSchema.safeParse(event);
    if (!envelope.success || !parsed.success) return;
    const message = parsed.data;
    if (message.subtype !== undefined || message.bot_id !== undefined) return;
    if (message.user === undefined || message.user === botUserId) return;
    if (message.thread_ts === undefined || message.thread_ts === message.ts) return;
    // A reply that mentions the bot also arrives as app_mention; let that one handle it.
    if (kind === 'message' && botUserId !== undefined && message.text.includes(`<@${botUserId}>`))
      return;

    const { service } = context;
    const target: ChatTarget & { threadId: string } = {
      platform: 'slack',
      workspaceId: envelope.data.team_id,
      channelId: message.channel,
      threadId: message.thread_ts,
    };
    // Most thread replies are people talking to each other: one GET skips threads we did not start.
    const underOurMessage = botUserId !== undefined && message.parent_user_id === botUserId;
    const root = await findThreadRoot(
      service.stores.postedMessages,
      target,
      message.thread_ts,
      underOurMessage,
    );
    if (root === undefined) return;
    if (!(await context.claims.claim(`slack:event:${envelope.data.event_id}`))) return;
    const question = unescapeSlackText(message.text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, maxQuestionLength);
    if (question === '') return;
    const refusal = questionRefusalFor(root);
    if (refusal !== undefined) {
      // People chatting under an empty digest hear it once; whoever mentions the bot, always.
      const thread = `slack:refused:${target.workspaceId}:${target.channelId}:${target.threadId}`;
      if (kind === 'app_mention' || (await context.claims.claim(thread, refusalMemorySeconds)))
        await client.chat.postMessage({
          channel: target.channelId,
          thread_ts: target.threadId,
          text: refusal,
        });
      return;
    }
    const requestId = slackRequestId('question', target.workspaceId, target.channelId, message.ts);
    await service.queues.jobQueues.questionAnswer.enqueue(
      { requestId, target, question, requestedBy: { userId: message.user } },
      { jobId: `question-${requestId}` },
    );
  };
  app.event('message', async ({ body, event, client, context: boltContext }) =>
    handle(body, event, client, boltContext.botUserId, 'message'),
  );
  app.event('app_mention', async ({ body, event, client, context: boltContext }) =>
    handle(body, event, client, boltContext.botUserId, 'app_mention'),
  );
}
