/** Why a task failed in the pool itself rather than in its own code. */
export type ThreadFailureKind = 'timeout' | 'out-of-memory' | 'crashed' | 'start-failed' | 'closed';

export class ThreadTaskError extends Error {
  readonly kind: ThreadFailureKind;
  readonly task: string;

  constructor(kind: ThreadFailureKind, task: string, message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'ThreadTaskError';
    this.kind = kind;
    this.task = task;
  }
}
