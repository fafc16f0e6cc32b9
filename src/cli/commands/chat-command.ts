import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { createPinoLogger } from '../../adapters/logging/create-pino-logger.ts';
import { userMessageOf } from '../../core/errors.ts';
import { isRedisConnectionError } from '../../adapters/redis/describe-redis-failure.ts';
import type { CliDependencies } from '../cli-dependencies.ts';

interface ChatFlags {
  channel: string;
  withWorker?: boolean;
  logFile?: string;
}

/**
 * `newsbrief chat`: a terminal channel on the real queues. Run `newsbrief worker` beside it (or
 * pass --with-worker); everything goes through Redis exactly as Slack and Discord do.
 */
export function registerChatCommand(program: Command, dependencies: () => CliDependencies): void {
  program
    .command('chat')
    .description(
      'chat with newsbrief in the terminal through the real queues (needs Redis and a worker)',
    )
    .option('--channel <name>', 'console channel name', 'console')
    .option('--with-worker', 'run the queue workers in this process too')
    .option('--log-file <path>', 'append the logs (JSON lines, at LOG_LEVEL) to this file')
    .action(async (flags: ChatFlags) => {
      const { config } = dependencies();
      // The terminal is the conversation: log lines (a feed item that could not be read …)
      // would land between chat lines, so they go to --log-file, or to stderr only when
      // LOG_LEVEL is set to something other than its default.
      const logger = createPinoLogger(
        flags.logFile === undefined
          ? {
              level: config.LOG_LEVEL === 'info' ? 'silent' : config.LOG_LEVEL,
              destination: 'stderr',
            }
          : { level: config.LOG_LEVEL, destination: { file: flags.logFile } },
      );
      // Redis first, before the heavy modules: a wrong REDIS_URL is one sentence in a second.
      const { openServiceRedis } = await import('../../roles/open-service-redis.ts');
      const connections = await openServiceRedis(config, logger);
      const { createService } = await import('../../roles/create-service.ts');
      const { createConsoleChat } = await import('../../roles/create-console-chat.ts');
      const service = await createService(config, logger, { connections });
      const worker =
        flags.withWorker === true
          ? await (await import('../../roles/start-worker-role.ts')).startWorkerRole(service)
          : undefined;
      const chat = createConsoleChat(service, {
        channelId: flags.channel,
        user: { userId: userInfo().username, displayName: userInfo().username },
        write: (text) => process.stdout.write(text),
      });
      const listening = chat.session.listen();
      process.stdout.write(
        `newsbrief chat on channel "${flags.channel}" — /news help for commands, Ctrl-D to leave.\n`,
      );
      const lines = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
      lines.prompt();
      for await (const line of lines) {
        await chat.session
          .handleLine(line)
          .catch((error: unknown) => process.stdout.write(`${sentenceFor(error)}\n`));
        lines.prompt();
      }
      chat.session.stop();
      // During an outage the reader's last read is queued until Redis is back, and dropping
      // the connection does not settle it: it is not waited for, or Ctrl-D would hang.
      if (service.reachability.reachable) await listening;
      await chat.close();
      await worker?.close({ force: !service.reachability.reachable });
      await service.close();
    });
}

/** During a Redis outage the commands fail fast; say so rather than "something went wrong". */
function sentenceFor(error: unknown): string {
  if (isRedisConnectionError(error))
    return 'newsbrief cannot reach Redis right now; please try again in a minute.';
  return userMessageOf(error);
}
