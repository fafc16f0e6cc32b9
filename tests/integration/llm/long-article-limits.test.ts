import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPromptLibrary } from '../../../src/adapters/llm/load-prompt-library.ts';
import { createOpenAiLlmClient } from '../../../src/adapters/llm/openai/create-openai-llm-client.ts';
import { createMemoryUsageMeter } from '../../../src/adapters/store/memory/create-memory-usage-meter.ts';
import { createBudgetedLlmClient } from '../../../src/core/budgets/create-budgeted-llm-client.ts';
import { createModelBriefWriter } from '../../../src/core/engines/model-brief/create-model-brief-writer.ts';
import { createOfflineBriefWriter } from '../../../src/core/engines/offline/create-offline-brief-writer.ts';
import { buildBriefMessage } from '../../../src/core/messages/build-brief-message.ts';
import type { Article } from '../../../src/core/model/article.ts';
import type { LlmClient } from '../../../src/core/ports/llm-client.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { systemClock } from '../../../src/core/ports/clock.ts';
import { briefArticle } from '../../../src/core/pipeline/brief-article.ts';
import { fakeReplies, startFakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import type { FakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import { seedBriefs } from '../../fakes/openai/seed-model-replies.ts';

const prompts = await loadPromptLibrary();
const seedText = await readFile(
  new URL('../../../seeds/putin-trump-ukraine-2024-11-28.txt', import.meta.url),
  'utf8',
);
const lastWords = 'The closing paragraph of this page was written in Zanzibar.';
const page = (text: string): Article => ({
  id: `page-${text.length}`,
  title: 'Putin Says He’s Confident Trump Can Navigate Ukraine Crisis',
  text,
  source: { origin: 'page', completeness: 'full', location: 'https://news.example.com/long' },
});
/** The seed five times over: with a 2,000-token window, well over a dozen parts. */
const longPage = page(`${Array.from({ length: 5 }, () => seedText).join('\n\n')}\n\n${lastWords}`);

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A model that answers every brief and combine call with the faithful seed brief. */
async function fakeModel(usage?: { prompt_tokens: number; completion_tokens: number }) {
  server = await startFakeOpenAiServer({
    handler: () => fakeReplies.json(seedBriefs.faithful, usage === undefined ? {} : { usage }),
  });
  const llm = createOpenAiLlmClient({
    apiKey: 'k',
    baseUrl: server.baseUrl,
    model: 'fake-model',
    maxRetries: 0,
    logger: silentLogger,
  });
  return { server, llm };
}

async function footerOf(article: Article, llm: LlmClient, maxParts: number): Promise<string> {
  const writer = createModelBriefWriter({
    llm,
    prompts,
    logger: silentLogger,
    contextTokens: 2_000,
    maxParts,
  });
  const brief = await briefArticle(
    {
      writer,
      fallbackWriter: createOfflineBriefWriter(),
      clock: systemClock,
      logger: silentLogger,
    },
    article,
    { length: 'standard' },
  );
  const footer = buildBriefMessage(article, brief).blocks.find(
    (block) => block.type === 'context' && block.text.startsWith('Read from'),
  );
  return footer?.type === 'context' ? footer.text : '';
}

describe('a very long article', () => {
  it('sends at most MODEL_MAX_PARTS parts to the model, and the footer says how many of how many', async () => {
    const { server, llm } = await fakeModel();
    const footer = await footerOf(longPage, llm, 3);
    // Three parts, then one call that combines their briefs.
    expect(server.requests).toHaveLength(4);
    expect(JSON.stringify(server.requests.map((request) => request.body))).not.toContain(
      'Zanzibar',
    );
    const total = Number(/Read the first 3 of (\d+) parts of a very long page/.exec(footer)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(footer).toContain('Written by fake-model');
  });

  it('is read whole, with no such note, when it fits the parts allowed', async () => {
    const { server, llm } = await fakeModel();
    const footer = await footerOf(page(seedText), llm, 6);
    expect(server.requests.length).toBeLessThanOrEqual(7);
    expect(footer).not.toContain('parts');
    expect(footer).toContain('Written by fake-model');
  });

  it('comes from the offline engine, labelled, when the budget runs out between its parts', async () => {
    // Each part call reserves about 2,000 tokens and spends 1,000: the third no longer fits 3,500.
    const { server, llm } = await fakeModel({ prompt_tokens: 900, completion_tokens: 100 });
    const meter = createMemoryUsageMeter();
    const budgeted = createBudgetedLlmClient(llm, {
      meter,
      workspaceKey: 'T1',
      dailyTokens: 3_500,
      leaseMs: 600_000,
      clock: systemClock,
      logger: silentLogger,
    });
    const footer = await footerOf(longPage, budgeted, 6);
    expect(server.requests).toHaveLength(2);
    expect(footer).toContain(
      'Written by the offline extractive engine because the model failed: This workspace’s daily model budget is spent',
    );
    expect(footer).not.toContain('parts');
    const today = new Date().toISOString().slice(0, 10);
    expect(await meter.tokensUsed('T1', today)).toBe(2_000);
  });
});
