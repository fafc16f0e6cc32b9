import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { handleNewsCommand } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { RecordingPublisher } from '../../fakes/recording-publisher.ts';
import { deleteKeys } from './service-harness.ts';

/** No workers run here: every digest the commands start stays in the queue to be counted. */
const prefix = `{nb-digest-limit-${process.pid}-${Date.now()}}`;
let service: Service;
const publisher = new RecordingPublisher();

const channelOne: ChatTarget = { platform: 'slack', workspaceId: 'T1', channelId: 'C-one' };
const channelTwo: ChatTarget = { platform: 'slack', workspaceId: 'T1', channelId: 'C-two' };

function subscriptionOf(target: ChatTarget): Subscription {
  return {
    id: subscriptionIdFor(target),
    target,
    feedUrls: ['https://news.example.com/rss.xml'],
    schedule: { cron: '0 8 * * 1-5', timeZone: 'UTC', description: 'weekdays at 08:00' },
    options: { length: 'short' },
    createdBy: { userId: 'U1' },
    createdAt: new Date().toISOString(),
    enabled: true,
  };
}

beforeAll(async () => {
  const config = loadConfig({
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    DIGEST_COMMANDS_PER_CHANNEL: '2',
    DIGEST_COMMAND_WINDOW_MINUTES: '10',
  });
  service = await createService(config, silentLogger);
  await service.stores.subscriptions.put(subscriptionOf(channelOne));
  await service.stores.subscriptions.put(subscriptionOf(channelTwo));
});
afterAll(async () => {
  await service.queues.queues['digest-build'].obliterate({ force: true });
  await service.close();
  await deleteKeys(prefix);
});

async function digest(target: ChatTarget) {
  const requestId = randomUUID();
  const reply = await handleNewsCommand(commandDependencies(service), {
    requestId,
    target,
    user: { userId: 'U9', isAdmin: false },
    text: 'digest',
    defaultTimeZone: 'UTC',
    postProgress: (text) => publisher.post(target, { fallbackText: text, blocks: [] }),
  });
  const job = await service.queues.queues['digest-build'].getJob(`digest-${requestId}`);
  return {
    sentence: reply.visibility === 'ephemeral' ? reply.message.fallbackText : undefined,
    queued: job !== undefined,
  };
}

describe('/news digest per channel', () => {
  it('starts two builds per window in a channel, then says when to try again and starts none', async () => {
    const first = await digest(channelOne);
    const second = await digest(channelOne);
    const third = await digest(channelOne);
    expect([first.queued, second.queued, third.queued]).toEqual([true, true, false]);
    expect(first.sentence).toBeUndefined();
    expect(third.sentence).toMatch(
      /^This channel can ask for 2 digests every 10 minutes; try again in (10|[1-9]) minutes?\.$/,
    );
    expect(await service.queues.queues['digest-build'].getJobCountByTypes('waiting')).toBe(2);
    const progressInChannelOne = publisher.posts.filter(
      (post) => post.target.channelId === channelOne.channelId,
    );
    expect(progressInChannelOne).toHaveLength(2);
  });

  it('leaves another channel its own allowance', async () => {
    const other = await digest(channelTwo);
    expect(other).toEqual({ sentence: undefined, queued: true });
    expect(await service.queues.queues['digest-build'].getJobCountByTypes('waiting')).toBe(3);
  });
});
