import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeReplies,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../fakes/fake-openai-server.ts';
import { seedBriefs } from '../fakes/openai/seed-model-replies.ts';
import { projectRoot, runCli } from './cli-helpers.ts';

const seedPath = 'seeds/putin-trump-ukraine-2024-11-28.txt';
const seedText = readFileSync(`${projectRoot}/${seedPath}`, 'utf8');
const prefix = `{newsbrief-e2e-${process.pid}-${Date.now()}}`;

interface Output {
  brief: {
    keyQuotes: { text: string; speaker: string; start: number; end: number }[];
    engine: { name: string; model?: string; promptVersion?: string; fallbackReason?: string };
    usage?: { promptTokens: number; completionTokens: number; calls: number };
    fromCache: boolean;
  };
  article: { text: string };
}

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer({ handler: () => fakeReplies.json(seedBriefs.faithful) });
});
afterAll(async () => {
  await server.close();
  const redis = new Redis('redis://127.0.0.1:6379');
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('newsbrief summarize --engine openai against an OpenAI-compatible server', () => {
  const environment = () => ({
    OPENAI_BASE_URL: `${server.baseUrl}`,
    OPENAI_API_KEY: 'x',
    OPENAI_MODEL: 'local-model',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: prefix,
  });

  it('returns only verbatim quotes, then serves the same request from the Redis cache with no model call', async () => {
    const first = await runCli(['summarize', seedPath, '--engine', 'openai', '--format', 'json'], {
      environment: environment(),
    });
    expect(first.stderr).toBe('');
    const firstOutput = JSON.parse(first.stdout) as Output;
    expect(firstOutput.brief.engine).toMatchObject({ name: 'openai', model: 'local-model' });
    expect(firstOutput.brief.engine.promptVersion).toBeDefined();
    expect(firstOutput.brief.usage?.calls).toBe(1);
    expect(firstOutput.brief.fromCache).toBe(false);
    for (const quote of firstOutput.brief.keyQuotes) {
      expect(seedText).toContain(quote.text);
      expect(firstOutput.article.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    const requests = server.requests.length;
    expect(requests).toBe(1);

    const second = await runCli(['summarize', seedPath, '--engine', 'openai', '--format', 'json'], {
      environment: environment(),
    });
    const secondOutput = JSON.parse(second.stdout) as Output;
    expect(secondOutput.brief.fromCache).toBe(true);
    expect(server.requests.length).toBe(requests);
  });

  it('shows the offline fallback in the text output when the server is down', async () => {
    const result = await runCli(['summarize', seedPath, '--engine', 'openai'], {
      environment: {
        ...environment(),
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        OPENAI_MAX_RETRIES: '0',
        REDIS_URL: '',
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'Written by the offline extractive engine because the model failed',
    );
  });

  it('refuses --engine openai without a key in one sentence', async () => {
    const result = await runCli(['summarize', seedPath, '--engine', 'openai']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      'newsbrief: The openai engine needs OPENAI_API_KEY (any non-empty value for a local server).',
    );
  });
});
