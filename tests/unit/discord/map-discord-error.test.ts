import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { mapDiscordError } from '../../../src/adapters/chat/discord/map-discord-error.ts';
import { loadConfig } from '../../../src/config/load-config.ts';

const apiError = (code: number, status: number) =>
  new DiscordAPIError(
    { code, message: 'x' },
    code,
    status,
    'POST',
    'https://discord.com/api/v10/x',
    { body: undefined, files: undefined },
  );

describe('mapDiscordError', () => {
  it('maps lost channels and permissions to channel-unavailable, not retryable', () => {
    for (const code of [10003, 50001, 50013])
      expect(mapDiscordError(apiError(code, 403), 'r')).toMatchObject({
        code: 'channel-unavailable',
        retryable: false,
      });
  });
  it('maps rate limits and 5xx to retryable rate-limited errors', () => {
    const limited = new RateLimitError({
      global: false,
      method: 'POST',
      url: 'u',
      route: 'r',
      majorParameter: 'm',
      hash: 'h',
      limit: 1,
      timeToReset: 30_000,
      retryAfter: 30_000,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(mapDiscordError(limited, 'r')).toMatchObject({ code: 'rate-limited', retryable: true });
    expect(
      mapDiscordError(
        new HTTPError(502, 'Bad Gateway', 'POST', 'u', { body: undefined, files: undefined }),
        'r',
      ),
    ).toMatchObject({ code: 'rate-limited', retryable: true });
  });
  it('maps an invalid body to internal, not retryable', () => {
    expect(mapDiscordError(apiError(50035, 400), 'r')).toMatchObject({
      code: 'internal',
      retryable: false,
    });
  });
});

describe('Discord config', () => {
  it('reads the Discord variables with their defaults', () => {
    const config = loadConfig({});
    expect(config.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(config.DISCORD_MESSAGE_CONTENT_INTENT).toBe(false);
    expect(config.DISCORD_SHARDS).toBeUndefined();
    const set = loadConfig({
      DISCORD_MESSAGE_CONTENT_INTENT: 'true',
      DISCORD_SHARDS: '4',
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(set).toMatchObject({
      DISCORD_MESSAGE_CONTENT_INTENT: true,
      DISCORD_SHARDS: 4,
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(() => loadConfig({ DISCORD_APPLICATION_ID: 'abc' })).toThrow(/DISCORD_APPLICATION_ID/);
  });
});
