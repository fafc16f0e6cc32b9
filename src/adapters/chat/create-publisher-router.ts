import { AppError } from '../../core/errors.ts';
import type { ChatPlatform } from '../../core/model/chat-message.ts';
import type { ChatPublisher } from '../../core/ports/chat-publisher.ts';

/** The worker's ChatPublisher: sends each message to its target's platform. */
export interface PublisherRouter extends ChatPublisher {
  /** Adds (or replaces) the publisher for a platform configured in this process. */
  register(platform: ChatPlatform, publisher: ChatPublisher): void;
}

/**
 * One ChatPublisher for the worker that sends each message to its target's platform. A target
 * whose platform is not configured in this process fails without retry.
 */
export function createPublisherRouter(
  initial: Partial<Record<ChatPlatform, ChatPublisher>> = {},
): PublisherRouter {
  const publishers: Partial<Record<ChatPlatform, ChatPublisher>> = { ...initial };
  const publisherFor = (platform: ChatPlatform): ChatPublisher => {
    const publisher = publishers[platform];
    if (publisher === undefined) {
      throw new AppError({
        code: 'internal',
        userMessage: `newsbrief is not connected to ${platform} in this deployment.`,
        details: { platform },
      });
    }
    return publisher;
  };
  return {
    register(platform, publisher) {
      publishers[platform] = publisher;
    },
    post: (target, message) => publisherFor(target.platform).post(target, message),
    update: (ref, message) => publisherFor(ref.target.platform).update(ref, message),
  };
}
