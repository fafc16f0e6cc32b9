import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedJobIds } from '../added-jobs.ts';
import { slackRequestId } from '../../../src/adapters/chat/slack/slack-request-id.ts';
import { notUnderStoriesSentence } from '../../../src/core/messages/question-refusal.ts';
import type { SlackCall } from '../../fakes/slack/fake-slack-api.ts';
import { blockTexts, botUserId, startSlackKit, type SlackKit } from './slack-test-kit.ts';

/**
 * Every progress message Slack shows ends: the fake Slack's recorded calls, in order, show it
 * replaced (chat.update on the same ts) by the result or by one sentence, and no request
 * leaves a second one behind.
 */

let kit: SlackKit;
beforeAll(async () => {
  kit = await startSlackKit('progress', { environment: { COMMAND_RATE_PER_MINUTE: '2' } });
  kit.slack.users.set('UADMIN', { is_admin: true, tz: 'UTC' });
});
afterAll(async () => kit.close());

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** The Web API calls made since `from` (response_url posts left out). */
function callsSince(from: number): SlackCall[] {
  return kit.slack.calls.slice(from).filter((call) => !call.method.startsWith('response_url:'));
}

const isProgress = (call: SlackCall) =>
  call.method === 'chat.postMessage' && call.args['text'] === 'Reading the article…';

async function postedRecord(channelId: string, ts: string): Promise<void> {
  const channel = { platform: 'slack' as const, workspaceId: 'T1', channelId };
  for (let waited = 0; waited < 5_000; waited += 25) {
    if ((await kit.service.stores.postedMessages.get(channel, ts)) !== undefined) return;
    await sleep(25);
  }
  throw new Error(`no record of ${ts}`);
}

