import type { ChatPlatform } from '../model/chat-message.ts';
import type { Logger } from '../ports/logger.ts';
import { isAppError } from '../errors.ts';
import type { CommandReply } from './handle-news-command.ts';
import { buildHelpMessage } from './help-text.ts';
import { parseNewsCommand } from './parse-news-command.ts';
import {
  canManageSubscriptions,
  commandNeedsManagePermission,
  subscriptionRefusalMessage,
  type SubscriptionPolicy,
} from './permissions.ts';

export interface ReplyKnownAtOnceRequest {
  requestId: string;
  platform: ChatPlatform;
  userId: string;
  /** Everything after `/news`. */
  text: string;
  /** Any valid zone: no reply given here depends on it. */
  defaultTimeZone: string;
}

/**
 * The reply to `/news …` when it needs no store, queue or platform lookup: help, a usage
 * error, or a subscription change the policy refuses whoever the user is (a `listed` policy
 * without them). An adapter can put it in its acknowledgement, one response and no network
 * call. Undefined when the command has work to do or needs the platform's admin flag: that
 * goes to handleNewsCommand after the acknowledgement, which decides the same way.
 */
export function replyKnownAtOnce(
  dependencies: { policy: SubscriptionPolicy; logger: Logger },
  request: ReplyKnownAtOnceRequest,
): CommandReply | undefined {
  try {
    const command = parseNewsCommand(request.text, { defaultTimeZone: request.defaultTimeZone });
    if (command.kind === 'help')
      return { visibility: 'ephemeral', message: buildHelpMessage(command.topic) };
    const { policy } = dependencies;
    // Only `admins` needs to know who is an admin; the other modes decide from the id alone.
    if (
      commandNeedsManagePermission(command) &&
      policy.mode !== 'admins' &&
      !canManageSubscriptions(policy, { userId: request.userId, isAdmin: false })
    )
      return ephemeralReply(subscriptionRefusalMessage(policy, request.platform));
    return undefined;
  } catch (error) {
    if (!isAppError(error)) throw error;
    dependencies.logger.info({ code: error.code, requestId: request.requestId }, 'command refused');
    return ephemeralReply(error.userMessage);
  }
}

/** One sentence only the person who asked sees. */
export function ephemeralReply(text: string): CommandReply {
  return {
    visibility: 'ephemeral',
    message: { fallbackText: text, blocks: [{ type: 'paragraph', text }] },
  };
}
