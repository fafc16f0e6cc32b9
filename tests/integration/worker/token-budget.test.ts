import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleNewsCommand } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import { fakeReplies, startFakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import type { FakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import { seedBriefs } from '../../fakes/openai/seed-model-replies.ts';
import { seedText, startHarness, type Harness } from './service-harness.ts';

/**
 * One brief call on the seed costs about 1,700 tokens and reserves about 2,900 (its prompt plus
 * the full reply cap). 4,000 holds one call in flight but not two, so jobs running at once
 * cannot all pass the check, as they did when the budget was read only when a job started.
 */
const budget = 4_000;
const jobs = 6;
const channel: ChatTarget = { platform: 'slack', workspaceId: 'T-budget', channelId: 'C1' };

let harness: Harness;
let model: FakeOpenAiServer;
const tokensPerCall: number[] = [];

beforeAll(async () => {
  model = await startFakeOpenAiServer({
    handler: (request) => {
      const promptCharacters = (request.body.messages ?? []).reduce(
        (sum, message) => sum + message.content.length,
        0,
      );
      const usage = { prompt_tokens: Math.ceil(promptCharacters / 4), completion_tokens: 150 };
      tokensPerCall.push(usage.prompt_tokens + usage.completion_tokens);
      return fakeReplies.json(seedBriefs.faithful, { usage });
    },
  });
  harness = await startHarness('budget', {
    BRIEF_ENGINE: 'openai',
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: model.baseUrl,
    OPENAI_MODEL: 'fake-model',
    OPENAI_MAX_RETRIES: '0',
    WORKSPACE_DAILY_TOKEN_BUDGET: String(budget),
  });
});
afterAll(async () => {
  await harness.close();
  await model.close();
});

async function summarize(text: string, userId: string): Promise<string> {
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

describe('the daily token budget under concurrent brief jobs', () => {
  it('reserves before each call, so the day ends within one call of the budget and later briefs are offline, labelled', async () => {
    const pasted = seedText.replace(/\n/g, ' ');
    // Each text differs, so no brief is served from another's cache and every job needs the model.
    const progressIds = await Promise.all(
      Array.from({ length: jobs }, (_, index) =>
        summarize(`${pasted} Editor’s note ${index + 1}.`, `U${index + 1}`),
      ),
    );
    const footers: string[] = [];
    for (const progressId of progressIds) {
      const brief = await harness.publisher.waitFor(
        (post) => post.kind === 'update' && post.messageId === progressId,
        30_000,
      );
      const footer = brief.message.blocks.find(
        (block) => block.type === 'context' && block.text.startsWith('Read from'),
      );
      footers.push(footer?.type === 'context' ? footer.text : '');
    }

    const today = new Date().toISOString().slice(0, 10);
    const recorded = await harness.service.stores.usageMeter.tokensUsed(channel.workspaceId, today);
    const spentByModel = tokensPerCall.reduce((sum, tokens) => sum + tokens, 0);
    expect(tokensPerCall.length).toBeGreaterThan(0);
    expect(recorded).toBe(spentByModel);
    expect(recorded).toBeLessThanOrEqual(budget + Math.max(...tokensPerCall));

    const byModel = footers.filter((footer) => footer.includes('Written by fake-model'));
    const overBudget = footers.filter((footer) =>
      footer.includes(
        'the offline extractive engine because the model failed: This workspace’s daily model budget is spent',
      ),
    );
    expect(byModel).toHaveLength(model.requests.length);
    expect(overBudget).toHaveLength(jobs - model.requests.length);
    expect(overBudget.length).toBeGreaterThan(0);
  });
});
