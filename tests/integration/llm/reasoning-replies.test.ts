import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenAiLlmClient } from '../../../src/adapters/llm/openai/create-openai-llm-client.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { fakeReplies, startFakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import type { FakeOpenAiServer } from '../../fakes/fake-openai-server.ts';

const answer = z.object({ answer: z.string(), answerable: z.boolean() });
const good = { answer: 'Putin spoke in Astana.', answerable: true };
const ask = {
  messages: [{ role: 'user' as const, content: 'Where did Putin speak?' }],
  output: { name: 'question-answer', schema: answer },
  maxOutputTokens: 300,
};

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientAnswering(content: string) {
  server = await startFakeOpenAiServer({ rejectJsonSchema: true, rejectJsonObject: true });
  server.enqueue(fakeReplies.text(content));
  return createOpenAiLlmClient({
    apiKey: 'local',
    baseUrl: server.baseUrl,
    model: 'qwen3:8b',
    structuredOutput: 'none',
    logger: silentLogger,
  });
}

// A local reasoning model without a reasoning parser thinks aloud in the reply itself, braces
// and drafts included; the answer is what follows the thinking.
describe('replies of reasoning models', () => {
  it('reads the JSON after a <think> block full of braces and drafts', async () => {
    const client = await clientAnswering(
      '<think>\nThe user wants {"answer": …}. Draft: {"answer": "Moscow"} — no, the text says Astana. ' +
        'Format: { answer, answerable }.\n</think>\n\n' +
        JSON.stringify(good),
    );
    const response = await client.complete(ask);
    expect(response.value).toEqual(good);
    expect(server?.requests).toHaveLength(1);
  });

  it('reads a fenced answer after the thinking', async () => {
    const client = await clientAnswering(
      `<think>{ not json }</think>\nHere you go:\n\`\`\`json\n${JSON.stringify(good)}\n\`\`\``,
    );
    expect((await client.complete(ask)).value).toEqual(good);
  });

  it('does not take a draft inside unfinished thinking for the answer', async () => {
    const client = await clientAnswering(
      '<think>Draft: {"answer": "Moscow", "answerable": true} but let me check the',
    );
    server?.enqueue(fakeReplies.json(good));
    // The repair request gets the real answer; the draft was never accepted.
    expect((await client.complete(ask)).value).toEqual(good);
    expect(server?.requests).toHaveLength(2);
  });
});
