import { describe, expect, it } from 'vitest';
import { buildSlackManifest } from '../../../src/adapters/chat/slack/build-slack-manifest.ts';
import { findFirstUrl } from '../../../src/adapters/chat/slack/find-first-url.ts';
import { mapSlackError } from '../../../src/adapters/chat/slack/map-slack-error.ts';
import { slackRequestId } from '../../../src/adapters/chat/slack/slack-request-id.ts';
import { jobIdSchema } from '../../../src/core/model/jobs.ts';

describe('findFirstUrl', () => {
  it('finds Slack-formatted and bare links, skipping mentions', () => {
    expect(findFirstUrl('<@U123> see <https://example.com/a?b=1&amp;c=2|the story>')).toBe(
      'https://example.com/a?b=1&c=2',
    );
    expect(findFirstUrl('read http://news.example.org/x.html, then talk')).toBe(
      'http://news.example.org/x.html',
    );
    expect(findFirstUrl('<mailto:a@b.c> nothing else')).toBeUndefined();
  });
});

describe('mapSlackError', () => {
  it('makes 429s and 5xx retryable, gone channels final, other errors internal', () => {
    const rateLimited = mapSlackError(
      { code: 'slack_webapi_rate_limited_error', retryAfter: 3 },
      'chat.update',
    );
    expect([rateLimited.code, rateLimited.retryable]).toEqual(['rate-limited', true]);
    const outage = mapSlackError(
      { code: 'slack_webapi_http_error', statusCode: 503 },
      'chat.postMessage',
    );
    expect([outage.code, outage.retryable]).toEqual(['rate-limited', true]);
    for (const error of [
      'channel_not_found',
      'is_archived',
      'not_in_channel',
      'account_inactive',
      'token_revoked',
    ]) {
      const mapped = mapSlackError(
        { code: 'slack_webapi_platform_error', data: { ok: false, error } },
        'chat.postMessage',
      );
      expect([mapped.code, mapped.retryable]).toEqual(['channel-unavailable', false]);
    }
    const bug = mapSlackError(
      { code: 'slack_webapi_platform_error', data: { ok: false, error: 'invalid_blocks' } },
      'chat.postMessage',
    );
    expect([bug.code, bug.retryable]).toEqual(['internal', false]);
  });
});

describe('slackRequestId', () => {
  it('is deterministic and a valid job id', () => {
    const id = slackRequestId('command', '13345224609.738474920.8088930838d88f008e0');
    expect(id).toBe(slackRequestId('command', '13345224609.738474920.8088930838d88f008e0'));
    expect(jobIdSchema.safeParse(id).success).toBe(true);
    expect(id).not.toBe(slackRequestId('command', 'another'));
  });
});

describe('buildSlackManifest', () => {
  it('points the command, events and interactivity at /slack/events and lists the scopes', () => {
    const manifest = buildSlackManifest({
      publicUrl: 'https://bot.example.com',
      socketMode: false,
    }) as {
      features: {
        slash_commands: { command: string; url: string }[];
        shortcuts: { callback_id: string }[];
      };
      oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
      settings: {
        event_subscriptions: { request_url: string; bot_events: string[] };
        interactivity: { request_url: string };
        socket_mode_enabled: boolean;
      };
    };
    expect(manifest.features.slash_commands[0]).toMatchObject({
      command: '/news',
      url: 'https://bot.example.com/slack/events',
    });
    expect(manifest.features.shortcuts[0]?.callback_id).toBe('summarize_link');
    expect(manifest.settings.event_subscriptions.request_url).toBe(
      'https://bot.example.com/slack/events',
    );
    expect(manifest.settings.interactivity.request_url).toBe(
      'https://bot.example.com/slack/events',
    );
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'message.channels',
      'message.groups',
      'app_home_opened',
    ]);
    expect(manifest.oauth_config.redirect_urls).toEqual([
      'https://bot.example.com/slack/oauth_redirect',
    ]);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'commands',
        'chat:write',
        'app_mentions:read',
        'channels:history',
        'users:read',
      ]),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('has no request URLs in Socket Mode and refuses HTTP mode without a URL', () => {
    const manifest = buildSlackManifest({ socketMode: true });
    expect(JSON.stringify(manifest)).not.toContain('request_url');
    expect(() => buildSlackManifest({ socketMode: false })).toThrow(/PUBLIC_URL/);
  });
});
