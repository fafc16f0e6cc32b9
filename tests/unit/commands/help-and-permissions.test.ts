import { describe, it, expect } from 'vitest';
import { buildHelpMessage, usageFor } from '../../../src/core/commands/help-text.ts';
import { newsCommandKinds } from '../../../src/core/commands/news-command.ts';
import { parseNewsCommand } from '../../../src/core/commands/parse-news-command.ts';
import {
  canManageSubscriptions,
  commandNeedsManagePermission,
  subscriptionPolicySchema,
  subscriptionRefusalMessage,
} from '../../../src/core/commands/permissions.ts';
import { chatMessageSchema } from '../../../src/core/model/chat-message.ts';

describe('help text', () => {
  it('usage lines', () => {
    expect(usageFor('subscribe')).toBe('/news subscribe <feed url> [daily 08:00] [Europe/Berlin]');
    expect(usageFor('summarize')).toBe('/news summarize <url or pasted text> [--short|--detailed]');
    expect(usageFor('unsubscribe')).toBe('/news unsubscribe <feed url|all>');
  });

  it('lists every subcommand with its usage and a description', () => {
    const message = chatMessageSchema.parse(buildHelpMessage());
    expect(message.blocks[0]).toEqual({ type: 'heading', text: 'newsbrief commands' });
    const paragraphs = message.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [block.text] : [],
    );
    expect(paragraphs).toHaveLength(newsCommandKinds.length);
    for (const kind of newsCommandKinds) {
      expect(paragraphs.some((text) => text.startsWith(`\`${usageFor(kind)}\`\n`))).toBe(true);
    }
    expect(message.fallbackText).toContain('/news quotes <url or pasted text>');
  });

  it('every example in the help parses as the command it illustrates', () => {
    const message = buildHelpMessage();
    const examples = message.blocks
      .flatMap((block) =>
        block.type === 'context' && block.text.startsWith('Examples: ') ? [block.text] : [],
      )
      .flatMap((text) => [...text.matchAll(/`\/news ([^`]+)`/g)].map((match) => match[1] ?? ''));
    expect(examples.length).toBeGreaterThanOrEqual(newsCommandKinds.length);
    for (const example of examples) {
      const command = parseNewsCommand(example, { defaultTimeZone: 'UTC' });
      expect(command.kind).toBe(example.split(' ')[0]);
    }
  });

  it('help for one topic shows only that subcommand and the schedule forms', () => {
    const message = buildHelpMessage('subscribe');
    expect(message.blocks[0]).toEqual({ type: 'heading', text: '/news subscribe' });
    expect(message.blocks.filter((block) => block.type === 'paragraph')).toHaveLength(1);
    expect(
      message.blocks.some(
        (block) => block.type === 'context' && block.text.startsWith('Schedules: '),
      ),
    ).toBe(true);
  });
});

describe('canManageSubscriptions', () => {
  const admin = { userId: 'U1', isAdmin: true };
  const member = { userId: 'U2', isAdmin: false };

  it('anyone', () => {
    const policy = subscriptionPolicySchema.parse({ mode: 'anyone' });
    expect(canManageSubscriptions(policy, member)).toBe(true);
  });

  it('admins (the default)', () => {
    const policy = subscriptionPolicySchema.parse({});
    expect(policy.mode).toBe('admins');
    expect(canManageSubscriptions(policy, admin)).toBe(true);
    expect(canManageSubscriptions(policy, member)).toBe(false);
    expect(subscriptionRefusalMessage(policy)).toBe(
      "Only workspace admins can change this channel's subscriptions.",
    );
    expect(subscriptionRefusalMessage(policy, 'discord')).toBe(
      "Only members with the Manage Channels permission can change this channel's subscriptions.",
    );
  });

  it('listed: only the listed ids, admins included', () => {
    const policy = subscriptionPolicySchema.parse({ mode: 'listed', userIds: ['U2'] });
    expect(canManageSubscriptions(policy, member)).toBe(true);
    expect(canManageSubscriptions(policy, admin)).toBe(false);
    expect(subscriptionRefusalMessage(policy)).toBe(
      "Only the people your newsbrief administrator listed can change this channel's subscriptions.",
    );
  });

  it('only subscribe and unsubscribe need the permission', () => {
    const context = { defaultTimeZone: 'UTC' };
    expect(
      commandNeedsManagePermission(parseNewsCommand('subscribe https://example.com/rss', context)),
    ).toBe(true);
    expect(commandNeedsManagePermission(parseNewsCommand('unsubscribe all', context))).toBe(true);
    expect(commandNeedsManagePermission(parseNewsCommand('subscriptions', context))).toBe(false);
    expect(commandNeedsManagePermission(parseNewsCommand('digest', context))).toBe(false);
  });
});
