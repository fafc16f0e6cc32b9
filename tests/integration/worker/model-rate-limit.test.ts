import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleNewsCommand } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { queueNames } from '../../../src/core/model/jobs.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import { fakeReplies, startFakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import type { FakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import { seedBriefs } from '../../fakes/openai/seed-model-replies.ts';
import { seedText, startHarness, type Harness } from './service-harness.ts';

/**
 * BRIEF_REQUESTS_PER_MINUTE exists for model rate limits (issue 13): it must space model
 * calls, leave the offline engine alone, and tell a user whose turn is far off about how long.
 */
const perMinute = 2;

async function summarize(harness: Harness, channel: ChatTarget, text: string, userId: string) {
  let progressId = '';
  await handleNewsCommand(commandDependencies(harness.service), {
    requestId: randomUUID(),
    target: channel,
    user: { userId, isAdmin: false },
    text: `summarize ${text}`,
    defaultTimeZone: 'UTC',
    postProgress: async (progressText) => {
      const ref = await harness.publisher.post(channel, {
        fallbackText: progressText,
        blocks: [{ type: 'context', text: progressText }],
      });
      progressId = ref.messageId;
      return ref;
    },
  });
  return progressId;
}

const isBrief = (harness: Harness, progressId: string) =>
  harness.publisher.posts.some(
    (post) =>
      post.kind === 'update' &&
      post.messageId === progressId &&
      post.message.blocks[0]?.type === 'heading',
  );

describe('the brief limit with the offline engine', () => {
  let harness: Harness;
  const channel: ChatTarget = { platform: 'slack', workspaceId: 'T-offline', channelId: 'C1' };
  beforeAll(async () => {
    harness = await startHarness('limit-offline', {
      BRIEF_ENGINE: 'offline',
      BRIEF_REQUESTS_PER_MINUTE: String(perMinute),
    });
  });
  afterAll(async () => harness.close());

  it('does not hold back a burst: every brief arrives, none says to wait', async () => {
    const pasted = seedText.replace(/\n/g, ' ');
    const progressIds = await Promise.all(
      Array.from({ length: 3 * perMinute }, (_, index) =>
        summarize(harness, channel, `${pasted} Edition ${index}.`, `U${index}`),
      ),
    );
    for (const progressId of progressIds)
      await harness.publisher.waitFor(() => isBrief(harness, progressId), 30_000);
    const texts = harness.publisher.posts.map((post) => post.message.fallbackText);
    expect(texts.filter((text) => text.includes('to go'))).toEqual([]);
  });
});

describe('the brief limit with a model', () => {
  let harness: Harness;
  let model: FakeOpenAiServer;
  const channel: ChatTarget = { platform: 'slack', workspaceId: 'T-model', channelId: 'C1' };
  beforeAll(async () => {
    model = await startFakeOpenAiServer({
      handler: () => fakeReplies.json(seedBriefs.faithful),
    });
    harness = await startHarness('limit-model', {
      BRIEF_ENGINE: 'openai',
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: model.baseUrl,
      OPENAI_MODEL: 'fake-model',
      OPENAI_MAX_RETRIES: '0',
      WORKSPACE_DAILY_TOKEN_BUDGET: '0',
      BRIEF_REQUESTS_PER_MINUTE: String(perMinute),
    });
  });
  afterAll(async () => {
    await harness.close();
    await model.close();
  });

  it('briefs the first at once and parks the others until their turn, saying about how long', async () => {
    const pasted = seedText.replace(/\n/g, ' ');
    const [first = '', second = '', third = ''] = await Promise.all(
      [0, 1, 2].map((index) =>
        summarize(harness, channel, `${pasted} Edition ${index}.`, `U${index}`),
      ),
    );
    // Two a minute: one turn every 30 s. Which request got which turn depends on the order
    // the ingest jobs ran, so the three outcomes are checked as a set.
    const outcome = async (progressId: string) => {
      const update = await harness.publisher.waitFor(
        (post) =>
          post.kind === 'update' &&
          post.messageId === progressId &&
          (post.message.blocks[0]?.type === 'heading' ||
            post.message.fallbackText.includes('to go')),
      );
      return update.message.blocks[0]?.type === 'heading' ? 'a brief' : update.message.fallbackText;
    };
    const outcomes = await Promise.all([first, second, third].map(outcome));
    expect(outcomes.sort()).toEqual([
      'Reading the article… about 1 min to go: others asked first, and the model takes a set number of requests a minute.',
      'Reading the article… about 30 s to go: others asked first, and the model takes a set number of requests a minute.',
      'a brief',
    ]);
    // The two waiting briefs sleep in BullMQ's delayed set, not in a polling loop, and the
    // model was asked for one brief only.
    const briefQueue = harness.service.queues.queues[queueNames.articleBrief];
    expect(await briefQueue.getDelayedCount()).toBe(2);
    expect(
      new Set(model.requests.map((request) => request.body.messages?.at(-1)?.content)).size,
    ).toBe(1);
  });
});
