import { randomUUID } from 'node:crypto';
import {
  handleNewsCommand,
  type CommandReply,
  type HandleNewsCommandDependencies,
} from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';

export const feedUrl = 'https://news.example/feed.xml';

/** A console channel of its own per test, so subscriptions never mix. */
export function freshChannel(name: string): ChatTarget {
  return { platform: 'console', workspaceId: 'local', channelId: `${name}-${randomUUID()}` };
}

/** `/news <text>` from a channel admin, with the command's clock fixed at `now`. */
export async function runCommandAt(
  dependencies: HandleNewsCommandDependencies,
  target: ChatTarget,
  text: string,
  now: Date,
): Promise<CommandReply> {
  return handleNewsCommand(
    { ...dependencies, clock: { now: () => now } },
    {
      requestId: randomUUID(),
      target,
      user: { userId: 'U-admin', displayName: 'Admin', isAdmin: true },
      text,
      defaultTimeZone: 'UTC',
      postProgress: () => Promise.resolve(undefined),
    },
  );
}

/** Everything the user reads in a reply, block by block. */
export function replyText(reply: CommandReply): string {
  if (reply.visibility === 'none') return '';
  return reply.message.blocks
    .map((block) => ('text' in block ? block.text : 'items' in block ? block.items.join(' ') : ''))
    .join('\n');
}

/** The `nth` Sunday (1-based; -1 for the last) of a month, at 00:00 UTC. */
export function sundayOf(year: number, monthIndex: number, nth: number): Date {
  const sundays: Date[] = [];
  for (let day = 1; day <= 31; day += 1) {
    const date = new Date(Date.UTC(year, monthIndex, day));
    if (date.getUTCMonth() === monthIndex && date.getUTCDay() === 0) sundays.push(date);
  }
  const sunday = nth === -1 ? sundays[sundays.length - 1] : sundays[nth - 1];
  if (sunday === undefined) throw new Error(`no Sunday ${nth} in ${year}-${monthIndex + 1}`);
  return sunday;
}

/**
 * Next year: BullMQ counts a scheduler's first run from the later of its own clock and the
 * start date we pass, so a fixed "now" must lie ahead of the real one.
 */
export const nextYear = new Date().getUTCFullYear() + 1;

/** The day before `sunday`, at `hourUtc`. */
export function saturdayBefore(sunday: Date, hourUtc: number): Date {
  return new Date(sunday.getTime() - 86_400_000 + hourUtc * 3_600_000);
}
