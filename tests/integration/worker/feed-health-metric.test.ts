import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import { startHarness, type Harness } from './service-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('feed-health');
});

afterAll(async () => harness.close());

function gauge(metrics: string, state: string): number | undefined {
  const line = metrics
    .split('\n')
    .find((text) => text.startsWith(`newsbrief_feeds{state="${state}"}`));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('the feed-health gauge on /metrics', () => {
  it('counts the feeds read by health, one healthy and one failing, without naming any feed', async () => {
    const { service, site } = harness;
    const goodUrl = site.url('/feeds/health-good.xml');
    const brokenUrl = site.url('/feeds/health-broken.rss');
    const target = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C-health' };
    const subscription: Subscription = {
      id: subscriptionIdFor(target),
      target,
      feedUrls: [goodUrl, brokenUrl],
      schedule: { cron: '0 8 * * *', timeZone: 'UTC', description: 'every day at 08:00' },
      options: { length: 'standard' },
      createdBy: { userId: 'U1' },
      createdAt: new Date(Date.now() - 3_600_000).toISOString(),
      enabled: true,
    };
    await service.stores.subscriptions.put(subscription);

    const readings: string[] = [];
    // A feed is unhealthy after three failed reads in a row.
    for (let run = 1; run <= 3; run += 1) {
      await service.queues.jobQueues.digestBuild.enqueue(
        {
          subscriptionId: subscription.id,
          trigger: 'schedule',
          windowEnd: new Date(Date.now() + run).toISOString(),
        },
        { jobId: `health-${run}` },
      );
      const deadline = Date.now() + 15_000;
      const queue = service.queues.queues['digest-build'];
      while ((await (await queue.getJob(`health-${run}`))?.getState()) !== 'completed') {
        if (Date.now() > deadline) throw new Error(`digest run ${run} did not finish`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      readings.push(await service.metrics.render());
    }
    expect(readings.map((metrics) => gauge(metrics, 'healthy'))).toEqual([2, 2, 1]);
    expect(readings.map((metrics) => gauge(metrics, 'unhealthy'))).toEqual([0, 0, 1]);
    expect(readings.at(-1)).not.toContain('localhost');
  });
});
