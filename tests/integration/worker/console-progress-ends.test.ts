import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../../src/adapters/chat/console/create-console-publisher.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import {
  articlesGoneSentence,
  notUnderStoriesSentence,
} from '../../../src/core/messages/question-refusal.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createConsoleChat } from '../../../src/roles/create-console-chat.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import type { LocalHttpServer } from '../../fakes/local-http-server.ts';
import { startSeedNewsSite } from '../../fakes/seed-news-site.ts';
import { readConsoleEvents, sleep, waitFor } from '../faults/fault-kit.ts';
import { deleteKeys } from './service-harness.ts';

/**
 * Every progress message the console shows ends: replaced by the result or by one sentence,
 * or never shown for a request that will not run. What the console "platform" received is its
 * channel's Redis stream, read back in order.
 */

const prefix = `{nb-console-progress-${process.pid}-${Date.now()}}`;
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
let site: LocalHttpServer;
let service: Service;
let worker: WorkerRole;
const chats: { close(): Promise<void>; stop(): void; listening: Promise<void> }[] = [];

beforeAll(async () => {
  await redis.connect();
  site = await startSeedNewsSite();
  const config = loadConfig({
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    LOG_LEVEL: 'silent',
    COMMAND_RATE_PER_MINUTE: '2',
  });
  service = await createService(config, silentLogger);
  worker = await startWorkerRole(service, { lockDurationMs: 3_000, stalledIntervalMs: 1_000 });
});

afterAll(async () => {
  for (const chat of chats) {
    chat.stop();
    await chat.listening;
    await chat.close();
  }
  await worker.close();
  for (const queue of Object.values(service.queues.queues))
    await queue.obliterate({ force: true }).catch(() => undefined);
  await service.close();
  await site.close();
  await deleteKeys(prefix);
  await redis.quit();
}, 30_000);

/** A console channel of its own, with its own user (the summary limit is per user). */
async function openChat(name: string) {
  const channelId = `${name}-${randomUUID()}`;
  let output = '';
  const chat = createConsoleChat(service, {
    channelId,
    user: { userId: `user-${channelId}`, displayName: 'Local User' },
    write: (text) => {
      output += text;
    },
  });
  const listening = chat.session.listen();
  chats.push({ close: chat.close, stop: () => chat.session.stop(), listening });
  await sleep(200);
  return {
    channelId,
    session: chat.session,
    output: () => output,
    events: () => readConsoleEvents(redis, prefix, channelId),
    async waitForOutput(pattern: RegExp) {
      await waitFor(() => pattern.test(output), 20_000, `${pattern} in:\n${output}`);
    },
  };
}

const textOf = (event: ConsoleEvent) => event.message.fallbackText;

