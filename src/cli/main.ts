import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config/load-config.ts';
import { createDeferredLogger } from '../adapters/logging/create-deferred-logger.ts';
import { createPinoLogger } from '../adapters/logging/create-pino-logger.ts';
import { isAppError, userMessageOf } from '../core/errors.ts';
import { createCliDependencies, type CliDependencies } from './cli-dependencies.ts';
import { registerSummarizeCommand } from './commands/summarize-command.ts';
import { registerQuotesCommand } from './commands/quotes-command.ts';
import { registerExtractCommand } from './commands/extract-command.ts';
import { registerDemoCommand } from './commands/demo-command.ts';
import { registerPromptsCommand } from './commands/prompts-command.ts';
import { registerServiceCommands } from './commands/service-commands.ts';
import { registerChatCommand } from './commands/chat-command.ts';
import { registerSlackCommand } from './commands/slack-command.ts';
import { registerDiscordCommand } from './commands/discord-command.ts';
import { registerHealthCommand } from './commands/health-command.ts';
import { reportUsageErrorsAsSentences } from './usage-errors.ts';

/** Commands that keep running: they keep V8's defaults (see preferOneShotRegexes). */
const longRunningCommands = new Set(['worker', 'serve', 'chat', 'discord']);

/**
 * A one-shot command compiles each regular expression once, straight to machine code. V8's
 * default interprets a pattern first and compiles it on its second use, so the offline engine's
 * large Unicode patterns were compiled twice: about 0.1 s of CPU of a `summarize`, the same
 * output (docs/decisions/0012). The flag is read when a pattern is compiled, so setting it
 * here, before any command runs, is enough.
 */
function preferOneShotRegexes(argv: string[]): void {
  if (!longRunningCommands.has(argv[2] ?? '')) setFlagsFromString('--no-regexp-tier-up');
}

/**
 * The `newsbrief` command. Output goes to stdout; logs (errors only unless LOG_LEVEL
 * says otherwise) go to stderr as JSON; a failure prints one sentence and exits non-zero.
 */
async function main(argv: string[]): Promise<number> {
  preferOneShotRegexes(argv);
  let dependencies: CliDependencies | undefined;
  const getDependencies = (): CliDependencies => {
    if (dependencies === undefined) {
      const config = loadConfig();
      // The CLI's user already sees the one-sentence error; logs below error would repeat it.
      const level = config.LOG_LEVEL === 'info' ? 'error' : config.LOG_LEVEL;
      // Made on the first line written: most runs write none and never load pino.
      const logger = createDeferredLogger(level, () =>
        createPinoLogger({ level, destination: 'stderr' }),
      );
      dependencies = createCliDependencies(config, logger);
    }
    return dependencies;
  };

  const program = new Command()
    .name('newsbrief')
    .description(
      'Turn news articles into trustworthy briefs: summary, verbatim key quotes with speakers.',
    );
  registerSummarizeCommand(program, getDependencies);
  registerQuotesCommand(program, getDependencies);
  registerExtractCommand(program, getDependencies);
  registerDemoCommand(program, getDependencies);
  registerPromptsCommand(program, getDependencies);
  registerServiceCommands(program, getDependencies);
  registerChatCommand(program, getDependencies);
  registerSlackCommand(program, getDependencies);
  registerDiscordCommand(program, getDependencies);
  registerHealthCommand(program, getDependencies);
  reportUsageErrorsAsSentences(program);

  try {
    await program.parseAsync(argv);
    // A command may have set its own exit code (a health check's 1 for "unhealthy").
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    dependencies?.progress.done();
    // One line even when the sentence quotes a file name or value holding a line break.
    process.stderr.write(`newsbrief: ${userMessageOf(error).replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
    if (!isAppError(error)) dependencies?.logger.error({ err: error }, 'unexpected failure');
    else dependencies?.logger.debug({ err: error, code: error.code }, 'command failed');
    return exitCodeOf(error);
  }
}

/**
 * sysexits(3) codes where a supervisor can act on them: 78 (EX_CONFIG) a setting to fix, 69
 * (EX_UNAVAILABLE) a service to bring up — restarting until Redis answers is then right.
 */
function exitCodeOf(error: unknown): number {
  if (!isAppError(error)) return 1;
  if (error.code === 'config-invalid') return 78;
  if (error.code === 'redis-unreachable') return 69;
  return 1;
}

process.exitCode = await main(process.argv);
