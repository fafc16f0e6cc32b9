import { afterEach, describe, it, expect } from 'vitest';
import { z } from 'zod';
import { createOpenAiLlmClient } from '../../../src/adapters/llm/openai/create-openai-llm-client.ts';
import type { OpenAiLlmClientOptions } from '../../../src/adapters/llm/openai/create-openai-llm-client.ts';
import { AppError } from '../../../src/core/errors.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import type { LlmMessage } from '../../../src/core/ports/llm-client.ts';
import { fakeReplies, startFakeOpenAiServer } from '../../fakes/fake-openai-server.ts';
import type { FakeOpenAiServer, FakeServerOptions } from '../../fakes/fake-openai-server.ts';

const answer = z.object({
  answer: z.string(),
  citedSentenceNumbers: z.array(z.number().int()),
  answerable: z.boolean(),
});
const good = { answer: 'Putin spoke in Astana.', citedSentenceNumbers: [3], answerable: true };
const messages: LlmMessage[] = [
  { role: 'system', content: 'Answer from the sentences.' },
  { role: 'user', content: '<question>Where did Putin speak?</question>' },
];

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(
  serverOptions: FakeServerOptions = {},
  clientOptions: Partial<OpenAiLlmClientOptions> = {},
) {
  server = await startFakeOpenAiServer(serverOptions);
  const client = createOpenAiLlmClient({
    apiKey: 'test-key',
    baseUrl: server.baseUrl,
    model: 'fake-model',
    retryBaseDelayMs: 10,
    logger: silentLogger,
    ...clientOptions,
  });
  return { server, client };
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const ask = {
  messages,
  output: { name: 'question-answer', schema: answer },
  maxOutputTokens: 300,
  temperature: 0,
};

describe('createOpenAiLlmClient against an OpenAI-compatible server', () => {
  it('asks for strict json_schema output and returns the validated value with usage', async () => {
    const { server, client } = await setUp();
    server.enqueue(
      fakeReplies.json(good, { usage: { prompt_tokens: 120, completion_tokens: 30 } }),
    );
    const response = await client.complete(ask);
    expect(response).toEqual({
      value: good,
      model: 'fake-model',
      usage: { promptTokens: 120, completionTokens: 30, calls: 1 },
    });
    expect(server.requests).toHaveLength(1);
    const body = server.requests[0]?.body;
    expect(body?.response_format?.type).toBe('json_schema');
    expect(body?.response_format?.json_schema?.strict).toBe(true);
    expect(body?.response_format?.json_schema?.schema['required']).toEqual([
      'answer',
      'citedSentenceNumbers',
      'answerable',
    ]);
    expect(body?.messages).toEqual(messages);
    expect(body?.max_tokens).toBe(300);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('falls back json_schema → json_object → plain text, and remembers what worked', async () => {
    const { server, client } = await setUp({ rejectJsonSchema: true, rejectJsonObject: true });
    server.setHandler(() =>
      fakeReplies.text(`Here is the answer:\n\`\`\`json\n${JSON.stringify(good)}\n\`\`\``),
    );
    expect((await client.complete(ask)).value).toEqual(good);
    expect(server.requests.map((request) => request.body.response_format?.type ?? 'text')).toEqual([
      'json_schema',
      'json_object',
      'text',
    ]);
    // Without json_schema the schema travels in the system message.
    expect(server.requests[2]?.body.messages?.[0]?.content).toContain(
      'matching this JSON Schema: {"type":"object"',
    );

    expect((await client.complete(ask)).value).toEqual(good);
    expect(server.requests).toHaveLength(4);
    expect(server.requests[3]?.body.response_format).toBeUndefined();
  });

  it('stops at json_object when the server supports it', async () => {
    const { server, client } = await setUp({ rejectJsonSchema: true });
    server.setHandler(() => fakeReplies.json(good));
    expect((await client.complete(ask)).value).toEqual(good);
    expect(server.requests.map((request) => request.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
    ]);
  });

  it('reads an SSE stream, usage included', async () => {
    const { server, client } = await setUp({}, { stream: true });
    server.enqueue(fakeReplies.json(good, { usage: { prompt_tokens: 50, completion_tokens: 20 } }));
    const response = await client.complete(ask);
    expect(response.value).toEqual(good);
    expect(response.usage).toEqual({ promptTokens: 50, completionTokens: 20, calls: 1 });
    expect(server.requests[0]?.body.stream).toBe(true);
  });

  it('waits what retry-after asks (within the cap), then succeeds', async () => {
    const { server, client } = await setUp({}, { maxRetryAfterMs: 2_000 });
    server.enqueue(fakeReplies.rateLimited({ 'retry-after-ms': '300' }), fakeReplies.json(good));
    const started = Date.now();
    expect((await client.complete(ask)).value).toEqual(good);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up at once, retryable, when retry-after is longer than the cap', async () => {
    const { server, client } = await setUp({}, { maxRetryAfterMs: 1_000 });
    server.enqueue(fakeReplies.rateLimited({ 'retry-after': '30' }));
    const started = Date.now();
    const error = await failureOf(client.complete(ask));
    expect(Date.now() - started).toBeLessThan(10_000); // did not wait the 30 s asked
    expect(error.code).toBe('llm-unavailable');
    expect(error.retryable).toBe(true);
    expect(error.userMessage).toBe(
      'The language model is rate-limited right now; please try again in a few minutes.',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('retries 500s up to maxRetries, then reports the model unavailable', async () => {
    const { server, client } = await setUp({}, { maxRetries: 2 });
    server.setHandler(() => fakeReplies.serverError(503));
    const error = await failureOf(client.complete(ask));
    expect(error.code).toBe('llm-unavailable');
    expect(error.retryable).toBe(true);
    expect(error.userMessage).toBe(
      'The language model is not responding right now; please try again in a few minutes.',
    );
    expect(server.requests).toHaveLength(3);
  });

  it('recovers when a 500 is followed by an answer', async () => {
    const { server, client } = await setUp();
    server.enqueue(fakeReplies.serverError(), fakeReplies.json(good));
    expect((await client.complete(ask)).value).toEqual(good);
    expect(server.requests).toHaveLength(2);
  });

  it('times out a hanging server with its own timeout', async () => {
    const { server, client } = await setUp({}, { timeoutMs: 300, maxRetries: 1 });
    server.setHandler(() => fakeReplies.hang());
    const started = Date.now();
    const error = await failureOf(client.complete(ask));
    expect(error.code).toBe('llm-unavailable');
    expect(error.retryable).toBe(true);
    expect(error.details['timedOut']).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000); // not the SDK's 10-minute default
    expect(server.requests).toHaveLength(2);
  });

  it("stops as soon as the caller's signal aborts, without retrying", async () => {
    const { server, client } = await setUp({}, { timeoutMs: 10_000 });
    server.setHandler(() => fakeReplies.hang());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const error = await failureOf(client.complete({ ...ask, signal: controller.signal }));
    expect(error.code).toBe('llm-unavailable');
    expect(error.retryable).toBe(false);
    expect(error.userMessage).toBe('The model request was cancelled.');
    expect(server.requests).toHaveLength(1);
  });

  it('repairs malformed JSON once, showing the model its reply and the problem', async () => {
    const { server, client } = await setUp();
    server.enqueue(
      fakeReplies.text('{"answer": "Putin spoke in Astana.", citedSentenceNumbers: [3]'),
      fakeReplies.json(good, { usage: { prompt_tokens: 10, completion_tokens: 5 } }),
    );
    const response = await client.complete(ask);
    expect(response.value).toEqual(good);
    expect(response.usage.calls).toBe(2);
    const repair = server.requests[1]?.body.messages ?? [];
    expect(repair).toHaveLength(4);
    expect(repair[2]).toEqual({
      role: 'assistant',
      content: '{"answer": "Putin spoke in Astana.", citedSentenceNumbers: [3]',
    });
    expect(repair[3]?.content).toBe(
      'That reply is not usable: the reply is not valid JSON. Reply again with only the corrected JSON object.',
    );
  });

  it('fails with llm-invalid-output when the repair is no better', async () => {
    const { server, client } = await setUp();
    server.setHandler(() => fakeReplies.json({ answer: 'Astana', answerable: 'yes' }));
    const error = await failureOf(client.complete(ask));
    expect(error.code).toBe('llm-invalid-output');
    expect(error.userMessage).toBe('The language model did not return a usable answer.');
    expect(String(error.details['problem'])).toContain('citedSentenceNumbers');
    expect(server.requests).toHaveLength(2);
  });

  it('reports a refusal as llm-refused', async () => {
    const { server, client } = await setUp();
    server.enqueue(fakeReplies.refusal("I'm sorry, I can't help with that."));
    const error = await failureOf(client.complete(ask));
    expect(error.code).toBe('llm-refused');
    expect(error.userMessage).toBe('The language model declined to work on this text.');
    expect(server.requests).toHaveLength(1);
  });

  it('asks once more with room to finish when a reply is cut off by the token limit', async () => {
    const { server, client } = await setUp();
    server.enqueue(fakeReplies.truncated('{"answer": "Putin spoke in'), fakeReplies.json(good));
    const response = await client.complete(ask);
    expect(response.value).toEqual(good);
    expect(server.requests.map((request) => request.body.max_tokens)).toEqual([300, 900]);
    expect(response.usage.calls).toBe(2);
  });

  it('reports a reply cut off twice as llm-invalid-output, without a repair', async () => {
    const { server, client } = await setUp();
    server.enqueue(
      fakeReplies.truncated('{"answer": "Putin spoke in'),
      fakeReplies.truncated('{"answer": "Putin spoke in Ast'),
    );
    const error = await failureOf(client.complete(ask));
    expect(error.code).toBe('llm-invalid-output');
    expect(error.userMessage).toBe(
      "The language model's answer was cut off before it was complete.",
    );
    expect(server.requests).toHaveLength(2);
  });

  it('reports a rejected key plainly and does not retry', async () => {
    const { server, client } = await setUp();
    server.enqueue(fakeReplies.error(401, 'Incorrect API key provided'));
    const error = await failureOf(client.complete(ask));
    expect(error.code).toBe('llm-unavailable');
    expect(error.retryable).toBe(false);
    expect(error.userMessage).toBe('The language model server rejected our API key.');
    expect(server.requests).toHaveLength(1);
  });

  it('estimates usage when the server reports none', async () => {
    const { server, client } = await setUp();
    server.enqueue(fakeReplies.json(good, { usage: null }));
    const response = await client.complete(ask);
    expect(response.usage.calls).toBe(1);
    expect(response.usage.promptTokens).toBeGreaterThan(10);
    expect(response.usage.completionTokens).toBeGreaterThan(10);
  });
});

describe('createOpenAiLlmClient parameter quirks', () => {
  it('does not downgrade the response format for an unrelated 400, and drops a rejected temperature', async () => {
    const { server, client } = await setUp();
    server.enqueue(
      fakeReplies.error(
        400,
        "Unsupported value: 'temperature' does not support 0 with this model.",
      ),
      fakeReplies.json(good),
    );
    expect((await client.complete(ask)).value).toEqual(good);
    expect(
      server.requests.map((request) => [
        request.body.response_format?.type,
        request.body.temperature,
      ]),
    ).toEqual([
      ['json_schema', 0],
      ['json_schema', undefined],
    ]);
  });

  it('switches to max_completion_tokens when the server asks for it', async () => {
    const { server, client } = await setUp();
    server.enqueue(
      fakeReplies.error(
        400,
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      ),
      fakeReplies.json(good),
    );
    expect((await client.complete(ask)).value).toEqual(good);
    expect(server.requests[1]?.body.max_completion_tokens).toBe(300);
    expect(server.requests[1]?.body.max_tokens).toBeUndefined();
  });
});
