import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackKit, type SlackKit } from './slack-test-kit.ts';

/**
 * The queue becomes unreachable between "Reading the article…" and the enqueue (the rate
 * limiter and the progress post worked a moment before): the progress message must not be
 * left waiting for a job that was never queued.
 */

let kit: SlackKit;
beforeAll(async () => {
  kit = await startSlackKit('queue-gone', { workers: false });
});
afterAll(async () => kit.close());

describe('Slack: a command whose job cannot be queued', () => {
  it('turns "Reading the article…" into the sentence instead of leaving it', async () => {
    // Only the queues use this connection; the rate limiter and the claims have their own.
    kit.service.workerConnection.disconnect();
    const ack = await kit.command(`summarize ${kit.site.url('/story')}`);
    expect(ack.status).toBe(200);
    expect(ack.text).toBe('');
    await kit.slack.waitFor((call) => call.method === 'chat.update');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const calls = kit.slack.calls.filter((call) => !call.method.startsWith('response_url:'));
    expect(calls.map((call) => [call.method, call.args['ts'], call.args['text']])).toEqual([
      ['chat.postMessage', undefined, 'Reading the article…'],
      [
        'chat.update',
        '1700000000.000001',
        "newsbrief can't take requests right now (its queue is unreachable); please try again in a minute.",
      ],
    ]);
    // The progress message says it; no second sentence follows through response_url.
    expect(kit.slack.calls.filter((call) => call.method.startsWith('response_url:'))).toEqual([]);
  });
});
