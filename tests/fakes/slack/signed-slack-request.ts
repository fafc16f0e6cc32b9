import { createHmac } from 'node:crypto';

export interface SignedRequestOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Headers added as-is (x-slack-retry-num …). */
  headers?: Record<string, string>;
  /** Sign with this secret instead (a forged request). */
  signWith?: string;
}

/**
 * Sends a request the way Slack does: `x-slack-signature` = `v0=` + hex HMAC-SHA256 of
 * `v0:{timestamp}:{raw body}` with the signing secret, and `x-slack-request-timestamp`.
 */
export async function sendSignedSlackRequest(
  url: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SignedRequestOptions,
): Promise<{ status: number; text: string; elapsedMs: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.signWith ?? options.secret)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-signature': signature,
      'x-slack-request-timestamp': String(timestamp),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, elapsedMs: performance.now() - started };
}

/** A slash command's form body, with the fields Slack sends. */
export function slashCommandBody(fields: {
  text: string;
  teamId?: string;
  channelId?: string;
  userId?: string;
  triggerId: string;
  responseUrl: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.teamId ?? 'T1',
    team_domain: 'newsroom',
    channel_id: fields.channelId ?? 'C1',
    channel_name: 'news',
    user_id: fields.userId ?? 'U1',
    user_name: 'ana',
    command: '/news',
    text: fields.text,
    api_app_id: 'A1',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
}

/** An interactivity payload (shortcut, button, view submission) as Slack form-encodes it. */
export function interactivityBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
