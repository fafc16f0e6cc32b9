import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenAiLlmClient } from '../../../src/adapters/llm/openai/create-openai-llm-client.ts';
import { createRedisUsageMeter } from '../../../src/adapters/store/redis/create-redis-usage-meter.ts';
import {
  budgetSpentMessage,
  createBudgetedLlmClient,
} from '../../../src/core/budgets/create-budgeted-llm-client.ts';
import { estimateRequestTokens } from '../../../src/core/budgets/estimate-request-tokens.ts';
import type { AppError } from '../../../src/core/errors.ts';
import type { LlmRequest } from '../../../src/core/ports/llm-client.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import type { UsageMeter } from '../../../src/core/ports/usage-limits.ts';
import { fakeReplies, startFakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import type { FakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';

const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
const filePrefix = uniqueTestPrefix('budgeted-llm');
let meterCount = 0;
beforeAll(async () => redis.connect());
afterAll(async () => {
  await deleteKeysUnder(redis, filePrefix);
  await redis.quit();
});

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const answer = z.object({ answer: z.string() });
const request: LlmRequest<{ answer: string }> = {
  messages: [
    { role: 'system', content: 'Answer from the article only.' },
    {
      role: 'user',
      content: `<article>${'Putin spoke in Astana on Thursday. '.repeat(40)}</article>`,
    },
  ],
  output: { name: 'answer', schema: answer },
  maxOutputTokens: 200,
};
const estimate = estimateRequestTokens(request);
const good = fakeReplies.json(
  { answer: 'In Astana.' },
  { usage: { prompt_tokens: 300, completion_tokens: 20 } },
);
const today = () => new Date().toISOString().slice(0, 10);

async function setUp(dailyTokens: number) {
  server = await startFakeOpenAiServer();
  meterCount += 1;
  const meter: UsageMeter = createRedisUsageMeter(redis, {
    prefix: `${filePrefix}:m${meterCount}`,
  });
  const spent: number[] = [];
  const llm = createBudgetedLlmClient(
    createOpenAiLlmClient({
      apiKey: 'k',
      baseUrl: server.baseUrl,
      model: 'fake-model',
      maxRetries: 0,
      logger: silentLogger,
    }),
    {
      meter,
      workspaceKey: 'T1',
      dailyTokens,
      leaseMs: 600_000,
      clock: { now: () => new Date() },
      logger: silentLogger,
      onTokensSpent: (tokens) => spent.push(tokens),
    },
  );
  return { server, llm, spent, used: () => meter.tokensUsed('T1', today()) };
}

describe('a model behind the daily token budget', () => {
  it('refuses a call that does not fit, before the model sees it, with the budget sentence', async () => {
    const { server, llm, used } = await setUp(estimate - 1);
    server.enqueue(good);
    const failure = (await llm.complete(request).catch((error: unknown) => error)) as AppError;
    expect(failure.code).toBe('budget-spent');
    expect(failure.userMessage).toBe(budgetSpentMessage);
    expect(server.requests).toHaveLength(0);
    expect(await used()).toBe(0);
  });

  it('records the tokens the server reported, not the estimate', async () => {
    const { server, llm, spent, used } = await setUp(estimate);
    server.enqueue(good);
    await llm.complete(request);
    expect(await used()).toBe(320);
    expect(spent).toEqual([320]);
  });

  it('releases the hold when the model fails, so the budget is not leaked', async () => {
    // Room for one call's hold, not two: a hold kept after the failure would refuse the retry.
    const { server, llm, used } = await setUp(Math.floor(estimate * 1.5));
    server.enqueue(fakeReplies.serverError(500), good);
    await expect(llm.complete(request)).rejects.toMatchObject({ code: 'llm-unavailable' });
    expect(await used()).toBe(0);
    await expect(llm.complete(request)).resolves.toMatchObject({ value: { answer: 'In Astana.' } });
    expect(server.requests).toHaveLength(2);
    expect(await used()).toBe(320);
  });

  it('releases the hold of an aborted call', async () => {
    const { server, llm, used } = await setUp(Math.floor(estimate * 1.5));
    server.enqueue(fakeReplies.hang(), good);
    const controller = new AbortController();
    const pending = llm.complete({ ...request, signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(pending).rejects.toBeDefined();
    await expect(llm.complete(request)).resolves.toMatchObject({ value: { answer: 'In Astana.' } });
    expect(await used()).toBe(320);
  });

  it('counts the tokens of answers it could not use', async () => {
    const { server, llm, used } = await setUp(estimate * 3);
    server.enqueue(
      fakeReplies.text('not json', { usage: { prompt_tokens: 300, completion_tokens: 5 } }),
      fakeReplies.text('still not', { usage: { prompt_tokens: 320, completion_tokens: 5 } }),
    );
    await expect(llm.complete(request)).rejects.toMatchObject({ code: 'llm-invalid-output' });
    expect(await used()).toBe(630);
  });

  it('still counts every call when the budget is 0 (no limit)', async () => {
    const { server, llm, used } = await setUp(0);
    server.enqueue(good, good);
    await llm.complete(request);
    await llm.complete(request);
    expect(await used()).toBe(640);
  });
});