describe('console: every progress message ends', () => {
  it('refuses a question under a "Nothing new" digest in one sentence, without "Looking in the article…" or a job', async () => {
    const chat = await openChat('quiet');
    await chat.session.handleLine(`/news subscribe ${site.url('/empty-feeds/quiet.xml')}`);
    await chat.waitForOutput(/Subscribed to/);
    const before = (await chat.events()).length;
    await chat.session.handleLine('/news digest');
    await chat.waitForOutput(/Nothing new since/);

    await chat.session.handleLine('What happened today?');
    await chat.waitForOutput(new RegExp(notUnderStoriesSentence));
    await sleep(500);
    const events = (await chat.events()).slice(before);
    expect(events.map((event) => [event.kind, textOf(event)])).toEqual([
      ['post', 'Building the digest…'],
      ['update', expect.stringMatching(/^Nothing new since /)],
    ]);
    expect(chat.output()).not.toContain('Looking in the article…');
    const questions = await service.queues.queues['question-answer'].getJobCounts();
    expect(Object.values(questions).reduce((sum, count) => sum + count, 0)).toBe(0);
  });

  it('has the answer worker replace a "Looking in the article…" it was given under a message without stories', async () => {
    const chat = await openChat('stale');
    await chat.session.handleLine(`/news subscribe ${site.url('/empty-feeds/stale.xml')}`);
    await chat.waitForOutput(/Subscribed to/);
    await chat.session.handleLine('/news digest');
    await chat.waitForOutput(/Nothing new since/);
    const digest = (await chat.events()).find(
      (event) => event.kind === 'post' && textOf(event) === 'Building the digest…',
    );
    const target = {
      platform: 'console' as const,
      workspaceId: 'local',
      channelId: chat.channelId,
      threadId: digest?.messageId ?? '',
    };
    // As a chat that did not check first would: progress shown, then the question queued.
    const progress = await service.publisher.post(target, {
      fallbackText: 'Looking in the article…',
      blocks: [{ type: 'context', text: '⏳ Looking in the article…' }],
    });
    await service.queues.jobQueues.questionAnswer.enqueue({
      requestId: randomUUID(),
      target,
      question: 'What happened today?',
      requestedBy: { userId: 'U1' },
      progress,
    });
    // Before these: the subscribe and digest progress messages, each posted and replaced.
    await waitFor(async () => (await chat.events()).length >= 6, 20_000, 'the refusal');
    const events = await chat.events();
    expect(events.slice(4).map((event) => [event.kind, event.messageId, textOf(event)])).toEqual([
      ['post', progress.messageId, 'Looking in the article…'],
      ['update', progress.messageId, notUnderStoriesSentence],
    ]);
  });

  it('says so in the thread when the article behind a brief has expired, instead of ignoring the question', async () => {
    const chat = await openChat('expired');
    const channel = {
      platform: 'console' as const,
      workspaceId: 'local',
      channelId: chat.channelId,
    };
    await service.stores.postedMessages.put({
      ref: { target: channel, messageId: 'brief-of-an-expired-article' },
      content: { kind: 'brief', articleIds: ['expired-article'] },
      postedAt: new Date().toISOString(),
    });
    await service.queues.jobQueues.questionAnswer.enqueue({
      requestId: randomUUID(),
      target: { ...channel, threadId: 'brief-of-an-expired-article' },
      question: 'Who said that?',
      requestedBy: { userId: 'U1' },
    });
    await waitFor(async () => (await chat.events()).length >= 1, 20_000, 'the sentence');
    await sleep(500);
    const events = await chat.events();
    expect(events.map((event) => [event.kind, event.threadId, textOf(event)])).toEqual([
      ['post', 'brief-of-an-expired-article', articlesGoneSentence],
    ]);
  });

  it('replaces "Reading the article…" with the sentence when the page does not exist', async () => {
    const chat = await openChat('missing');
    await chat.session.handleLine(`/news summarize ${site.url('/missing')}`);
    await waitFor(async () => (await chat.events()).length >= 2, 30_000, 'the failure notice');
    await sleep(500);
    const events = await chat.events();
    expect(events.map((event) => event.kind)).toEqual(['post', 'update']);
    expect(textOf(events[0]!)).toBe('Reading the article…');
    expect(events[1]?.messageId).toBe(events[0]?.messageId);
    expect(textOf(events[1]!)).toMatch(/^Sorry, I could not read that article: .*404/);
  });

  it('posts no progress for a summary over the per-minute limit, and says when to retry', async () => {
    const chat = await openChat('limited');
    for (let index = 0; index < 3; index += 1)
      await chat.session.handleLine(`/news summarize ${site.url('/story')}`);
    await chat.waitForOutput(/You can ask for 2 summaries a minute; try again in \d+ seconds\./);
    await waitFor(
      async () => (await chat.events()).filter((event) => event.kind === 'update').length >= 2,
      30_000,
      'both briefs',
    );
    await sleep(500);
    const events = await chat.events();
    const progress = events.filter((event) => textOf(event) === 'Reading the article…');
    expect(progress).toHaveLength(2);
    expect(events).toHaveLength(4);
    for (const shown of progress)
      expect(
        events.some((event) => event.kind === 'update' && event.messageId === shown.messageId),
      ).toBe(true);
  });
});
