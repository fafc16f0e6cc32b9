import { describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../../src/adapters/store/memory/create-memory-stores.ts';
import { createOfflineBriefWriter } from '../../../src/core/engines/offline/create-offline-brief-writer.ts';
import { isWaitUntil } from '../../../src/core/errors.ts';
import type { ChatMessage, ChatTarget } from '../../../src/core/model/chat-message.ts';
import type { ArticleBriefJob, MessageDeliverJob } from '../../../src/core/model/jobs.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { handleArticleBrief } from '../../../src/core/pipeline/jobs/handle-article-brief.ts';

const now = new Date('2026-12-07T06:00:00Z');
const target: ChatTarget = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };

function setup() {
  const stores = createMemoryStores();
  const progress: string[] = [];
  const queued: MessageDeliverJob[] = [];
  const dependencies = {
    articles: stores.articles,
    briefStore: stores.briefs,
    outbox: stores.outbox,
    writersFor: async () => ({ writer: createOfflineBriefWriter() }),
    deliverQueue: {
      enqueue: async (job: MessageDeliverJob) => {
        queued.push(job);
        return { jobId: job.deliveryId };
      },
    },
    clock: { now: () => now },
    logger: silentLogger,
    showProgress: async (_ref: unknown, message: ChatMessage) => {
      progress.push(message.fallbackText);
    },
  };
  return { dependencies, progress, queued };
}

const job = (startAt: string): ArticleBriefJob => ({
  requestId: 'r1',
  target,
  articleId: 'missing-on-purpose',
  options: { length: 'standard' },
  reply: 'brief',
  progress: { target, messageId: 'progress-1' },
  requestedBy: { userId: 'U1' },
  startAt,
});

describe('a brief whose model turn is ahead', () => {
  it('tells the user about how long, and sleeps at most a minute before saying it again', async () => {
    const { dependencies, progress, queued } = setup();
    const threeMinutesOn = new Date(now.getTime() + 180_000).toISOString();
    const caught = await handleArticleBrief(dependencies, job(threeMinutesOn)).catch(
      (error: unknown) => error,
    );
    expect(isWaitUntil(caught) && caught.until.toISOString()).toBe('2026-12-07T06:01:00.000Z');
    expect(progress).toEqual([
      'Reading the article… about 3 min to go: others asked first, and the model takes a set number of requests a minute.',
    ]);
    expect(queued).toEqual([]);
  });

  it('runs once its turn has come (here: the article is gone, which it then says)', async () => {
    const { dependencies, progress } = setup();
    await expect(handleArticleBrief(dependencies, job(now.toISOString()))).rejects.toThrow(
      'That article is no longer stored; please send it again.',
    );
    expect(progress).toEqual([]);
  });
});
