import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Config } from '../../../src/config/config-schema.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import {
  startSlackReceiver,
  type SlackReceiver,
} from '../../../src/adapters/chat/slack/start-slack-receiver.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startHttpRole, type HttpRole } from '../../../src/roles/start-http-role.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { emptyFeedXml } from '../../fakes/seed-news-site.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';
import {
  interactivityBody,
  sendSignedSlackRequest,
  slashCommandBody,
  type SignedRequestOptions,
} from '../../fakes/slack/signed-slack-request.ts';
import { seedFeedXml } from '../../fakes/seed-news-site.ts';
import { deleteKeys, seedAsHtml } from '../worker/service-harness.ts';

export const signingSecret = 'test-signing-secret-0123456789abcdef';
export const botUserId = 'UBOT';

export interface SlackKit {
  config: Config;
  service: Service;
  slack: FakeSlackApi;
  site: LocalHttpServer;
  http: HttpRole;
  receiver: SlackReceiver;
  worker: WorkerRole | undefined;
  eventsUrl: string;
  command(
    text: string,
    fields?: { userId?: string; triggerId?: string },
    signing?: Partial<SignedRequestOptions>,
  ): Promise<{ status: number; text: string; elapsedMs: number; triggerId: string }>;
  interact(payload: unknown): Promise<{ status: number; text: string }>;
  event(
    event: Record<string, unknown>,
    eventId: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/**
 * The whole Slack path for real: a service on the real Redis (unique prefix), real BullMQ
 * workers, the real Bolt receiver mounted on our HTTP server, the real WebClient talking to
 * a fake Slack Web API, and the seed article served by a local site.
 */
export async function startSlackKit(
  name: string,
  options: { environment?: Record<string, string>; workers?: boolean } = {},
): Promise<SlackKit> {
  const slack = await FakeSlackApi.start();
  const site = await startLocalHttpServer((request, response) => {
    if (request.url === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(seedAsHtml());
      return;
    }
    if (request.url === '/empty.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(emptyFeedXml);
      return;
    }
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(seedFeedXml(site.url('/story')));
      return;
    }
    response
      .writeHead(404, { 'content-type': 'text/html' })
      .end('<html><body>Not found</body></html>');
  });
  const prefix = `{nb-slack-${name}-${process.pid}-${Date.now()}}`;
  const config = loadConfig({
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    LOG_LEVEL: 'silent',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_ID: 'BBOT',
    SLACK_BOT_USER_ID: botUserId,
    ...options.environment,
  });
  const service = await createService(config, silentLogger);
  const receiver = await startSlackReceiver(service);
  const worker =
    options.workers === false
      ? undefined
      : await startWorkerRole(service, { lockDurationMs: 3_000, stalledIntervalMs: 1_000 });
  const http = await startHttpRole(service, {
    port: 0,
    routes: { '/slack/': (request, response) => receiver.route(request, noteAck(response, slack)) },
  });
  const eventsUrl = `http://127.0.0.1:${http.port}/slack/events`;
  const sign = (signing: Partial<SignedRequestOptions> = {}) => ({
    secret: signingSecret,
    ...signing,
  });

  return {
    config,
    service,
    slack,
    site,
    http,
    receiver,
    worker,
    eventsUrl,
    async command(text, fields = {}, signing = {}) {
      const triggerId = fields.triggerId ?? `${Date.now()}.${randomUUID()}`;
      const body = slashCommandBody({
        text,
        triggerId,
        responseUrl: slack.responseUrl(triggerId),
        ...(fields.userId === undefined ? {} : { userId: fields.userId }),
      });
      const result = await sendSignedSlackRequest(
        eventsUrl,
        body,
        'application/x-www-form-urlencoded',
        sign(signing),
      );
      return { ...result, triggerId };
    },
    interact: (payload) =>
      sendSignedSlackRequest(
        eventsUrl,
        interactivityBody(payload),
        'application/x-www-form-urlencoded',
        sign(),
      ),
    event: (event, eventId, headers = {}) =>
      sendSignedSlackRequest(
        eventsUrl,
        JSON.stringify({
          token: 'legacy',
          team_id: 'T1',
          api_app_id: 'A1',
          type: 'event_callback',
          event_id: eventId,
          event_time: Math.floor(Date.now() / 1000),
          event,
          authorizations: [{ team_id: 'T1', user_id: botUserId, is_bot: true }],
        }),
        'application/json',
        sign({ headers }),
      ),
    async close() {
      await http.close();
      await receiver.close();
      await worker?.close();
      for (const queue of Object.values(service.queues.queues))
        await queue.obliterate({ force: true }).catch(() => undefined);
      await service.close();
      await site.close();
      await slack.close();
      await deleteKeys(prefix);
    },
  };
}

/**
 * Puts `ack` on the fake Slack's timeline at the moment the app ends its HTTP answer, so a
 * test reads the order of the ack and the Web API calls (which the fake records on arrival).
 */
function noteAck(response: ServerResponse, slack: FakeSlackApi): ServerResponse {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    slack.note('ack');
    return end(...args);
  }) as ServerResponse['end'];
  return response;
}

/** Text of every block in a recorded call, for assertions on what users see. */
export function blockTexts(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block: Record<string, unknown>) => {
    const text = block['text'] as { text?: string } | undefined;
    const elements =
      (block['elements'] as { text?: string | { text?: string } }[] | undefined) ?? [];
    return [
      ...(text?.text === undefined ? [] : [text.text]),
      ...elements.map((element) =>
        typeof element.text === 'string' ? element.text : (element.text?.text ?? ''),
      ),
    ];
  });
}
