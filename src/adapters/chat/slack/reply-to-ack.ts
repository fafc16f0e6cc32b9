import type { RespondArguments } from '@slack/bolt';
import type { CommandReply } from '../../../core/commands/handle-news-command.ts';
import { renderSlackMessage } from './render-slack-message.ts';

/**
 * A command reply as response_url / ack bodies: the first goes in the ack, any further
 * parts (a long subscription list) through response_url.
 */
export function replyToResponses(reply: CommandReply): RespondArguments[] {
  if (reply.visibility === 'none') return [];
  const responseType = reply.visibility === 'ephemeral' ? 'ephemeral' : 'in_channel';
  return renderSlackMessage(reply.message).map((part) => ({
    response_type: responseType,
    text: part.text,
    blocks: part.blocks,
  }));
}

/** A sentence only the user sees. */
export function ephemeralText(text: string): RespondArguments {
  return { response_type: 'ephemeral', text };
}
