/**
 * Slack ack latency, ours against a minimal Bolt app, side by side in one process and one run.
 *
 * Ours: the real Slack receiver (Bolt mounted on our HTTP server) with the real Redis (unique
 * prefix), the real queues and a fake Slack Web API. Minimal: a Bolt app on its own
 * HTTPReceiver whose /news listener acks and then adds a BullMQ job on the same Redis. Each
 * round sends `concurrency` correctly signed `/news summarize` requests, one per user, to one
 * app, then the same to the other (the order alternates by round); before the next round the
 * last one's work after the ack is let finish, so neither app's leftovers land in the other's
 * round. No workers run. `--slack-latency` makes the fake Slack answer each Web API call that
 * many milliseconds late, as the real one does.
 *
 * Prints p50/p99 of each (all rounds pooled), their ratios, and each round pair's p99 ratio
 * with the median of those (steadier on a machine shared with other work).
 *
 *   npx tsx bench/slack-ack.bench.ts [--concurrency 50] [--rounds 6] [--slack-latency 0]
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  sendSignedSlackRequest,
  slashCommandBody,
} from '../tests/fakes/slack/signed-slack-request.ts';
import { signingSecret, startSlackKit } from '../tests/integration/slack/slack-test-kit.ts';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '6' },
    'slack-latency': { type: 'string', default: '0' },
  },
});
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
const slackLatencyMs = Number(values['slack-latency']);

const kit = await startSlackKit('bench', {
  workers: false,
  // Every request comes from its own user, so the per-user rate limit does not answer early.
  environment: { COMMAND_RATE_PER_MINUTE: '100000' },
});
kit.slack.latencyMs = slackLatencyMs;
const minimal = await startMinimalBoltApp(kit.config.REDIS_URL ?? 'redis://127.0.0.1:6379');
const ourUrl = kit.eventsUrl;
const ingest = kit.service.queues.queues['article-ingest'];
const articleUrl = kit.site.url('/story');

/** One round: `concurrency` commands at once, each from its own user; ack latencies in ms. */
async function round(eventsUrl: string, tag: string): Promise<number[]> {
  const results = await Promise.all(
    Array.from({ length: concurrency }, (_, index) => {
      const triggerId = `bench.${tag}.${randomUUID()}`;
      const body = slashCommandBody({
        text: `summarize ${articleUrl}`,
        userId: `U${tag}${index}`,
        triggerId,
        responseUrl: kit.slack.responseUrl(triggerId),
      });
      return sendSignedSlackRequest(eventsUrl, body, 'application/x-www-form-urlencoded', {
        secret: signingSecret,
      });
    }),
  );
  const failed = results.filter((result) => result.status !== 200);
  if (failed.length > 0) throw new Error(`${failed.length} requests not acked with 200`);
  return results.map((result) => result.elapsedMs);
}

/** Waits until every command sent so far has its job queued (ours) or added (minimal). */
async function settle(ours: number, theirs: number): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 20) {
    const [mine, minimalJobs] = await Promise.all([ingest.count(), minimal.queue.count()]);
    if (mine >= ours && minimalJobs >= theirs) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('work after the ack did not finish within 60 s');
}

const latencies = { ours: [] as number[], minimal: [] as number[] };
/** Each round's p99 ratio (ours over the minimal app's adjacent round): load spikes on a shared machine hit one round, not all. */
const roundRatios: number[] = [];
try {
  // Warm up both: Bolt, the Redis connections, the Web API client, the JIT.
  await round(ourUrl, 'warm-ours');
  await round(minimal.eventsUrl, 'warm-minimal');
  let sentOurs = concurrency;
  let sentMinimal = concurrency;
  await settle(sentOurs, sentMinimal);
  for (let index = 0; index < rounds; index += 1) {
    const order = index % 2 === 0 ? (['ours', 'minimal'] as const) : (['minimal', 'ours'] as const);
    const p99s = { ours: 0, minimal: 0 };
    for (const which of order) {
      const url = which === 'ours' ? ourUrl : minimal.eventsUrl;
      const roundLatencies = await round(url, `${which}${index}-`);
      latencies[which].push(...roundLatencies);
      p99s[which] = summary(roundLatencies).p99Ms;
      if (which === 'ours') sentOurs += concurrency;
      else sentMinimal += concurrency;
      await settle(sentOurs, sentMinimal);
    }
    roundRatios.push(p99s.ours / p99s.minimal);
  }
  const ours = summary(latencies.ours);
  const theirs = summary(latencies.minimal);
  console.log(
    JSON.stringify(
      {
        concurrency,
        rounds,
        slackLatencyMs,
        ours,
        minimal: theirs,
        p50Ratio: Number((ours.p50Ms / theirs.p50Ms).toFixed(2)),
        p99Ratio: Number((ours.p99Ms / theirs.p99Ms).toFixed(2)),
        p99RatioMedianOfRounds: Number(median(roundRatios).toFixed(2)),
        p99RatioByRound: roundRatios.map((ratio) => Number(ratio.toFixed(2))),
        jobsQueued: await ingest.count(),
        progressMessages: kit.slack.callsTo('chat.postMessage').length,
      },
      null,
      2,
    ),
  );
} finally {
  await minimal.close();
  await kit.close();
}

function summary(values: number[]): { p50Ms: number; p99Ms: number; maxMs: number } {
  const sorted = [...values].sort((left, right) => left - right);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? 0;
  return {
    p50Ms: Number(at(0.5).toFixed(1)),
    p99Ms: Number(at(0.99).toFixed(1)),
    maxMs: Number((sorted.at(-1) ?? 0).toFixed(1)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The reference: Bolt's own HTTPReceiver, a /news listener that acks, then adds one job. */
async function startMinimalBoltApp(redisUrl: string) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const prefix = `{nb-bench-minimal-bolt-${process.pid}-${Date.now()}}`;
  const queue = new Queue('article-ingest', { connection, prefix });
  const receiver = new HTTPReceiver({ signingSecret, logLevel: LogLevel.ERROR });
  const app = new App({
    receiver,
    // As ours in single-workspace mode: a fixed token and bot ids, no auth.test per request.
    authorize: async () => ({ botToken: 'xoxb-test-token', botId: 'BBOT', botUserId: 'UBOT' }),
    logLevel: LogLevel.ERROR,
  });
  app.command('/news', async ({ command, ack }) => {
    await ack();
    await queue.add(
      'article-ingest',
      { text: command.text, channelId: command.channel_id, userId: command.user_id },
      { removeOnComplete: { count: 1_000 } },
    );
  });
  const server: Server = createServer(receiver.requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    queue,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      connection.disconnect();
    },
  };
}
