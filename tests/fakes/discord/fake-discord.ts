import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeDiscordGateway } from './fake-discord-gateway.ts';
import { channelPayload, guildPayload, userPayload } from './discord-payloads.ts';

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, query removed, `@original` decoded. */
  path: string;
  body: Record<string, unknown> | undefined;
  status: number;
  at: number;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  flags: number;
}

/** A Discord error answer: HTTP status plus the JSON error code and message. */
export interface DiscordErrorAnswer {
  status: number;
  code: number;
  message: string;
}

interface RateLimitRule {
  method: string;
  path: RegExp;
  remaining: number;
  retryAfterSeconds: number;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  guildId?: string;
  channelId?: string;
}

const discordEpochMs = 1_420_070_400_000n;
let increment = 0n;
/**
 * Snowflakes as Discord makes them: milliseconds since the Discord epoch in the high bits, so
 * discord.js reads the right creation time (interaction tokens expire 15 minutes after it).
 */
export function snowflake(): string {
  increment = (increment + 1n) % 4_096n;
  return (((BigInt(Date.now()) - discordEpochMs) << 22n) | (1n << 17n) | increment).toString();
}

/**
 * A local Discord: REST under /api/v10 (interaction callbacks, webhook edits and follow-ups,
 * channel messages, threads, command registration) plus the gateway on the same port. It
 * records every REST call, keeps the messages it was sent, and can answer 429s.
 */
