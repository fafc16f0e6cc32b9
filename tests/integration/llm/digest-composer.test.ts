import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPromptLibrary } from '../../../src/adapters/llm/load-prompt-library.ts';
import { createOpenAiLlmClient } from '../../../src/adapters/llm/openai/create-openai-llm-client.ts';
import { createModelDigestComposer } from '../../../src/core/engines/model-digest/create-model-digest-composer.ts';
import { createOfflineBriefWriter } from '../../../src/core/engines/offline/create-offline-brief-writer.ts';
import { buildDigestMessage } from '../../../src/core/messages/build-digest-message.ts';
import { briefArticle } from '../../../src/core/pipeline/brief-article.ts';
import { buildArticleFromText } from '../../../src/core/pipeline/build-article-from-text.ts';
import { composeChannelDigest } from '../../../src/core/pipeline/digests/compose-channel-digest.ts';
import { systemClock } from '../../../src/core/ports/clock.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import {
  fakeReplies,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../../fakes/fake-openai-server.ts';

const read = (name: string) =>
  readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(async () => server.close());

async function briefs() {
  const writer = createOfflineBriefWriter();
  return Promise.all(
    ['putin-trump-ukraine-2024-11-28.txt', 'wire-central-bank-rates.txt'].map(async (name) => {
      const article = buildArticleFromText(read(name), {
        origin: 'file',
        completeness: 'full',
        location: name,
      });
      const brief = await briefArticle(
        { writer, clock: systemClock, logger: silentLogger },
        article,
        { length: 'short' },
      );
      return { article, brief };
    }),
  );
}

describe('the digest-compose prompt', () => {
  it('reorders stories and rewrites summaries, but drops a summary the articles do not support', async () => {
    const input = {
      briefs: await briefs(),
      windowStart: '2026-11-26T07:00:00.000Z',
      windowEnd: '2026-11-27T07:00:00.000Z',
      digestId: 'digest-test',
    };
    const offline = await composeChannelDigest({ logger: silentLogger }, input);
    const [first, second] = offline.stories;
    server.enqueue(
      fakeReplies.json({
        intro: 'Two stories this morning: rates and Ukraine.',
        stories: [
          {
            storyId: second?.storyId,
            summary:
              'The Continental Central Bank cut its deposit rate to 2.25% and signalled a pause.',
          },
          {
            storyId: first?.storyId,
            summary: 'Aliens landed in Paris and endorsed a cryptocurrency.',
          },
        ],
      }),
    );
    const llm = createOpenAiLlmClient({
      apiKey: 'k',
      baseUrl: server.baseUrl,
      model: 'fake',
      maxRetries: 0,
      logger: silentLogger,
    });
    const composer = createModelDigestComposer({
      llm,
      prompts: await loadPromptLibrary(),
      logger: silentLogger,
    });
    const digest = await composeChannelDigest(
      { composeDigest: composer, logger: silentLogger },
      input,
    );

    expect(digest.intro).toBe('Two stories this morning: rates and Ukraine.');
    expect(digest.stories.map((story) => story.storyId)).toEqual([second?.storyId, first?.storyId]);
    expect(digest.stories[0]?.summary).toContain('2.25%');
    const rendered = JSON.stringify(buildDigestMessage(digest));
    expect(rendered).not.toContain('Aliens');
    expect(digest.stories[1]?.summary).toBe(first?.summary);
    const sent =
      server.requests.at(-1)?.body.messages?.find((message) => message.role === 'user')?.content ??
      '';
    expect(sent).toContain('<stories>');
  });

  it('falls back to the offline digest when the model fails', async () => {
    server.setHandler(() => fakeReplies.serverError(500));
    const input = {
      briefs: await briefs(),
      windowStart: '2026-11-26T07:00:00.000Z',
      windowEnd: '2026-11-27T07:00:00.000Z',
      digestId: 'digest-test-2',
    };
    const llm = createOpenAiLlmClient({
      apiKey: 'k',
      baseUrl: server.baseUrl,
      model: 'fake',
      maxRetries: 0,
      logger: silentLogger,
    });
    const composer = createModelDigestComposer({
      llm,
      prompts: await loadPromptLibrary(),
      logger: silentLogger,
    });
    const digest = await composeChannelDigest(
      { composeDigest: composer, logger: silentLogger },
      input,
    );
    expect(digest).toEqual(await composeChannelDigest({ logger: silentLogger }, input));
  });
});
