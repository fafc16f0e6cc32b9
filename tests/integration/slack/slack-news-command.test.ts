import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unescapeSlackText } from '../../../src/adapters/chat/slack/escape-slack-text.ts';
import { seedText } from '../worker/service-harness.ts';
import { blockTexts, botUserId, startSlackKit, type SlackKit } from './slack-test-kit.ts';

let kit: SlackKit;
beforeAll(async () => {
  kit = await startSlackKit('command');
  kit.slack.users.set('U1', { is_admin: false, tz: 'Europe/Berlin' });
  kit.slack.users.set('UADMIN', { is_admin: true, tz: 'America/New_York' });
});
afterAll(async () => kit.close());

/** Quote sections render as "> text" lines then "— Speaker". */
function quotesIn(blocks: unknown): { text: string; speaker: string }[] {
  return blockTexts(blocks)
    .filter((text) => text.startsWith('> '))
    .map((text) => {
      const lines = text.split('\n');
      const speaker = lines.find((line) => line.startsWith('— '))?.slice(2) ?? '';
      const quote = lines
        .filter((line) => line.startsWith('> '))
        .map((line) => line.slice(2))
        .join('\n');
      return { text: unescapeSlackText(quote), speaker: unescapeSlackText(speaker) };
    });
}

let briefTs = '';

describe('/news summarize over signed HTTP', () => {
  it('acks within 3 s, posts "Reading the article…", then replaces it with the brief', async () => {
    const url = kit.site.url('/story');
    const ack = await kit.command(`summarize ${url}`);
    expect(ack.status).toBe(200);
    expect(ack.elapsedMs).toBeLessThan(3_000);
    expect(ack.text).toBe('');

    const progress = await kit.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args['text'] === 'Reading the article…',
    );
    expect(progress.args['channel']).toBe('C1');
    expect(progress.token).toBe('xoxb-test-token');
    const update = await kit.slack.waitFor((call) => call.method === 'chat.update');
    briefTs = String(update.args['ts']);
    // The deliver worker records what it posted just after chat.update returns; a reply
    // sent before that would (rightly) be taken for a thread the bot did not start.
    const channel = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
    for (let waited = 0; waited < 5_000; waited += 25) {
      if ((await kit.service.stores.postedMessages.get(channel, briefTs)) !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(briefTs).toMatch(/^1700000000\./);
    expect(update.args['channel']).toBe('C1');

    const blocks = update.args['blocks'] as { type: string }[];
    const texts = blockTexts(blocks);
    expect(texts[0]).toContain(`<${url}|`);
    expect(texts[0]).toContain('Putin');
    expect(texts.some((text) => text.startsWith('• '))).toBe(true);
    const quotes = quotesIn(blocks);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((quote) => quote.speaker.includes('Kellogg'))).toBe(true);
    for (const quote of quotes) {
      for (const part of quote.text.split(' … ')) expect(seedText).toContain(part);
    }
    const actions = blocks.find((block) => block.type === 'actions') as
      { elements: { action_id: string; url?: string }[] } | undefined;
    expect(actions?.elements.map((element) => element.action_id)).toEqual([
      'brief-key-quotes',
      'brief-ask-question',
      'brief-open-article',
    ]);
  });

  it('answers a reply in the brief’s thread, in that thread', async () => {
    expect(briefTs).not.toBe('');
    const result = await kit.event(
      {
        type: 'message',
        channel: 'C1',
        user: 'U2',
        text: 'Who is Keith Kellogg?',
        ts: '1700000100.000001',
        thread_ts: briefTs,
        channel_type: 'channel',
      },
      'Ev-question-1',
    );
    expect(result.status).toBe(200);
    const answer = await kit.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args['thread_ts'] === briefTs,
    );
    expect(JSON.stringify(answer.args['blocks'])).toContain('special envoy for Ukraine and Russia');
  });

  it('answers a retried event once (same event_id, x-slack-retry-num)', async () => {
    const event = {
      type: 'app_mention',
      channel: 'C1',
      user: 'U3',
      text: `<@${botUserId}> What did Putin say about Trump?`,
      ts: '1700000200.000001',
      thread_ts: briefTs,
    };
    const first = await kit.event(event, 'Ev-retried-1');
    const retry = await kit.event(event, 'Ev-retried-1', {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    const threadAnswers = () =>
      kit.slack.callsTo('chat.postMessage').filter((call) => call.args['thread_ts'] === briefTs);
    // One answer from the earlier test, one for this question, and no second one for the retry.
    await kit.slack.waitFor(() => threadAnswers().length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(threadAnswers()).toHaveLength(2);
  });

  it('ignores the bot’s own messages and replies in threads it did not start', async () => {
    const before = await kit.service.queues.queues['question-answer'].getJobCounts('completed');
    await kit.event(
      {
        type: 'message',
        channel: 'C1',
        user: botUserId,
        bot_id: 'BBOT',
        text: 'an answer',
        ts: '1700000300.000001',
        thread_ts: briefTs,
      },
      'Ev-own-1',
    );
    await kit.event(
      {
        type: 'message',
        channel: 'C1',
        user: 'U2',
        text: 'lunch?',
        ts: '1700000300.000002',
        thread_ts: '1600000000.000001',
      },
      'Ev-other-thread-1',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await kit.service.queues.queues['question-answer'].getJobCounts(
      'completed',
      'waiting',
      'active',
    );
    expect(after['completed']! + after['waiting']! + after['active']!).toBe(before['completed']);
  });
});
