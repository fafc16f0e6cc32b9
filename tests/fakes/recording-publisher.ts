import { randomUUID } from 'node:crypto';
import { AppError } from '../../src/core/errors.ts';
import type {
  ChatMessage,
  ChatTarget,
  PostedMessageRef,
} from '../../src/core/model/chat-message.ts';
import type { ChatPublisher } from '../../src/core/ports/chat-publisher.ts';

export interface RecordedPost {
  kind: 'post' | 'update';
  target: ChatTarget;
  messageId: string;
  message: ChatMessage;
}

/**
 * A ChatPublisher that records what users would see, and can fail on demand (a platform 429,
 * a deleted channel) to exercise retries. It stands in for the far side of the chat platform.
 */
export class RecordingPublisher implements ChatPublisher {
  readonly posts: RecordedPost[] = [];
  /** Failures to throw before succeeding, consumed one per matching call. */
  readonly failures: { kind: 'post' | 'update' | 'any'; error: AppError }[] = [];

  async post(target: ChatTarget, message: ChatMessage): Promise<PostedMessageRef> {
    this.failNext('post');
    const messageId = randomUUID();
    this.posts.push({ kind: 'post', target, messageId, message });
    return { target, messageId };
  }

  async update(ref: PostedMessageRef, message: ChatMessage): Promise<void> {
    this.failNext('update');
    this.posts.push({ kind: 'update', target: ref.target, messageId: ref.messageId, message });
  }

  failWith(count: number, error: () => AppError, kind: 'post' | 'update' | 'any' = 'any'): void {
    for (let index = 0; index < count; index += 1) this.failures.push({ kind, error: error() });
  }

  /** Resolves when a recorded post matches, or rejects after the timeout. */
  async waitFor(
    predicate: (post: RecordedPost) => boolean,
    timeoutMs = 15_000,
  ): Promise<RecordedPost> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const found = this.posts.find(predicate);
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(
      `no matching post within ${timeoutMs} ms; saw ${JSON.stringify(this.posts.map((post) => post.message.fallbackText))}`,
    );
  }

  private failNext(kind: 'post' | 'update'): void {
    const index = this.failures.findIndex(
      (failure) => failure.kind === kind || failure.kind === 'any',
    );
    if (index === -1) return;
    const [failure] = this.failures.splice(index, 1);
    if (failure !== undefined) throw failure.error;
  }
}

export const platformRateLimited = () =>
  new AppError({
    code: 'rate-limited',
    userMessage: 'The chat platform asked us to slow down.',
    retryable: true,
  });

export const channelGone = () =>
  new AppError({
    code: 'channel-unavailable',
    userMessage: 'The channel no longer exists or newsbrief was removed from it.',
  });
