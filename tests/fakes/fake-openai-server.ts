/**
 * A small OpenAI-compatible Chat Completions server for tests: the real openai SDK talks to it
 * over HTTP. Each test scripts its replies (queued, then a default handler) and reads back
 * every request it received, so it can assert on what was sent (delimiters, response_format).
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (Chat Completions request). */
  body: ChatRequestBody;
}

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content: string }[];
  response_format?: {
    type: string;
    json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> };
  };
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  temperature?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
  [key: string]: unknown;
}

export type FakeReply =
  | {
      type: 'completion';
      content: string;
      finishReason?: 'stop' | 'length' | 'content_filter';
      refusal?: string;
      /** null omits usage (like some local servers); undefined computes a rough count. */
      usage?: { prompt_tokens: number; completion_tokens: number } | null;
      model?: string;
      /**
       * Thinking sent beside the answer, as servers with a reasoning parser do: vLLM and
       * llama.cpp (`reasoning_content`), OpenRouter and newer Ollama (`reasoning`).
       */
      reasoning?: { field: 'reasoning_content' | 'reasoning'; text: string };
      /** SSE comment lines between events, as OpenRouter sends while a model is slow to start. */
      keepAliveComments?: boolean;
    }
  | { type: 'error'; status: number; message: string; headers?: Record<string, string> }
  | { type: 'raw'; status: number; body: string; headers?: Record<string, string> }
  | { type: 'hang' };

export type FakeHandler = (request: RecordedRequest) => FakeReply;

export interface FakeServerOptions {
  /** Answer 400 to response_format json_schema, as llama.cpp, LM Studio and older vLLM do. */
  rejectJsonSchema?: boolean;
  /** Answer 400 to response_format json_object as well (plain text only). */
  rejectJsonObject?: boolean;
  /** What to answer when the queue is empty; a 500 by default so a missing script is loud. */
  handler?: FakeHandler;
}

export interface FakeOpenAiServer {
  /** Pass as the SDK's baseURL. */
  baseUrl: string;
  requests: RecordedRequest[];
  enqueue(...replies: FakeReply[]): void;
  setHandler(handler: FakeHandler): void;
  close(): Promise<void>;
}

export async function startFakeOpenAiServer(
  options: FakeServerOptions = {},
): Promise<FakeOpenAiServer> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  let handler: FakeHandler =
    options.handler ??
    (() => ({ type: 'error', status: 500, message: 'fake server: no reply scripted' }));

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = (text === '' ? {} : JSON.parse(text)) as ChatRequestBody;
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body,
      };
      requests.push(request);
      if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
        sendError(response, {
          type: 'error',
          status: 404,
          message: `fake server: no route ${request.method} ${request.path}`,
        });
        return;
      }
      const formatType = body.response_format?.type;
      if (
        (formatType === 'json_schema' && options.rejectJsonSchema) ||
        (formatType === 'json_object' && options.rejectJsonObject)
      ) {
        sendError(response, {
          type: 'error',
          status: 400,
          message: `response_format type "${formatType}" is not supported by this server`,
        });
        return;
      }
      const reply = queue.shift() ?? handler(request);
      if (reply.type === 'hang') return; // never answers; the client's timeout or abort must end it
      if (reply.type === 'error') sendError(response, reply);
      else if (reply.type === 'raw') {
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        response.end(reply.body);
      } else if (body.stream === true) sendStream(response, body, reply);
      else sendCompletion(response, body, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    setHandler: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type CompletionReply = Extract<FakeReply, { type: 'completion' }>;

function usageFor(body: ChatRequestBody, reply: CompletionReply) {
  if (reply.usage === null) return undefined;
  if (reply.usage !== undefined)
    return {
      ...reply.usage,
      total_tokens: reply.usage.prompt_tokens + reply.usage.completion_tokens,
    };
  const promptCharacters = (body.messages ?? []).reduce(
    (sum, message) => sum + message.content.length,
    0,
  );
  const prompt = Math.ceil(promptCharacters / 4);
  const completion = Math.ceil(reply.content.length / 4);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
}

function sendCompletion(
  response: ServerResponse,
  body: ChatRequestBody,
  reply: CompletionReply,
): void {
  const usage = usageFor(body, reply);
  const completion = {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? body.model ?? 'fake-model',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: reply.refusal === undefined ? reply.content : null,
          refusal: reply.refusal ?? null,
          ...(reply.reasoning === undefined
            ? {}
            : { [reply.reasoning.field]: reply.reasoning.text }),
        },
        finish_reason: reply.finishReason ?? 'stop',
        logprobs: null,
      },
    ],
    ...(usage === undefined ? {} : { usage }),
  };
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(completion));
}

/** SSE as OpenAI sends it: `data: {chunk}` events, a usage-only chunk on request, then `data: [DONE]`. */
function sendStream(response: ServerResponse, body: ChatRequestBody, reply: CompletionReply): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const base = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? body.model ?? 'fake-model',
  };
  const send = (chunk: object) =>
    response.write(`data: ${JSON.stringify({ ...base, ...chunk })}\n\n`);
  if (reply.keepAliveComments === true) response.write(': OPENROUTER PROCESSING\n\n');
  send({ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
  if (reply.reasoning !== undefined) {
    const field = reply.reasoning.field;
    for (let start = 0; start < reply.reasoning.text.length; start += 16) {
      if (reply.keepAliveComments === true) response.write(': OPENROUTER PROCESSING\n\n');
      send({
        choices: [
          {
            index: 0,
            delta: { content: null, [field]: reply.reasoning.text.slice(start, start + 16) },
            finish_reason: null,
          },
        ],
      });
    }
  }
  if (reply.refusal !== undefined)
    send({ choices: [{ index: 0, delta: { refusal: reply.refusal }, finish_reason: null }] });
  for (let start = 0; start < reply.content.length; start += 16) {
    send({
      choices: [
        {
          index: 0,
          delta: { content: reply.content.slice(start, start + 16) },
          finish_reason: null,
        },
      ],
    });
  }
  send({ choices: [{ index: 0, delta: {}, finish_reason: reply.finishReason ?? 'stop' }] });
  const usage = usageFor(body, reply);
  if (body.stream_options?.include_usage === true && usage !== undefined)
    send({ choices: [], usage });
  response.end('data: [DONE]\n\n');
}

function sendError(response: ServerResponse, reply: Extract<FakeReply, { type: 'error' }>): void {
  response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  response.end(
    JSON.stringify({
      error: { message: reply.message, type: 'invalid_request_error', param: null, code: null },
    }),
  );
}

/** Reply builders for the situations the tests script. */
export const fakeReplies = {
  json: (value: unknown, extra: Partial<CompletionReply> = {}): FakeReply => ({
    type: 'completion',
    content: JSON.stringify(value),
    ...extra,
  }),
  text: (content: string, extra: Partial<CompletionReply> = {}): FakeReply => ({
    type: 'completion',
    content,
    ...extra,
  }),
  refusal: (refusal: string): FakeReply => ({ type: 'completion', content: '', refusal }),
  truncated: (content: string): FakeReply => ({
    type: 'completion',
    content,
    finishReason: 'length',
  }),
  rateLimited: (headers: Record<string, string>): FakeReply => ({
    type: 'error',
    status: 429,
    message: 'Rate limit reached',
    headers,
  }),
  serverError: (status = 500): FakeReply => ({
    type: 'error',
    status,
    message: 'The server had an error processing your request',
  }),
  error: (status: number, message: string): FakeReply => ({ type: 'error', status, message }),
  hang: (): FakeReply => ({ type: 'hang' }),
};
