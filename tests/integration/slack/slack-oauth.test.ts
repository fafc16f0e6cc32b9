import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAuth } from '../../../src/adapters/chat/slack/create-slack-auth.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { startSlackKit, type SlackKit } from './slack-test-kit.ts';

let kit: SlackKit;
beforeAll(async () => {
  kit = await startSlackKit('oauth', {
    workers: false,
    environment: {
      SLACK_BOT_TOKEN: '',
      SLACK_CLIENT_ID: '111.222',
      SLACK_CLIENT_SECRET: 'client-secret',
      SLACK_STATE_SECRET: 'state-secret-0123456789',
    },
  });
});
afterAll(async () => kit.close());

const base = () => `http://127.0.0.1:${kit.http.port}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('multi-workspace install over OAuth, with token rotation', () => {
  it('installs a workspace through /slack/install and /slack/oauth_redirect', async () => {
    const install = await fetch(`${base()}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const location = new URL(install.headers.get('location') ?? '');
    expect(location.searchParams.get('client_id')).toBe('111.222');
    expect(location.searchParams.get('scope')).toContain('chat:write');
    const state = location.searchParams.get('state') ?? '';
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    kit.slack.oauthReplies.push({
      ok: true,
      app_id: 'A1',
      authed_user: { id: 'U1' },
      scope: 'commands,chat:write',
      token_type: 'bot',
      access_token: 'xoxe.xoxb-first',
      refresh_token: 'xoxe-1-refresh-first',
      expires_in: 60,
      bot_user_id: 'UBOT9',
      team: { id: 'T9', name: 'Nine' },
      enterprise: null,
      is_enterprise_install: false,
    });
    const callback = await fetch(
      `${base()}/slack/oauth_redirect?code=the-code&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
        redirect: 'manual',
      },
    );
    expect(callback.status).toBe(200);
    const exchange = kit.slack.callsTo('oauth.v2.access')[0];
    expect(exchange?.args).toMatchObject({ code: 'the-code', client_id: '111.222' });
  });

  it('refreshes an expiring token when a worker asks for it, and stores the new one', async () => {
    kit.slack.oauthReplies.push({
      ok: true,
      app_id: 'A1',
      scope: 'commands,chat:write',
      token_type: 'bot',
      access_token: 'xoxe.xoxb-second',
      refresh_token: 'xoxe-1-refresh-second',
      expires_in: 43_200,
      bot_user_id: 'UBOT9',
      team: { id: 'T9', name: 'Nine' },
      enterprise: null,
      is_enterprise_install: false,
    });
    // A worker process builds its own token source from the same config and Redis.
    const auth = createSlackAuth(kit.config, kit.service.redis, silentLogger);
    expect(await auth?.tokenFor('T9')).toBe('xoxe.xoxb-second');
    const refresh = kit.slack.callsTo('oauth.v2.access')[1];
    expect(refresh?.args).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'xoxe-1-refresh-first',
    });
    const stored = JSON.parse(
      (await kit.service.redis.get(`${kit.config.REDIS_PREFIX}:slack:installation:team:T9`)) ??
        '{}',
    ) as { bot?: { token: string; expiresAt: number } };
    expect(stored.bot?.token).toBe('xoxe.xoxb-second');
    expect(stored.bot?.expiresAt).toBeGreaterThan(nowSeconds() + 40_000);
    // Fresh now: no second refresh.
    expect(await auth?.tokenFor('T9')).toBe('xoxe.xoxb-second');
    expect(kit.slack.callsTo('oauth.v2.access')).toHaveLength(2);

    await kit.service.publisher.post(
      { platform: 'slack', workspaceId: 'T9', channelId: 'C1' },
      { fallbackText: 'Digest', blocks: [{ type: 'paragraph', text: 'Digest' }] },
    );
    expect(kit.slack.callsTo('chat.postMessage').at(-1)?.token).toBe('xoxe.xoxb-second');
  });

  it('says a workspace without an installation is gone, so digests to it stop', async () => {
    const auth = createSlackAuth(kit.config, kit.service.redis, silentLogger);
    await expect(auth?.tokenFor('TNOPE')).rejects.toMatchObject({ code: 'channel-unavailable' });
  });
});