async function jobCount(queue: 'question-answer' | 'article-ingest'): Promise<number> {
  const counts = await kit.service.queues.queues[queue].getJobCounts();
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

describe('Slack: every progress message ends', () => {
  it('answers a reply under a "Nothing new" digest with one sentence (once per thread, always on a mention), queueing nothing', async () => {
    await kit.command(`subscribe ${kit.site.url('/empty.xml')}`, { userId: 'UADMIN' });
    // The address is read by the feed-subscribe worker, which replaces "Checking the feed…".
    await kit.slack.waitFor(
      (call) =>
        call.method === 'chat.update' && String(call.args['text']).startsWith('Subscribed to'),
      30_000,
    );
    const from = kit.slack.calls.length;
    await kit.command('digest', { userId: 'UADMIN' });
    const digest = await kit.slack.waitFor(
      (call) =>
        call.method === 'chat.update' &&
        blockTexts(call.args['blocks']).some((text) => text.startsWith('Nothing new since')),
      30_000,
    );
    const digestTs = String(digest.args['ts']);
    await postedRecord('C1', digestTs);
    const questionsBefore = await jobCount('question-answer');

    const reply = (user: string, text: string, ts: string, type = 'message') => ({
      type,
      channel: 'C1',
      user,
      text,
      ts,
      thread_ts: digestTs,
      parent_user_id: botUserId,
      channel_type: 'channel',
    });
    await kit.event(reply('U2', 'What happened today?', '1700001000.000001'), 'Ev-quiet-1');
    await kit.slack.waitFor((call) => call.args['text'] === notUnderStoriesSentence);
    await kit.event(reply('U3', 'slow news day', '1700001000.000002'), 'Ev-quiet-2');
    await kit.event(
      reply('U3', `<@${botUserId}> anything at all?`, '1700001000.000003', 'app_mention'),
      'Ev-quiet-3',
    );
    await kit.slack.waitFor(
      () =>
        callsSince(from).filter((call) => call.args['text'] === notUnderStoriesSentence).length >=
        2,
    );
    await sleep(1_000);

    expect(
      callsSince(from).map((call) => [
        call.method,
        call.method === 'chat.update' ? call.args['ts'] : call.args['thread_ts'],
        call.args['text'],
      ]),
    ).toEqual([
      ['chat.postMessage', undefined, 'Building the digest…'],
      ['chat.update', digestTs, expect.stringMatching(/^Nothing new since /)],
      ['chat.postMessage', digestTs, notUnderStoriesSentence],
      ['chat.postMessage', digestTs, notUnderStoriesSentence],
    ]);
    expect(await jobCount('question-answer')).toBe(questionsBefore);
  });

  it('replaces "Reading the article…" with the sentence when the page does not exist', async () => {
    const from = kit.slack.calls.length;
    await kit.command(`summarize ${kit.site.url('/missing')}`, { userId: 'U-missing' });
    await kit.slack.waitFor(
      (call) =>
        call.method === 'chat.update' && String(call.args['text']).startsWith('Sorry, I could not'),
      30_000,
    );
    await sleep(500);
    const calls = callsSince(from);
    expect(calls.map((call) => call.method)).toEqual(['chat.postMessage', 'chat.update']);
    expect(calls[0]?.args['text']).toBe('Reading the article…');
    const progressTs = await progressTsOf(calls[0]);
    expect(calls[1]?.args['ts']).toBe(progressTs);
    expect(String(calls[1]?.args['text'])).toMatch(/^Sorry, I could not read that article: .*404/);
  });

  it('replaces "Reading the article…" with a sentence when Slack refuses the brief for good', async () => {
    const from = kit.slack.calls.length;
    kit.slack.failNext('chat.update', { error: 'invalid_blocks' });
    await kit.command(`summarize ${kit.site.url('/story')}`, { userId: 'U-refused' });
    await kit.slack.waitFor(
      (call) =>
        call.method === 'chat.update' &&
        String(call.args['text']).startsWith('Sorry, I could not post the message'),
      30_000,
    );
    await sleep(1_000);
    const calls = callsSince(from);
    expect(calls.map((call) => call.method)).toEqual([
      'chat.postMessage',
      'chat.update:failed',
      'chat.update',
    ]);
    const progressTs = await progressTsOf(calls[0]);
    expect(calls.slice(1).map((call) => call.args['ts'])).toEqual([progressTs, progressTs]);
    expect(calls[2]?.args['text']).toBe(
      'Sorry, I could not post the message: Slack refused the message; the details are in the logs.',
    );
  });

  it('posts no progress for a summary over the per-minute limit; the limit sentence is the private reply', async () => {
    const from = kit.slack.calls.length;
    const url = kit.site.url('/story');
    const first = await kit.command(`summarize ${url}`, { userId: 'U-limited' });
    const second = await kit.command(`summarize ${url}`, { userId: 'U-limited' });
    const refused = await kit.command(`summarize ${url}`, { userId: 'U-limited' });
    // The limit lives in Redis, so the ack goes out empty and the sentence follows it.
    expect([first.text, second.text, refused.text]).toEqual(['', '', '']);
    const reply = await kit.slack.waitFor(
      (call) => call.method === `response_url:${refused.triggerId}`,
    );
    expect(reply.args['response_type']).toBe('ephemeral');
    expect(reply.args['text']).toMatch(
      /^You can ask for 2 summaries a minute; try again in \d+ seconds\.$/,
    );
    await kit.slack.waitFor(
      () => callsSince(from).filter((call) => call.method === 'chat.update').length >= 2,
      30_000,
    );
    await sleep(500);
    const calls = callsSince(from);
    expect(calls.filter(isProgress)).toHaveLength(2);
    expect(calls).toHaveLength(4);
    expect(
      kit.slack.calls.slice(from).filter((call) => call.method.startsWith('response_url:')),
    ).toEqual([reply]);
  });

  it('handles a command delivered three times (the same signed body twice at once, then a retry) once: one progress, one brief, one job', async () => {
    const from = kit.slack.calls.length;
    const triggerId = `${Date.now()}.duplicate.trigger`;
    const timestamp = Math.floor(Date.now() / 1000);
    const text = `summarize ${kit.site.url('/story')}`;
    const fields = { userId: 'U-twice', triggerId };
    const deliveries = await Promise.all([
      kit.command(text, fields, { timestamp }),
      kit.command(text, fields, { timestamp }),
    ]);
    const retry = await kit.command(text, fields, {
      timestamp,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect([...deliveries, retry].map((delivery) => [delivery.status, delivery.text])).toEqual([
      [200, ''],
      [200, ''],
      [200, ''],
    ]);
    await kit.slack.waitFor(
      () => callsSince(from).some((call) => call.method === 'chat.update'),
      30_000,
    );
    await sleep(1_500);
    const seen = callsSince(from);
    expect(seen.map((call) => call.method)).toEqual(['chat.postMessage', 'chat.update']);
    expect(seen[0]?.args['text']).toBe('Reading the article…');
    expect(seen[1]?.args['ts']).toBe(await progressTsOf(seen[0]));
    expect(blockTexts(seen[1]?.args['blocks'])[0]).toContain('Putin');
    const requestId = slackRequestId('command', triggerId);
    const added = await addedJobIds(
      kit.service.redis,
      kit.service.config.REDIS_PREFIX,
      'article-ingest',
    );
    expect(added.filter((jobId) => jobId === `ingest-${requestId}`)).toHaveLength(1);
  });

  it('handles a "Summarize link" shortcut delivered twice once', async () => {
    const from = kit.slack.calls.length;
    const payload = {
      type: 'message_action',
      callback_id: 'summarize_link',
      trigger_id: '222.333.twice',
      response_url: kit.slack.responseUrl('shortcut-twice'),
      team: { id: 'T1', domain: 'newsroom' },
      user: { id: 'U-shortcut', name: 'bo', team_id: 'T1' },
      channel: { id: 'C3', name: 'links' },
      message: {
        type: 'message',
        user: 'U6',
        ts: '1700002000.000100',
        text: `Worth a read <${kit.site.url('/story')}|this story>`,
      },
    };
    await Promise.all([kit.interact(payload), kit.interact(payload)]);
    await kit.slack.waitFor(
      (call) => call.method === 'chat.update' && call.args['channel'] === 'C3',
      30_000,
    );
    await sleep(1_500);
    const seen = callsSince(from).filter((call) => call.args['channel'] === 'C3');
    expect(seen.map((call) => [call.method, call.args['thread_ts']])).toEqual([
      ['chat.postMessage', '1700002000.000100'],
      ['chat.update', undefined],
    ]);
  });
});

/** The ts the fake Slack gave a posted message: it numbers its chat.postMessage answers in order. */
async function progressTsOf(call: SlackCall | undefined): Promise<string> {
  if (call === undefined) throw new Error('no progress call');
  const index = kit.slack.calls.filter((each) => each.method === 'chat.postMessage').indexOf(call);
  return `1700000000.${String(index + 1).padStart(6, '0')}`;
}
