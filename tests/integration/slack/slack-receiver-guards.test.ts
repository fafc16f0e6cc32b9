import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSignedSlackRequest } from '../../fakes/slack/signed-slack-request.ts';
import { blockTexts, signingSecret, startSlackKit, type SlackKit } from './slack-test-kit.ts';

let kit: SlackKit;
beforeAll(async () => {
  kit = await startSlackKit('guards');
  kit.slack.users.set('U1', { is_admin: false, tz: 'Europe/Berlin' });
  kit.slack.users.set('UADMIN', { is_admin: true, tz: 'America/New_York' });
});
afterAll(async () => kit.close());

const jobCount = async () => {
  const counts = await kit.service.queues.queues['article-ingest'].getJobCounts(
    'waiting',
    'active',
    'completed',
    'failed',
    'delayed',
  );
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
};

describe('the Slack receiver refuses what Slack did not send', () => {
  it('answers 401 to a forged signature and enqueues nothing', async () => {
    const before = await jobCount();
    const result = await kit.command(
      `summarize ${kit.site.url('/story')}`,
      {},
      { signWith: 'not-the-secret' },
    );
    expect(result.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await jobCount()).toBe(before);
    expect(kit.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers 401 to a correctly signed but stale request (10 minutes old)', async () => {
    const before = await jobCount();
    const result = await kit.command(
      `summarize ${kit.site.url('/story')}`,
      {},
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect(result.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await jobCount()).toBe(before);
  });

  it('answers 400 to validly signed JSON bodies carrying slash-command fields, and runs nothing', async () => {
    const before = await jobCount();
    const slackCallsBefore = kit.slack.calls.length;
    const command = {
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/news',
      text: `summarize ${kit.site.url('/story')}`,
      api_app_id: 'A1',
      response_url: kit.slack.responseUrl('json-command'),
      trigger_id: 'json-command',
    };
    // Slack sends slash commands form-encoded only; as JSON, bare or dressed as an event envelope.
    for (const body of [command, { ...command, type: 'event_callback' }]) {
      const result = await sendSignedSlackRequest(
        kit.eventsUrl,
        JSON.stringify(body),
        'application/json',
        { secret: signingSecret },
      );
      expect(result.status).toBe(400);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await jobCount()).toBe(before);
    expect(kit.slack.calls.slice(slackCallsBefore)).toEqual([]);
  });
});

describe('/news permissions and usage', () => {
  it('refuses subscribe from a non-admin with one ephemeral sentence, after the ack (users.info waits for it)', async () => {
    const timelineFrom = kit.slack.timeline.length;
    const result = await kit.command('subscribe https://example.com/feed.xml daily 08:00', {
      userId: 'U1',
    });
    expect([result.status, result.text]).toEqual([200, '']);
    const reply = await kit.slack.waitFor(
      (call) => call.method === `response_url:${result.triggerId}`,
    );
    expect(reply.args['response_type']).toBe('ephemeral');
    expect(reply.args['text']).toBe(
      "Only workspace admins can change this channel's subscriptions.",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(kit.slack.timeline.slice(timelineFrom)).toEqual([
      'ack',
      'users.info',
      `response_url:${result.triggerId}`,
    ]);
    expect(kit.slack.callsTo('users.info').map((call) => call.args['user'])).toContain('U1');
  });

  it('lets an admin subscribe, in the admin’s Slack time zone, and says so in the channel', async () => {
    const result = await kit.command(`subscribe ${kit.site.url('/feed.xml')} daily 08:00`, {
      userId: 'UADMIN',
    });
    // The ack waits for no website: the feed is read by a worker behind "Checking the feed…".
    expect(result.text).toBe('');
    const progress = await kit.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args['text'] === 'Checking the feed…',
    );
    expect(progress.args['channel']).toBe('C1');
    const update = await kit.slack.waitFor((call) => call.method === 'chat.update');
    expect(String(update.args['text'])).toContain('Subscribed to *Seed News* (1 item now).');
    expect(String(update.args['text'])).toContain('America/New_York');
  });

  it('shows usage help privately for an unknown subcommand', async () => {
    const result = await kit.command('frobnicate');
    const body = JSON.parse(result.text) as { response_type: string; blocks: unknown };
    expect(body.response_type).toBe('ephemeral');
    expect(blockTexts(body.blocks).join('\n')).toContain('/news');
  });
});
