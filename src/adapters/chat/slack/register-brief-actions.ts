import type { App } from '@slack/bolt';
import { briefActionIds } from '../../../core/messages/build-brief-message.ts';
import type { ChatTarget } from '../../../core/model/chat-message.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { blockActionSchema, questionModalMetadataSchema, teamOf } from './slack-payloads.ts';
import { slackRequestId } from './slack-request-id.ts';
import { buildQuestionModal, readQuestionModal } from './question-modal.ts';
import { slackAppDefinition } from './slack-app-definition.ts';

/**
 * The brief's buttons. "Key quotes" re-uses the stored article (its id is the button value)
 * and posts the quotes in the brief's thread; "Ask a question" opens a modal whose answer
 * lands in that thread; "Open article" is a link button Slack still reports, so it is acked.
 */
export function registerBriefActions(app: App, context: SlackListenerContext): void {
  const { service } = context;

  app.action(briefActionIds.keyQuotes, async ({ ack, body }) => {
    await ack();
    const action = blockActionSchema.parse(body);
    const where = briefLocation(action);
    const articleId = action.actions[0]?.value;
    if (where === undefined || articleId === undefined) return;
    const requestId = slackRequestId('quotes', action.trigger_id);
    await service.queues.jobQueues.articleIngest.enqueue(
      {
        requestId,
        target: where,
        input: { kind: 'article', articleId },
        options: { length: 'standard' },
        reply: 'quotes',
        requestedBy: { userId: action.user.id },
      },
      { jobId: `ingest-${requestId}` },
    );
  });

  app.action(briefActionIds.askQuestion, async ({ ack, body, client }) => {
    await ack();
    const action = blockActionSchema.parse(body);
    const where = briefLocation(action);
    if (where === undefined) return;
    await client.views.open({
      trigger_id: action.trigger_id,
      view: buildQuestionModal({
        teamId: where.workspaceId,
        channelId: where.channelId,
        threadId: where.threadId,
      }),
    });
  });

  app.action(briefActionIds.openArticle, async ({ ack }) => {
    await ack();
  });

  app.view(slackAppDefinition.questionView.callbackId, async ({ ack, view, body }) => {
    const submitted = readQuestionModal(view);
    if (submitted.question === '') {
      await ack({
        response_action: 'errors',
        errors: { [submitted.blockId]: 'Please type a question.' },
      });
      return;
    }
    await ack();
    const metadata = questionModalMetadataSchema.parse(JSON.parse(view.private_metadata));
    const requestId = slackRequestId('modal', view.id, body.user.id);
    await service.queues.jobQueues.questionAnswer.enqueue(
      {
        requestId,
        target: {
          platform: 'slack',
          workspaceId: metadata.teamId,
          channelId: metadata.channelId,
          threadId: metadata.threadId,
        },
        question: submitted.question,
        requestedBy: { userId: body.user.id },
      },
      { jobId: `question-${requestId}` },
    );
  });
}

/** The brief a button sits on: its channel and the thread its replies belong in. */
function briefLocation(
  action: ReturnType<typeof blockActionSchema.parse>,
): (ChatTarget & { threadId: string }) | undefined {
  const channelId = action.channel?.id ?? action.container?.channel_id;
  const messageTs = action.message?.ts ?? action.container?.message_ts;
  if (channelId === undefined || messageTs === undefined) return undefined;
  return {
    platform: 'slack',
    workspaceId: teamOf(action),
    channelId,
    threadId: action.message?.thread_ts ?? messageTs,
  };
}
