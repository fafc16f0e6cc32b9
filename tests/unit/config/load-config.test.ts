import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/config-schema.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import { AppError } from '../../../src/core/errors.ts';

describe('loadConfig', () => {
  it('runs with no environment at all: offline engine, safe fetch defaults', () => {
    const config = loadConfig({});
    expect(config.BRIEF_ENGINE).toBe('auto');
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.FETCH_ALLOW_PRIVATE_HOSTS).toEqual([]);
    expect(config.FETCH_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(config.REDIS_PREFIX).toBe('{newsbrief}');
  });

  it('parses lists and numbers from strings', () => {
    const config = loadConfig({
      FETCH_ALLOW_PRIVATE_HOSTS: 'localhost, 127.0.0.1',
      FETCH_ALLOWED_PORTS: '8080,3000',
      OPENAI_MAX_RETRIES: '4',
    });
    expect(config.FETCH_ALLOW_PRIVATE_HOSTS).toEqual(['localhost', '127.0.0.1']);
    expect(config.FETCH_ALLOWED_PORTS).toEqual([8080, 3000]);
    expect(config.OPENAI_MAX_RETRIES).toBe(4);
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    const config = loadConfig({ OPENAI_API_KEY: '', OPENAI_BASE_URL: '', REDIS_URL: '' });
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.OPENAI_BASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('reads REDIS_CLUSTER as env files write it, off by default', () => {
    expect(loadConfig({}).REDIS_CLUSTER).toBe(false);
    expect(loadConfig({ REDIS_CLUSTER: 'true' }).REDIS_CLUSTER).toBe(true);
    expect(loadConfig({ REDIS_CLUSTER: 'false' }).REDIS_CLUSTER).toBe(false);
    expect(loadConfig({ REDIS_CLUSTER: '' }).REDIS_CLUSTER).toBe(false);
    expect(() => loadConfig({ REDIS_CLUSTER: 'sometimes' })).toThrow(/REDIS_CLUSTER/);
  });

  it('refuses a prefix without a hash tag on a Redis Cluster, where keys would span slots', () => {
    expect(() => loadConfig({ REDIS_CLUSTER: 'true', REDIS_PREFIX: 'newsbrief' })).toThrow(
      'REDIS_PREFIX: must carry a hash tag such as {newsbrief} when REDIS_CLUSTER=true',
    );
    expect(() => loadConfig({ REDIS_CLUSTER: 'true', REDIS_PREFIX: 'nb{}' })).toThrow(/hash tag/);
    expect(loadConfig({ REDIS_CLUSTER: 'true', REDIS_PREFIX: 'team-{nb}' }).REDIS_PREFIX).toBe(
      'team-{nb}',
    );
    expect(loadConfig({ REDIS_PREFIX: 'newsbrief' }).REDIS_PREFIX).toBe('newsbrief');
  });

  it('names every bad variable in one message', () => {
    let caught: unknown;
    try {
      loadConfig({
        LOG_LEVEL: 'loud',
        FETCH_MAX_BYTES: '-3',
        OPENAI_BASE_URL: 'not a url',
        REDIS_PREFIX: 'a:b',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const message = (caught as AppError).userMessage;
    for (const name of ['LOG_LEVEL', 'FETCH_MAX_BYTES', 'OPENAI_BASE_URL', 'REDIS_PREFIX']) {
      expect(message).toContain(name);
    }
    expect((caught as AppError).code).toBe('config-invalid');
  });

  it('has every variable documented in .env.example, and nothing undocumented there', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)]
      .map((match) => match[1])
      .sort();
    expect(documented).toEqual(Object.keys(configSchema.shape).sort());
  });
});
