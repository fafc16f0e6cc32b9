import type { App } from '@slack/bolt';
import { handleNewsCommand } from '../../../core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../core/model/chat-message.ts';
import { findFirstUrl } from './find-first-url.ts';
import { progressPoster } from './post-progress-message.ts';
import { ephemeralText, replyToResponses } from './reply-to-ack.ts';
import { slackAppDefinition } from './slack-app-definition.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { messageShortcutSchema, teamOf } from './slack-payloads.ts';
import { slackRequestId } from './slack-request-id.ts';

/**
 * The "Summarize link" message shortcut: acks at once, then runs `/news summarize <first
 * link>` with the progress message and the brief in that message's thread. The same rate
 * limit and queue path as the slash command; a message without a link gets a private note.
 */
export function registerSummarizeShortcut(app: App, context: SlackListenerContext): void {
  app.shortcut(
    { callback_id: slackAppDefinition.shortcut.callbackId, type: 'message_action' },
    async ({ ack, body, client, respond }) => {
      await ack();
      const shortcut = messageShortcutSchema.parse(body);
      if (!(await context.claims.claim(`slack:shortcut:${shortcut.trigger_id}`))) return;
      const url = findFirstUrl(shortcut.message.text);
      if (url === undefined) {
        await respond(ephemeralText('That message has no link to summarize.'));
        return;
      }
      const target: ChatTarget = {
        platform: 'slack',
        workspaceId: teamOf(shortcut),
        channelId: shortcut.channel.id,
        threadId: shortcut.message.thread_ts ?? shortcut.message.ts,
      };
      const { logger, config } = context.service;
      const progress = progressPoster({ client, target, logger });
      try {
        const reply = await handleNewsCommand(context.commands, {
          requestId: slackRequestId('shortcut', shortcut.trigger_id),
          target,
          user: { userId: shortcut.user.id, isAdmin: false },
          text: `summarize ${url}`,
          defaultTimeZone: config.DEFAULT_TIME_ZONE,
          postProgress: progress.post,
        });
        for (const response of replyToResponses(reply)) await respond(response);
      } catch (error) {
        logger.error({ err: error }, 'slack summarize shortcut failed');
        const sentence = "newsbrief can't take requests right now; please try again in a minute.";
        // A progress message already in the thread says it there instead of waiting forever.
        if (await progress.endWith(sentence)) return;
        await respond(ephemeralText(sentence)).catch(() => undefined);
      }
    },
  );
}
