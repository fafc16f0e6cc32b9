import { createHash } from 'node:crypto';

/**
 * A job-id-safe request id from Slack's own ids (trigger_id, event channel + ts): the same
 * Slack request always maps to the same id, so a retried delivery enqueues the work once.
 * Slack's ids contain dots, which job ids may not; a hash keeps them short and safe.
 */
export function slackRequestId(kind: string, ...parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 24);
  return `slack-${kind}-${digest}`;
}
