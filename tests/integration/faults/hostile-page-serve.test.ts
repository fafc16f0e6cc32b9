import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestedDivPage } from '../../fakes/hostile-pages.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { freePort } from '../../fakes/redis-server-process.ts';
import { FakeSlackApi, type SlackCall } from '../../fakes/slack/fake-slack-api.ts';
import {
  sendSignedSlackRequest,
  slashCommandBody,
} from '../../fakes/slack/signed-slack-request.ts';
import {
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from '../../fakes/worker-process.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import { seedAsHtml } from './fault-kit.ts';

/**
 * Issue 10, end to end as deployed: a real `newsbrief serve` process takes two signed Slack
 * `/news summarize` commands at once, one for a page of 1,800 nested <div>s and one for the
 * seed article, and a real `newsbrief worker` process briefs them. The people see the brief,
 * and the hostile link's sentence within 15 s; the worker logs no stalled job or lost lock.
 */
const signingSecret = 'hostile-serve-secret';
const prefix = uniqueTestPrefix('fault-hostile-serve');
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
let site: LocalHttpServer;
let slack: FakeSlackApi;
let serve: WorkerProcess | undefined;
let worker: WorkerProcess | undefined;
let port = 0;

beforeAll(async () => {
  await redis.connect();
  site = await startLocalHttpServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url?.startsWith('/nested') === true ? nestedDivPage(1_800) : seedAsHtml());
  });
  slack = await FakeSlackApi.start();
  port = await freePort();
  const environment = {
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: slack.apiUrl,
    // Short locks: an event loop blocked for more than 2 s would lose one and show it.
    WORKER_LOCK_DURATION_MS: '2000',
  };
  [serve, worker] = await Promise.all([
    startWorkerProcess({
      environment: { ...environment, PORT: String(port) },
      command: ['serve'],
      readyMessage: 'newsbrief serving',
      readyTimeoutMs: 40_000,
    }),
    startWorkerProcess({ environment, readyTimeoutMs: 40_000 }),
  ]);
}, 60_000);

afterAll(async () => {
  await stopWorkerProcesses([serve, worker], 'SIGKILL');
  await site.close();
  await slack.close();
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
}, 45_000);

const command = (text: string, channelId: string, userId: string) =>
  sendSignedSlackRequest(
    `http://127.0.0.1:${port}/slack/events`,
    slashCommandBody({
      text,
      channelId,
      userId,
      triggerId: `${Date.now()}.${channelId}`,
      responseUrl: slack.responseUrl(channelId),
    }),
    'application/x-www-form-urlencoded',
    { secret: signingSecret },
  );

const updateIn = (channelId: string) => (call: SlackCall) =>
  call.method === 'chat.update' && call.args['channel'] === channelId;

describe('a hostile page and a normal article sent through a real serve and worker', () => {
  it('posts the brief, answers the hostile link within 15 s, and stalls nothing', async () => {
    if (serve === undefined || worker === undefined) throw new Error('setup failed');
    const acks = await Promise.all([
      command(`summarize ${site.url('/nested')}`, 'C-hostile', 'U-hostile'),
      command(`summarize ${site.url('/story')}`, 'C-normal', 'U-normal'),
    ]);
    expect(acks.map((ack) => ack.status)).toEqual([200, 200]);

    // The bound detects a stall (the old code took about two minutes); it is not a speed test.
    const refused = await slack.waitFor(updateIn('C-hostile'), 15_000);
    expect(refused.args['text']).toBe(
      'Sorry, I could not read that article: That page is too complex to read.',
    );
    const brief = await slack.waitFor(updateIn('C-normal'), 15_000);
    expect(String(brief.args['text'])).toContain('Putin');

    expect(site.requests.filter((path) => path === '/nested')).toHaveLength(1);
    expect(worker.logs.filter((line) => line.msg === 'job failed; will retry')).toEqual([]);
    expect(
      worker.logs.filter(
        (line) =>
          /stalled|renew job locks/i.test(String(line.msg)) ||
          /lock/i.test(JSON.stringify(line.err ?? '')),
      ),
    ).toEqual([]);
  }, 60_000);
});
