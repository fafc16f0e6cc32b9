import { parse as parseQuery } from 'node:querystring';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startLocalHttpServer, type LocalHttpServer } from '../local-http-server.ts';

/** One Web API call (or response_url POST) the fake received. */
export interface SlackCall {
  method: string;
  token?: string;
  args: Record<string, unknown>;
  at: number;
}

export interface FakeSlackUser {
  is_admin?: boolean;
  is_owner?: boolean;
  tz?: string;
}

/** A failure to answer with instead of success: an HTTP 429 (Retry-After) or a Slack error string. */
export type SlackFailure = { status: 429; retryAfterSeconds: number } | { error: string };

/**
 * A local Slack Web API the real WebClient talks to (SLACK_API_URL = `apiUrl`). It answers
 * the methods newsbrief calls, records every call with its decoded arguments (blocks parsed
 * back from JSON), fails on demand (429 with Retry-After, or `{ok:false, error}`), and
 * records POSTs to response URLs it hands out (`responseUrl(name)`).
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /**
   * Every request as it arrives (its method, before any latency or answer), with the notes
   * the test adds (`note('ack')` when our app writes its ack): the order of events across
   * the app's ack and its Web API calls.
   */
  readonly timeline: string[] = [];
  /** Wait this long before answering each Web API call, as the real Slack takes time (benches). */
  latencyMs = 0;
  readonly users = new Map<string, FakeSlackUser>();
  /** oauth.v2.access answers, consumed in order (code exchange, then refreshes). */
  readonly oauthReplies: Record<string, unknown>[] = [];
  private readonly failures: { method: string; failure: SlackFailure }[] = [];
  private tsCounter = 0;
  private server: LocalHttpServer | undefined;

  static async start(): Promise<FakeSlackApi> {
    const fake = new FakeSlackApi();
    fake.server = await startLocalHttpServer((request, response) => fake.handle(request, response));
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get port(): number {
    if (this.server === undefined) throw new Error('fake Slack API not started');
    return this.server.port;
  }

  responseUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/response/${name}`;
  }

  failNext(method: string, failure: SlackFailure, times = 1): void {
    for (let index = 0; index < times; index += 1) this.failures.push({ method, failure });
  }

  note(event: string): void {
    this.timeline.push(event);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the first call matching, polling until the timeout. */
  async waitFor(predicate: (call: SlackCall) => boolean, timeoutMs = 20_000): Promise<SlackCall> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const found = this.calls.find(predicate);
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(
      `no matching Slack call within ${timeoutMs} ms; saw ${JSON.stringify(this.calls.map((call) => [call.method, call.args['text']]))}`,
    );
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const method = path.startsWith('/api/')
      ? path.slice('/api/'.length)
      : `response_url:${path.slice('/response/'.length)}`;
    this.timeline.push(method);
    const body = await readBody(request);
    const args = decodeArgs(body, request.headers['content-type']);
    const authorization = request.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failureIndex = this.failures.findIndex((entry) => entry.method === method);
    if (failureIndex !== -1) {
      const [entry] = this.failures.splice(failureIndex, 1);
      this.calls.push({
        method: `${method}:failed`,
        ...(token === undefined ? {} : { token }),
        args,
        at: Date.now(),
      });
      const failure = entry?.failure;
      if (failure !== undefined && 'status' in failure) {
        response.writeHead(429, {
          'retry-after': String(failure.retryAfterSeconds),
          'content-type': 'application/json',
        });
        response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      json(response, { ok: false, error: failure?.error ?? 'internal_error' });
      return;
    }
    this.calls.push({ method, ...(token === undefined ? {} : { token }), args, at: Date.now() });
    if (method.startsWith('response_url:')) {
      json(response, { ok: true });
      return;
    }
    json(response, this.answer(method, args));
  }

  /**
   * views.publish as Slack answers it: the home view back with an id, or `invalid_arguments`
   * for a view Slack would refuse (not a home view, no user, over 100 blocks).
   */
  private publishView(args: Record<string, unknown>): Record<string, unknown> {
    const view = args['view'] as { type?: string; blocks?: unknown[] } | undefined;
    const blocks = view?.blocks;
    if (
      typeof args['user_id'] !== 'string' ||
      view?.type !== 'home' ||
      !Array.isArray(blocks) ||
      blocks.length > 100
    )
      return { ok: false, error: 'invalid_arguments' };
    return { ok: true, view: { ...view, id: `VHOME${this.calls.length}` } };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'chat.postMessage': {
        this.tsCounter += 1;
        const ts = `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
        return { ok: true, channel: args['channel'], ts, message: { ts, text: args['text'] } };
      }
      case 'chat.update':
        return { ok: true, channel: args['channel'], ts: args['ts'] };
      case 'views.open':
        return { ok: true, view: { id: `V${this.calls.length}` } };
      case 'views.publish':
        return this.publishView(args);
      case 'users.info': {
        const id = String(args['user']);
        return { ok: true, user: { id, ...(this.users.get(id) ?? {}) } };
      }
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };
      case 'oauth.v2.access':
        return this.oauthReplies.shift() ?? { ok: false, error: 'invalid_code' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function decodeArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (body === '') return {};
  if (contentType?.includes('application/json') === true)
    return JSON.parse(body) as Record<string, unknown>;
  const fields = parseQuery(body);
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const text = Array.isArray(value) ? value[0] : value;
    // The WebClient sends objects and arrays (blocks, view) as JSON strings.
    args[key] =
      typeof text === 'string' && (key === 'blocks' || key === 'view' || key === 'attachments')
        ? JSON.parse(text)
        : text;
  }
  return args;
}

function json(response: ServerResponse, value: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}
