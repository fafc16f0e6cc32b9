import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackPublisher } from '../../../src/adapters/chat/slack/create-slack-publisher.ts';
import type { ChatMessage } from '../../../src/core/model/chat-message.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { blockTexts, startSlackKit, type SlackKit } from './slack-test-kit.ts';

let kit: SlackKit;
beforeAll(async () => {
  kit = await startSlackKit('interactions');
});
afterAll(async () => kit.close());

describe('Slack interactions', () => {
  it('retries a chat.update Slack answered with 429 and delivers the brief once', async () => {
    kit.slack.failNext('chat.update', { status: 429, retryAfterSeconds: 1 });
    const ack = await kit.command(`summarize ${kit.site.url('/story')}`);
    expect(ack.status).toBe(200);
    await kit.slack.waitFor((call) => call.method === 'chat.update', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(kit.slack.callsTo('chat.update:failed')).toHaveLength(1);
    expect(kit.slack.callsTo('chat.update')).toHaveLength(1);
  });

  it('summarizes the link of a message from the shortcut, in that message’s thread', async () => {
    const url = kit.site.url('/story');
    const result = await kit.interact({
      type: 'message_action',
      callback_id: 'summarize_link',
      trigger_id: '111.222.shortcut',
      response_url: kit.slack.responseUrl('shortcut'),
      team: { id: 'T1', domain: 'newsroom' },
      user: { id: 'U5', name: 'bo', team_id: 'T1' },
      channel: { id: 'C2', name: 'links' },
      message_ts: '1700000500.000100',
      message: {
        type: 'message',
        user: 'U6',
        ts: '1700000500.000100',
        text: `Worth a read <${url}|this story> today`,
      },
    });
    expect(result.status).toBe(200);
    const progress = await kit.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args['channel'] === 'C2',
    );
    expect(progress.args['thread_ts']).toBe('1700000500.000100');
    expect(progress.args['text']).toBe('Reading the article…');
    const update = await kit.slack.waitFor(
      (call) => call.method === 'chat.update' && call.args['channel'] === 'C2',
      30_000,
    );
    expect(blockTexts(update.args['blocks'])[0]).toContain('Putin');

    // The thread belongs to someone else's message; a reply there is still about the brief.
    const thread = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C2' };
    for (let waited = 0; waited < 5_000; waited += 25) {
      if ((await kit.service.stores.postedMessages.get(thread, '1700000500.000100')) !== undefined)
        break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const question = await kit.event(
      {
        type: 'message',
        channel: 'C2',
        user: 'U6',
        text: 'Who is Keith Kellogg?',
        ts: '1700000501.000001',
        thread_ts: '1700000500.000100',
        channel_type: 'channel',
      },
      'Ev-shortcut-thread-1',
    );
    expect(question.status).toBe(200);
    const answer = await kit.slack.waitFor(
      (call) =>
        call.method === 'chat.postMessage' &&
        call.args['channel'] === 'C2' &&
        call.args['thread_ts'] === '1700000500.000100' &&
        call.args['text'] !== 'Reading the article…',
      30_000,
    );
    expect(JSON.stringify(answer.args['blocks'])).toContain('special envoy for Ukraine and Russia');
  });

  it('tells the user privately when the message has no link', async () => {
    await kit.interact({
      type: 'message_action',
      callback_id: 'summarize_link',
      trigger_id: '111.333.shortcut',
      response_url: kit.slack.responseUrl('no-link'),
      team: { id: 'T1' },
      user: { id: 'U5', team_id: 'T1' },
      channel: { id: 'C2' },
      message: { type: 'message', ts: '1700000600.000100', text: 'no links here' },
    });
    const reply = await kit.slack.waitFor((call) => call.method === 'response_url:no-link');
    expect(reply.args).toMatchObject({
      response_type: 'ephemeral',
      text: 'That message has no link to summarize.',
    });
  });

  it('opens a modal for "Ask a question" and answers the submission in the brief’s thread', async () => {
    const brief = kit.slack.callsTo('chat.update').find((call) => call.args['channel'] === 'C1');
    const briefTs = String(brief?.args['ts']);
    const channel = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
    for (let waited = 0; waited < 5_000; waited += 25) {
      if ((await kit.service.stores.postedMessages.get(channel, briefTs)) !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await kit.interact({
      type: 'block_actions',
      trigger_id: '222.333.button',
      team: { id: 'T1' },
      user: { id: 'U7', team_id: 'T1' },
      channel: { id: 'C1' },
      container: { type: 'message', channel_id: 'C1', message_ts: briefTs },
      message: { ts: briefTs, type: 'message', text: 'brief' },
      actions: [{ action_id: 'brief-ask-question', value: 'article-id', type: 'button' }],
    });
    const opened = await kit.slack.waitFor((call) => call.method === 'views.open');
    const view = opened.args['view'] as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('brief_question');
    const submitted = await kit.interact({
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'U7', team_id: 'T1' },
      view: {
        id: 'V123',
        type: 'modal',
        callback_id: 'brief_question',
        private_metadata: view.private_metadata,
        state: {
          values: {
            question: { question: { type: 'plain_text_input', value: 'Who is Keith Kellogg?' } },
          },
        },
      },
    });
    expect(submitted.status).toBe(200);
    const answer = await kit.slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args['thread_ts'] === briefTs,
    );
    expect(JSON.stringify(answer.args['blocks'])).toContain('special envoy');
  });

  it('posts a brief too long for one message as the message plus replies in its thread', async () => {
    const publisher = createSlackPublisher({
      apiUrl: kit.slack.apiUrl,
      tokenFor: async () => 'xoxb-test-token',
      logger: silentLogger,
    });
    const longBullet = 'The minister said the plan would take years. '.repeat(80);
    const message: ChatMessage = {
      fallbackText: 'A very long brief',
      blocks: [
        { type: 'heading', text: 'A very long brief', url: 'https://example.com/long' },
        {
          type: 'bullets',
          items: Array.from({ length: 60 }, (_, index) => `Point ${index}: ${longBullet}`),
        },
      ],
    };
    const before = kit.slack.callsTo('chat.postMessage').length;
    const ref = await publisher.post(
      { platform: 'slack', workspaceId: 'T1', channelId: 'C9' },
      message,
    );
    const posts = kit.slack.callsTo('chat.postMessage').slice(before);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts[0]?.args['thread_ts']).toBeUndefined();
    for (const post of posts.slice(1)) expect(post.args['thread_ts']).toBe(ref.messageId);
    for (const post of posts) {
      const blocks = post.args['blocks'] as unknown[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const text of blockTexts(blocks)) expect(text.length).toBeLessThanOrEqual(3_000);
      expect(String(post.args['text']).length).toBeLessThanOrEqual(3_000);
    }
    const shown = posts.flatMap((post) => blockTexts(post.args['blocks'])).join('\n');
    expect(shown).toContain('Point 0:');
    expect(shown).toContain('Point 59:');
  });
});
