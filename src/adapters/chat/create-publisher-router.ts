import { AppError } from '../../core/errors.ts';
import type { ChatPlatform } from '../../core/model/chat-message.ts';
import type { ChatPublisher } from '../../core/ports/chat-publisher.ts';

/**
 * One ChatPublisher for the worker that sends each message to its target's platform. A target
 * whose platform is not configured in this process fails without retry.
 */
export function createPublisherRouter(
  publishers: Partial<Record<ChatPlatform, ChatPublisher>>,
): ChatPublisher {
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
    post: (target, message) => publisherFor(target.platform).post(target, message),
    update: (ref, message) => publisherFor(ref.target.platform).update(ref, message),
  };
}
