import type { Command } from 'commander';
import { createPinoLogger } from '../../adapters/logging/create-pino-logger.ts';
import { AppError } from '../../core/errors.ts';
import type { CliDependencies } from '../cli-dependencies.ts';
import { workersStep } from './service-commands.ts';

/**
 * `newsbrief discord register [--guild ID]` registers the slash and context-menu commands
 * from the same definitions the handlers route by; `newsbrief discord bot [--with-worker]`
 * runs the gateway client (and optionally the workers) until SIGINT/SIGTERM.
 */
export function registerDiscordCommand(
  program: Command,
  dependencies: () => CliDependencies,
): void {
  const discord = program
    .command('discord')
    .description('Discord adapter: register commands, run the bot');

  discord
    .command('register')
    .description(
      'register /news and "Summarize article" with Discord (global, or one server with --guild)',
    )
    .option('--guild <id>', 'register in one server only (appears at once; good for testing)')
    .action(async (flags: { guild?: string }) => {
      // Discord ids are snowflakes; anything else would fail only after a round trip to Discord.
      if (flags.guild !== undefined && !/^\d{17,20}$/.test(flags.guild)) {
        throw new AppError({
          code: 'command-invalid',
          userMessage: `--guild takes a Discord server id (a long number), not "${flags.guild}".`,
        });
      }
      const { config } = dependencies();
      const { token, applicationId } = requireDiscord(
        config.DISCORD_TOKEN,
        config.DISCORD_APPLICATION_ID,
      );
      const [{ createDiscordRest }, { registerDiscordCommands }] = await Promise.all([
        import('../../adapters/chat/discord/create-discord-rest.ts'),
        import('../../adapters/chat/discord/register-discord-commands.ts'),
      ]);
      const rest = createDiscordRest({ apiUrl: config.DISCORD_API_URL, token });
      const result = await registerDiscordCommands(rest, applicationId, flags.guild);
      process.stdout.write(`Registered ${result.names.join(', ')} (${result.scope}).\n`);
    });

  discord
    .command('bot')
    .description('connect to the Discord gateway and answer /news, buttons and thread questions')
    .option('--with-worker', 'also run the queue workers in this process (small installs)')
    .action(async (flags: { withWorker?: boolean }) => {
      const { config } = dependencies();
      requireDiscord(config.DISCORD_TOKEN, config.DISCORD_APPLICATION_ID);
      const logger = createPinoLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
      const { openServiceRedis } = await import('../../roles/open-service-redis.ts');
      const connections = await openServiceRedis(config, logger);
      const [
        { createService },
        { startWorkerRole },
        { runUntilSignal },
        { startDiscordBot },
        { registerDiscordPublisher },
      ] = await Promise.all([
        import('../../roles/create-service.ts'),
        import('../../roles/start-worker-role.ts'),
        import('../../roles/run-until-signal.ts'),
        import('../../adapters/chat/discord/start-discord-bot.ts'),
        import('../../adapters/chat/discord/register-discord-publisher.ts'),
      ]);
      const service = await createService(config, logger, { connections });
      registerDiscordPublisher(service);
      const worker = flags.withWorker === true ? await startWorkerRole(service) : undefined;
      const bot = await startDiscordBot(service);
      await runUntilSignal(
        logger,
        [
          { name: 'stop taking Discord events', run: () => bot.close() },
          ...(worker === undefined ? [] : [workersStep(service, worker)]),
          { name: 'queues and redis', run: () => service.close() },
        ],
        { graceMs: config.SHUTDOWN_GRACE_MS },
      );
    });
}

function requireDiscord(token: string | undefined, applicationId: string | undefined) {
  if (token === undefined || applicationId === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage: 'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).',
    });
  }
  return { token, applicationId };
}
