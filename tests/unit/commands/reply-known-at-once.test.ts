import { describe, expect, it } from 'vitest';
import { buildHelpMessage } from '../../../src/core/commands/help-text.ts';
import { subscriptionPolicySchema } from '../../../src/core/commands/permissions.ts';
import { replyKnownAtOnce } from '../../../src/core/commands/reply-known-at-once.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';

const admins = subscriptionPolicySchema.parse({ mode: 'admins' });
const listed = subscriptionPolicySchema.parse({ mode: 'listed', userIds: ['U-listed'] });
const anyone = subscriptionPolicySchema.parse({ mode: 'anyone' });

function reply(text: string, policy = admins, userId = 'U1') {
  return replyKnownAtOnce(
    { policy, logger: silentLogger },
    { requestId: 'r1', platform: 'slack', userId, text, defaultTimeZone: 'UTC' },
  );
}

const textOf = (result: ReturnType<typeof reply>) =>
  result?.visibility === 'ephemeral' ? result.message.fallbackText : undefined;

describe('replyKnownAtOnce: what /news can answer without a store, queue or platform call', () => {
  it('answers help (and an empty command) with the help message, privately', () => {
    expect(reply('help')).toEqual({ visibility: 'ephemeral', message: buildHelpMessage() });
    expect(reply('')).toEqual({ visibility: 'ephemeral', message: buildHelpMessage() });
  });

  it('answers a usage error with its one sentence and usage line', () => {
    expect(textOf(reply('summarize'))).toMatch(/Usage: \/news summarize/);
    expect(textOf(reply('frobnicate'))).toContain('/news');
  });

  it('refuses a subscription change the listed policy refuses, from the user id alone', () => {
    expect(textOf(reply('subscribe https://example.com/feed.xml', listed))).toBe(
      "Only the people your newsbrief administrator listed can change this channel's subscriptions.",
    );
    expect(reply('subscribe https://example.com/feed.xml', listed, 'U-listed')).toBeUndefined();
    expect(reply('unsubscribe all', anyone)).toBeUndefined();
  });

  it('leaves work, and the admin check, to after the acknowledgement', () => {
    expect(reply('summarize https://example.com/story')).toBeUndefined();
    expect(reply('digest')).toBeUndefined();
    expect(reply('subscriptions')).toBeUndefined();
    expect(reply('subscribe https://example.com/feed.xml daily 08:00', admins)).toBeUndefined();
  });
});
