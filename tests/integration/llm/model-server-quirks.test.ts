import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPromptLibrary } from '../../../src/adapters/llm/load-prompt-library.ts';
import { createOpenAiLlmClient } from '../../../src/adapters/llm/openai/create-openai-llm-client.ts';
import { createModelBriefWriter } from '../../../src/core/engines/model-brief/create-model-brief-writer.ts';
import type { Article } from '../../../src/core/model/article.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { fakeReplies, startFakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import type {
  FakeOpenAiServer,
  FakeReply,
  FakeServerOptions,
} from '../../fakes/fake-openai-server.ts';
import { seedBriefs } from '../../fakes/openai/seed-model-replies.ts';

const prompts = await loadPromptLibrary();
const seedText = await readFile(
  new URL('../../../seeds/putin-trump-ukraine-2024-11-28.txt', import.meta.url),
  'utf8',
);
const seed: Article = {
  id: 'seed',
  title: 'Putin Says He’s Confident Trump Can Navigate Ukraine Crisis, Repair US–Russia Ties',
  text: seedText,
  source: { origin: 'file', completeness: 'full', location: 'seeds/seed.txt' },
};
const answer = JSON.stringify(seedBriefs.faithful);
const thinking =
  'Okay, the user wants a brief as JSON: {"headline": …, "bullets": [ … ]}. Let me draft ' +
  '{"headline": "Putin on Trump"} — no, the schema needs quotes too. The article says Putin ' +
  'called Trump "clever and experienced" {sic}. Done thinking.';

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function briefFrom(
  serverOptions: FakeServerOptions,
  replies: FakeReply[],
  clientOptions: { stream?: boolean; model: string },
) {
  server = await startFakeOpenAiServer(serverOptions);
  server.enqueue(...replies);
  const llm = createOpenAiLlmClient({
    apiKey: 'local',
    baseUrl: server.baseUrl,
    retryBaseDelayMs: 10,
    logger: silentLogger,
    ...clientOptions,
  });
  return createModelBriefWriter({ llm, prompts, logger: silentLogger }).write(seed, {
    length: 'standard',
  });
}

// Each server as it answers a reasoning model, quirks included; every brief must be the
// model's own (engine openai, its headline), never the offline fallback.
describe('OpenAI-compatible servers as they are', () => {
  it('Ollama with a thinking model: <think> in the reply, then the JSON', async () => {
    const draft = await briefFrom(
      {},
      [fakeReplies.text(`<think>\n${thinking}\n</think>\n\n${answer}`)],
      { model: 'qwen3:8b' },
    );
    expect(draft.engine.name).toBe('openai');
    expect(draft.headline).toBe(seedBriefs.faithful.headline);
    expect(server?.requests).toHaveLength(1);
  });

  it('Ollama cutting the thinking off at the token limit: asked again with room', async () => {
    const draft = await briefFrom(
      {},
      [
        fakeReplies.truncated(`<think>\n${thinking} Now {"headline": "Pu`),
        fakeReplies.text(`<think>\n${thinking}\n</think>\n${answer}`),
      ],
      { model: 'deepseek-r1:14b' },
    );
    expect(draft.headline).toBe(seedBriefs.faithful.headline);
    const limits = server?.requests.map(
      (request) => request.body.max_tokens ?? request.body.max_completion_tokens,
    );
    expect(limits?.[1]).toBe((limits?.[0] ?? 0) * 3);
  });

  it('vLLM without a reasoning parser: thinking and a fenced answer in the content', async () => {
    const draft = await briefFrom(
      {},
      [fakeReplies.text(`<think>${thinking}</think>\n\`\`\`json\n${answer}\n\`\`\``)],
      { model: 'Qwen/QwQ-32B' },
    );
    expect(draft.headline).toBe(seedBriefs.faithful.headline);
  });

  it('vLLM with a reasoning parser: reasoning_content beside the answer', async () => {
    const draft = await briefFrom(
      {},
      [fakeReplies.text(answer, { reasoning: { field: 'reasoning_content', text: thinking } })],
      { model: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B' },
    );
    expect(draft.headline).toBe(seedBriefs.faithful.headline);
  });

  it('llama.cpp: json_schema refused, reasoning_content, answer after a blank line', async () => {
    const draft = await briefFrom(
      { rejectJsonSchema: true },
      [
        fakeReplies.text(`\n\n${answer}`, {
          reasoning: { field: 'reasoning_content', text: thinking },
          usage: null,
        }),
      ],
      { model: 'qwen3-8b-q4_k_m.gguf' },
    );
    expect(draft.headline).toBe(seedBriefs.faithful.headline);
    expect(server?.requests.map((request) => request.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
    ]);
  });

  it('OpenRouter streaming: keep-alive comments, a reasoning field, then the answer', async () => {
    const draft = await briefFrom(
      {},
      [
        fakeReplies.text(answer, {
          reasoning: { field: 'reasoning', text: thinking },
          keepAliveComments: true,
        }),
      ],
      { model: 'deepseek/deepseek-r1', stream: true },
    );
    expect(draft.headline).toBe(seedBriefs.faithful.headline);
    expect(server?.requests[0]?.body.stream).toBe(true);
  });
});
