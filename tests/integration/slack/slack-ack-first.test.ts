import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackRequestId } from '../../../src/adapters/chat/slack/slack-request-id.ts';
import { blockTexts, startSlackKit, type SlackKit } from './slack-test-kit.ts';

/**
 * /news acks first (decision 0013): the fake Slack's timeline holds every Web API call and
 * response_url post as it arrives, and an `ack` entry at the moment the app ends its answer.
 */

let kit: SlackKit;
beforeAll(async () => {
  kit = await startSlackKit('ack-first', { workers: false });
});
afterAll(async () => kit.close());

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Ingest jobs queued for one slash command. */
async function ingestJobFor(triggerId: string) {
  const requestId = slackRequestId('command', triggerId);
  return kit.service.queues.queues['article-ingest'].getJob(`ingest-${requestId}`);
}

describe('Slack /news acks first', () => {
  it('acks a summary before making any Web API call, then posts the progress message and queues the job', async () => {
    const from = kit.slack.timeline.length;
    const ack = await kit.command(`summarize ${kit.site.url('/story')}`, { userId: 'U-order' });
    expect([ack.status, ack.text]).toEqual([200, '']);
    await kit.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args['text'] === 'Reading the article…',
    );
    for (let waited = 0; waited < 5_000; waited += 25) {
      if ((await ingestJobFor(ack.triggerId)) !== undefined) break;
      await sleep(25);
    }
    expect(kit.slack.timeline.slice(from)).toEqual(['ack', 'chat.postMessage']);
    const job = await ingestJobFor(ack.triggerId);
    expect(job?.data.progress?.messageId).toMatch(/^1700000000\./);
  });

  it('puts help and usage errors in the ack itself: one response, no network call', async () => {
    const from = kit.slack.timeline.length;
    const help = await kit.command('help');
    const helpBody = JSON.parse(help.text) as { response_type: string; blocks: unknown };
    expect(helpBody.response_type).toBe('ephemeral');
    expect(blockTexts(helpBody.blocks).join('\n')).toContain('/news summarize');

    const usage = await kit.command('summarize');
    const usageBody = JSON.parse(usage.text) as { response_type: string; text: string };
    expect(usageBody.response_type).toBe('ephemeral');
    expect(usageBody.text).toContain('Usage: /news summarize');

    await sleep(300);
    expect(kit.slack.timeline.slice(from)).toEqual(['ack', 'ack']);
  });

  it('tells the user in one private sentence when the bot may not post in the channel, and queues nothing', async () => {
    kit.slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    const from = kit.slack.timeline.length;
    const ack = await kit.command(`summarize ${kit.site.url('/story')}`, { userId: 'U-outside' });
    expect([ack.status, ack.text]).toEqual([200, '']);
    const reply = await kit.slack.waitFor(
      (call) => call.method === `response_url:${ack.triggerId}`,
    );
    expect(reply.args).toMatchObject({
      response_type: 'ephemeral',
      text: "I can't post in this channel. Invite me with `/invite @newsbrief`, or ask in a channel I'm in.",
    });
    await sleep(300);
    expect(kit.slack.timeline.slice(from)).toEqual([
      'ack',
      'chat.postMessage',
      `response_url:${ack.triggerId}`,
    ]);
    // No job whose result could not be posted either; asked again once invited, it runs.
    expect(await ingestJobFor(ack.triggerId)).toBeUndefined();
    const again = await kit.command(`summarize ${kit.site.url('/story')}`, { userId: 'U-outside' });
    for (let waited = 0; waited < 5_000; waited += 25) {
      if ((await ingestJobFor(again.triggerId)) !== undefined) break;
      await sleep(25);
    }
    expect((await ingestJobFor(again.triggerId))?.data.progress).toBeDefined();
  });

  it('queues the job when Slack refuses the progress message for a while, and says privately that it is on its way', async () => {
    kit.slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const ack = await kit.command(`summarize ${kit.site.url('/story')}`, { userId: 'U-limited' });
    expect([ack.status, ack.text]).toEqual([200, '']);
    const reply = await kit.slack.waitFor(
      (call) => call.method === `response_url:${ack.triggerId}`,
    );
    expect(reply.args).toMatchObject({ response_type: 'ephemeral', text: 'Reading the article…' });
    for (let waited = 0; waited < 5_000; waited += 25) {
      if ((await ingestJobFor(ack.triggerId)) !== undefined) break;
      await sleep(25);
    }
    const job = await ingestJobFor(ack.triggerId);
    // No progress message to update: the worker posts the brief as a new message.
    expect(job?.data.input).toEqual({ kind: 'url', url: kit.site.url('/story') });
    expect(job?.data.progress).toBeUndefined();
  });
});
