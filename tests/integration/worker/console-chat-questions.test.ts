import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleChatSession } from '../../../src/adapters/chat/console/console-chat-session.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import { deleteKeys } from './service-harness.ts';
import { duplicateRedisClient } from '../../../src/adapters/redis/redis-client.ts';

const prefix = `{nb-console-questions-${process.pid}-${Date.now()}}`;
const seedFile = 'seeds/putin-trump-ukraine-2024-11-28.txt';

let service: Service;
let worker: WorkerRole | undefined;
const sessions: { session: ConsoleChatSession; listening: Promise<void>; close(): void }[] = [];

/** A console channel of its own, as `newsbrief chat` builds it, with its output kept. */
async function openChannel(channelId: string, resultWaitMs?: number) {
  const reader = duplicateRedisClient(service.workerConnection);
  const chat = { output: '' };
  const session = new ConsoleChatSession({
    commands: service.commands,
    questionAnswer: service.queues.jobQueues.questionAnswer,
    publisher: service.publisher,
    postedMessages: service.stores.postedMessages,
    reader,
    prefix,
    target: { platform: 'console', workspaceId: 'local', channelId },
    user: { userId: 'local-user', displayName: 'Local User' },
    timeZone: 'UTC',
    write: (text) => {
      chat.output += text;
    },
    ...(resultWaitMs === undefined ? {} : { resultWaitMs }),
  });
  sessions.push({ session, listening: session.listen(), close: () => reader.disconnect() });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const waitFor = async (pattern: RegExp, timeoutMs = 20_000): Promise<string> => {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const match = pattern.exec(chat.output);
      if (match !== null) return match[0];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${pattern} in console output:\n${chat.output}`);
  };
  return { session, chat, waitFor };
}

beforeAll(async () => {
  service = await createService(
    loadConfig({ REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }),
    silentLogger,
  );
});

afterAll(async () => {
  for (const { session } of sessions) session.stop();
  await Promise.all(sessions.map((entry) => entry.listening));
  await worker?.close();
  for (const queue of Object.values(service.queues.queues))
    await queue.obliterate({ force: true }).catch(() => undefined);
  for (const entry of sessions) entry.close();
  await service.close();
  await deleteKeys(prefix);
});

describe('newsbrief chat answers like the platforms', () => {
  it('tells a question that waited too long for its brief to ask again, instead of "no brief"', async () => {
    // No worker runs yet, so the brief stays unwritten.
    const { session, chat, waitFor } = await openChannel('impatient', 300);
    await session.handleLine(`/news summarize ${seedFile}`);
    await waitFor(/#1 ──\n⏳ Reading the article…/);
    await session.handleLine('Who did Trump pick as special envoy?');
    expect(chat.output).toContain('The brief is still being written; ask again in a moment.');
    expect(chat.output).not.toContain('There is no brief');
  });

  it('lets a question typed while the brief is being written wait for it, then answers in its thread', async () => {
    const { session, chat, waitFor } = await openChannel('eager');
    await session.handleLine(`/news summarize ${seedFile}`);
    await waitFor(/#1 ──\n⏳ Reading the article…/);
    const asking = session.handleLine('Who did Trump pick as special envoy?');
    await waitFor(/Waiting for #1 to finish…/);
    worker = await startWorkerRole(service, { lockDurationMs: 5_000, stalledIntervalMs: 5_000 });
    await asking;
    const answer = await waitFor(/in the thread of #1 ──\n[\s\S]*?engine/);
    expect(answer).toContain('Keith Kellogg');
    expect(chat.output).not.toContain('There is no brief');
  });

  it('lists the quotes of a local file, as summarize reads one', async () => {
    const { session, chat, waitFor } = await openChannel('quotes-file');
    await session.handleLine(`/news quotes ${seedFile}`);
    const quotes = await waitFor(/#1 \(updated\) ──\n[\s\S]*?— Keith Kellogg/);
    expect(quotes).toContain('“');
    expect(chat.output).not.toContain("isn't a link");
  });

  it('answers #99 with the message numbers there are to ask about', async () => {
    const { session, chat, waitFor } = await openChannel('numbers');
    await session.handleLine(`/news summarize ${seedFile}`);
    await waitFor(/#1 \(updated\) ──\nPUTIN/);
    await session.handleLine('/news subscriptions');
    await session.handleLine(`/news quotes ${seedFile}`);
    await waitFor(/#2 \(updated\) ──\n/);
    await session.handleLine('#99 Who voted against it?');
    expect(chat.output).toContain('There is no message #99; briefs so far are #1 and #2.');
  });

  it('says /news help <unknown> is no command, listing the commands in one line', async () => {
    const { session, chat } = await openChannel('help');
    await session.handleLine('/news help bogus');
    // One sentence, wrapped for the terminal.
    expect(chat.output.replace(/\s+/g, ' ').trim()).toBe(
      'There is no `/news bogus` command. I can do: `summarize`, `quotes`, `digest`, `subscribe`, `unsubscribe`, `subscriptions`, `help`. Type `/news help` for details.',
    );
  });
});