export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const applicationId = options.applicationId ?? '1100000000000000001';
  const botUserId = options.botUserId ?? applicationId;
  const guildId = options.guildId ?? '1200000000000000001';
  const channelId = options.channelId ?? '1200000000000000002';
  const calls: RecordedCall[] = [];
  const messages = new Map<string, FakeMessage>();
  /** The guild's text channels (what GUILD_CREATE lists). */
  const textChannels = new Set([channelId]);
  /** Every channel messages can be posted in: text channels and threads. */
  const channels = new Set([channelId]);
  /** Channels the bot can still see but may no longer post in (lost permission). */
  const refusedChannels = new Map<string, DiscordErrorAnswer>();
  const threads = new Map<string, Record<string, unknown>>();
  const originals = new Map<string, string>();
  const interactionChannels = new Map<string, string>();
  /** Interaction ids that got their one callback. */
  const acknowledged = new Set<string>();
  const rateLimits: RateLimitRule[] = [];
  /** Set once the HTTP server listens; REST handlers dispatch THREAD_CREATE through it. */
  const gatewayHolder: { current?: FakeDiscordGateway } = {};

  const createMessage = (channel: string, body: Record<string, unknown>): FakeMessage => {
    const message: FakeMessage = {
      id: snowflake(),
      channel_id: channel,
      content: String(body.content ?? ''),
      embeds: (body.embeds as Record<string, unknown>[] | undefined) ?? [],
      components: (body.components as Record<string, unknown>[] | undefined) ?? [],
      flags: Number(body.flags ?? 0),
    };
    messages.set(message.id, message);
    return message;
  };
  const editMessage = (message: FakeMessage, body: Record<string, unknown>) => {
    if ('content' in body) message.content = String(body.content ?? '');
    if ('embeds' in body)
      message.embeds = (body.embeds as Record<string, unknown>[] | undefined) ?? [];
    if ('components' in body)
      message.components = (body.components as Record<string, unknown>[] | undefined) ?? [];
  };
  const toApi = (message: FakeMessage) => ({
    ...message,
    guild_id: guildId,
    author: userPayload(botUserId, 'newsbrief', true),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
  });

  const route = (
    method: string,
    path: string,
    body: Record<string, unknown> | undefined,
  ): [number, unknown] => {
    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot')
      return [
        200,
        {
          url: wsUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    if ((match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') {
      // Discord takes one response per interaction; a second is refused.
      if (acknowledged.has(match[1] ?? ''))
        return [400, { code: 40060, message: 'Interaction has already been acknowledged.' }];
      acknowledged.add(match[1] ?? '');
      const token = match[2] ?? '';
      const type = Number(body?.type);
      const data = (body?.data ?? {}) as Record<string, unknown>;
      if (type === 8) {
        // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT: Discord refuses choices over its limits.
        const problem = autocompleteProblem(data.choices);
        return problem === undefined
          ? [204, undefined]
          : [400, { code: 50035, message: 'Invalid Form Body', errors: { data: problem } }];
      }
      if (type === 4 || type === 5) {
        const original = createMessage(
          interactionChannels.get(token) ?? channelId,
          type === 4 ? data : { flags: data.flags },
        );
        originals.set(token, original.id);
      }
      return [204, undefined];
    }
    if ((match = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      const messageId = originals.get(match[2] ?? '');
      // Discord answers an expired (or unknown) interaction token with 401 Invalid Webhook Token.
      if (messageId === undefined) return [401, { code: 50027, message: 'Invalid Webhook Token' }];
      const original = messages.get(messageId);
      if (original === undefined) return [404, { code: 10008, message: 'Unknown Message' }];
      if (method === 'DELETE') {
        messages.delete(original.id);
        return [204, undefined];
      }
      if (method === 'PATCH') editMessage(original, body ?? {});
      return [200, toApi(original)];
    }
    if ((match = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path)) && method === 'POST') {
      return [
        200,
        toApi(createMessage(interactionChannels.get(match[2] ?? '') ?? channelId, body ?? {})),
      ];
    }
    if ((match = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path)) && method === 'POST') {
      const [, parent = '', messageId = ''] = match;
      const refused = refusedChannels.get(parent);
      if (refused !== undefined)
        return [refused.status, { code: refused.code, message: refused.message }];
      if (threads.has(messageId))
        return [
          400,
          { code: 160004, message: 'A thread has already been created for this message' },
        ];
      if (!messages.has(messageId)) return [404, { code: 10008, message: 'Unknown Message' }];
      const thread = {
        id: messageId,
        type: 11,
        guild_id: guildId,
        parent_id: parent,
        owner_id: botUserId,
        name: String(body?.name ?? ''),
        last_message_id: null,
        message_count: 0,
        member_count: 1,
        rate_limit_per_user: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: Number(body?.auto_archive_duration ?? 1440),
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
        newly_created: true,
      };
      threads.set(messageId, thread);
      channels.add(messageId);
      gatewayHolder.current?.dispatch('THREAD_CREATE', thread);
      return [201, thread];
    }
    if ((match = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST') {
      const channel = match[1] ?? '';
      if (!channels.has(channel)) return [404, { code: 10003, message: 'Unknown Channel' }];
      const refused = refusedChannels.get(channel);
      if (refused !== undefined)
        return [refused.status, { code: refused.code, message: refused.message }];
      return [200, toApi(createMessage(channel, body ?? {}))];
    }
    if ((match = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const message = messages.get(match[2] ?? '');
      if (message === undefined || message.channel_id !== match[1])
        return [404, { code: 10008, message: 'Unknown Message' }];
      editMessage(message, body ?? {});
      return [200, toApi(message)];
    }
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && method === 'PUT') {
      const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
      return [
        200,
        list.map((command) => ({
          ...command,
          id: snowflake(),
          application_id: applicationId,
          version: '1',
        })),
      ];
    }
    return [404, { code: 0, message: '404: Not Found' }];
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
    const method = request.method ?? 'GET';
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(
      /^\/api\/v10/,
      '',
    );
    const limit = rateLimits.find(
      (rule) => rule.method === method && rule.path.test(path) && rule.remaining > 0,
    );
    let status: number;
    let payload: unknown;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (limit !== undefined) {
      limit.remaining -= 1;
      status = 429;
      payload = {
        message: 'You are being rate limited.',
        retry_after: limit.retryAfterSeconds,
        global: false,
      };
      headers['retry-after'] = String(limit.retryAfterSeconds);
      headers['x-ratelimit-scope'] = 'user';
    } else [status, payload] = route(method, path, body);
    calls.push({ method, path, body, status, at: Date.now() });
    if (payload === undefined) {
      response.writeHead(status);
      response.end();
    } else {
      response.writeHead(status, headers);
      response.end(JSON.stringify(payload));
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const wsUrl = () => `ws://127.0.0.1:${port}`;
  const activeGateway = new FakeDiscordGateway(
    server,
    {
      applicationId,
      botUserId,
      guilds: () => [guildPayload(guildId, [...textChannels], [...threads.values()])],
    },
    wsUrl,
  );
  gatewayHolder.current = activeGateway;

  return {
    applicationId,
    botUserId,
    guildId,
    channelId,
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    messages,
    threads,
    gateway: activeGateway,
    /** Lets the fake know which channel an interaction token belongs to (before dispatching it). */
    registerInteraction(token: string, channel: string) {
      interactionChannels.set(token, channel);
    },
    /** Adds a text channel to the guild and tells a connected client (CHANNEL_CREATE). */
    addChannel(id: string) {
      textChannels.add(id);
      channels.add(id);
      if (activeGateway.connected)
        activeGateway.dispatch(
          'CHANNEL_CREATE',
          channelPayload(guildId, id, `news-${id.slice(-4)}`),
        );
    },
    /**
     * Deletes a channel and its threads, as a server admin would: posts there are answered
     * 404 Unknown Channel (10003) from now on, and a connected client is told (CHANNEL_DELETE).
     */
    deleteChannel(id: string) {
      textChannels.delete(id);
      channels.delete(id);
      for (const [threadId, thread] of threads)
        if (thread.parent_id === id) {
          threads.delete(threadId);
          channels.delete(threadId);
        }
      if (activeGateway.connected)
        activeGateway.dispatch('CHANNEL_DELETE', channelPayload(guildId, id));
    },
    /**
     * Answers every post (message or thread) in the channel with this error from now on, e.g.
     * 403 Missing Access (50001) or Missing Permissions (50013) after a role change.
     */
    refuseChannel(id: string, answer: DiscordErrorAnswer) {
      refusedChannels.set(id, answer);
    },
    /** The next `times` calls matching method + path are answered 429 with Retry-After. */
    rateLimit(method: string, path: RegExp, retryAfterSeconds: number, times = 1) {
      rateLimits.push({ method, path, remaining: times, retryAfterSeconds });
    },
    originalOf(token: string): FakeMessage | undefined {
      return messages.get(originals.get(token) ?? '');
    },
    /** A stored message as the API returns it: the `message` a button or modal interaction carries. */
    apiMessage(id: string): Record<string, unknown> | undefined {
      const message = messages.get(id);
      return message === undefined ? undefined : toApi(message);
    },
    async close() {
      await activeGateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/**
 * What Discord would say is wrong with autocomplete choices: at most 25, each with a name of
 * 1–100 characters and a string value of at most 100.
 */
function autocompleteProblem(choices: unknown): string | undefined {
  if (!Array.isArray(choices)) return 'choices: must be an array';
  if (choices.length > 25) return 'choices: must be 25 or fewer in length';
  for (const choice of choices as Record<string, unknown>[]) {
    const name = choice.name;
    const value = choice.value;
    if (typeof name !== 'string' || name.length < 1 || name.length > 100)
      return 'choices.name: must be between 1 and 100 in length';
    if (typeof value === 'string' && value.length > 100)
      return 'choices.value: must be 100 or fewer in length';
  }
  return undefined;
}
