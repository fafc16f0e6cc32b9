/**
 * Ack latency of the real Slack receiver: 50 concurrent, correctly signed `/news summarize`
 * requests against Bolt mounted on our HTTP server, with the real Redis (unique prefix), the
 * real queues and a fake Slack Web API for the progress messages. No workers run, so the
 * numbers are the receiver's own: signature check, rate limit, progress post, enqueue, ack.
 *
 *   npx tsx bench/slack-ack.bench.ts [concurrency=50]
 */
import { randomUUID } from 'node:crypto';
import { startSlackKit } from '../tests/integration/slack/slack-test-kit.ts';

const concurrency = Number(process.argv[2] ?? 50);
const kit = await startSlackKit('bench', {
  workers: false,
  // Every request comes from its own user, so the per-user rate limit does not answer early.
  environment: { COMMAND_RATE_PER_MINUTE: '1000' },
});
try {
  const url = kit.site.url('/story');
  // Warm up Bolt, the Redis connection and the Web API client.
  await kit.command(`summarize ${url}`, { userId: 'UWARM' });
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: concurrency }, (_, index) =>
      kit.command(`summarize ${url}`, { userId: `U${index}`, triggerId: `bench.${randomUUID()}` }),
    ),
  );
  const wallMs = performance.now() - started;
  const latencies = results.map((result) => result.elapsedMs).sort((left, right) => left - right);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(quantile * latencies.length) - 1)] ?? 0;
  const failed = results.filter((result) => result.status !== 200).length;
  const enqueued = await kit.service.queues.queues['article-ingest'].getJobCounts('waiting');
  console.log(
    JSON.stringify(
      {
        concurrency,
        ackP50Ms: Number(at(0.5).toFixed(1)),
        ackP99Ms: Number(at(0.99).toFixed(1)),
        ackMaxMs: Number((latencies.at(-1) ?? 0).toFixed(1)),
        requestsPerSecond: Number(((concurrency / wallMs) * 1000).toFixed(1)),
        non200: failed,
        jobsEnqueued: enqueued['waiting'],
        progressMessages: kit.slack.callsTo('chat.postMessage').length,
      },
      null,
      2,
    ),
  );
} finally {
  await kit.close();
}
