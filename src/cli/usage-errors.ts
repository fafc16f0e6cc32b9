import type { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors.ts';
import { capitalizeFirst } from '../core/text/words.ts';

/**
 * Commander prints its own usage errors ("error: unknown option '--x'", a second line of
 * suggestions, a whole help screen when a subcommand is missing) and then exits. newsbrief's rule
 * is one sentence on stderr for every mistake, so commander prints nothing on stderr and each of
 * its errors becomes an AppError whose sentence names the mistake and the help page to read.
 * `--help` and `help <command>` (exit code 0) pass through untouched.
 *
 * Each command gets its own exit callback (commander copies the parent's otherwise) so the
 * sentence can name the command the mistake was made in.
 */
export function reportUsageErrorsAsSentences(program: Command): void {
  for (const command of commandTree(program)) {
    command
      .configureOutput({ writeErr: () => undefined, outputError: () => undefined })
      .exitOverride((error) => {
        if (error.exitCode === 0) throw error;
        throw new AppError({
          code: 'command-invalid',
          userMessage: `${usageProblem(command, error)} (see '${commandPath(command)} --help').`,
          cause: error,
        });
      });
  }
}

function commandTree(command: Command): Command[] {
  return [command, ...command.commands.flatMap((child) => commandTree(child))];
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current !== null; current = current.parent)
    names.unshift(current.name());
  return names.join(' ');
}

/** The mistake, as the start of a sentence; commander's messages are its raw material. */
function usageProblem(command: Command, error: CommanderError): string {
  const [firstLine = '', ...rest] = error.message.split('\n');
  const closest = closestOf(rest.join(' '));
  const quoted = (pattern: RegExp) => pattern.exec(firstLine)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return `Unknown option ${shown(quoted(/unknown option '(.*)'$/))}${closest}`;
    case 'commander.unknownCommand':
      return `Unknown command ${shown(quoted(/unknown command '(.*)'$/))}${closest}`;
    case 'commander.missingArgument':
      return `Missing argument <${quoted(/missing required argument '(.*)'$/)}>`;
    case 'commander.optionMissingArgument':
      return `Option ${optionName(command, quoted(/option '(.*)' argument missing$/))} needs a value`;
    case 'commander.excessArguments': {
      const extra = command.args.slice(command.registeredArguments.length);
      return `Unexpected ${extra.length === 1 ? 'argument' : 'arguments'} ${extra.map(shown).join(', ')}`;
    }
    case 'commander.invalidArgument':
      return invalidChoice(command, firstLine);
    case 'commander.help':
      return missingCommand(command);
    default:
      return capitalizeFirst(firstLine.replace(/^error: /, '').replace(/\.$/, ''));
  }
}

/** "--length 'huge' is not one of short, standard or detailed" from commander's choices error. */
function invalidChoice(command: Command, message: string): string {
  const match = /^error: option '([^']+)' argument '(.*)' is invalid\./.exec(message);
  if (match === null) return capitalizeFirst(message.replace(/^error: /, '').replace(/\.$/, ''));
  const [, flags = '', value = ''] = match;
  const option = command.options.find((candidate) => candidate.flags === flags);
  const choices = option?.argChoices ?? [];
  return `Option ${optionName(command, flags)} cannot be ${shown(value)}; use ${listOf(choices)}`;
}

/** A command with subcommands was given none (commander would print its whole help). */
function missingCommand(command: Command): string {
  // `newsbrief help bogus` lands here too: the name after `help` is the mistake.
  const [first, second] = command.args;
  if (first === 'help' && second !== undefined) return `Unknown command ${shown(second)}`;
  const names = command.commands.map((child) => child.name());
  return `Missing command: use ${names.length === 1 ? '' : 'one of '}${listOf(names)}`;
}

function optionName(command: Command, flags: string): string {
  return command.options.find((option) => option.flags === flags)?.long ?? flags;
}

/** Commander's "(Did you mean --format?)" as the end of our sentence. */
function closestOf(suggestion: string): string {
  const match = /Did you mean (one of )?(.+)\?/.exec(suggestion);
  if (match === null) return '';
  return `; the closest ${match[1] === undefined ? 'is' : 'are'} ${match[2] ?? ''}`;
}

/** User text in quotes, with control characters made visible so the sentence stays on one line. */
function shown(value: string): string {
  return `'${value.replace(/\p{Cc}/gu, '?')}'`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
