import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../src/adapters/redis/redis-client.ts';
import {
  consoleStreamKey,
  type ConsoleEvent,
} from '../../../src/adapters/chat/console/create-console-publisher.ts';
import { handleNewsCommand } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import type { Service } from '../../../src/roles/create-service.ts';

export { seedAsHtml, seedText } from '../../fakes/seed-news-site.ts';

/** A console channel of its own per test, so streams never mix. */
export function consoleChannel(name: string): ChatTarget {
  return { platform: 'console', workspaceId: 'local', channelId: `${name}-${randomUUID()}` };
}

/** Every message posted or replaced in a console channel, as `newsbrief chat` would show it. */
export async function readConsoleEvents(
  redis: RedisClient,
  prefix: string,
  channelId: string,
): Promise<ConsoleEvent[]> {
  const entries = await redis.xrange(consoleStreamKey(prefix, channelId), '-', '+');
  return entries.flatMap(([, fields]) => {
    const index = fields.indexOf('event');
    const raw = index === -1 ? undefined : fields[index + 1];
    return raw === undefined ? [] : [JSON.parse(raw) as ConsoleEvent];
  });
}

/** A /news command from an admin of the channel, its progress message posted on the console stream. */
export async function runNewsCommand(service: Service, target: ChatTarget, text: string) {
  return handleNewsCommand(commandDependencies(service), {
    requestId: randomUUID(),
    target,
    user: { userId: 'U-admin', displayName: 'Admin', isAdmin: true },
    text,
    defaultTimeZone: 'UTC',
    postProgress: (progressText) =>
      service.publisher.post(target, {
        fallbackText: progressText,
        blocks: [{ type: 'context', text: progressText }],
      }),
  });
}

/** Polls `check` every 50 ms until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Obliterates every queue of a service (best effort), then closes it. */
export async function closeService(service: Service | undefined): Promise<void> {
  if (service === undefined) return;
  for (const queue of Object.values(service.queues.queues))
    await queue.obliterate({ force: true }).catch(() => undefined);
  await service.close().catch(() => undefined);
}
