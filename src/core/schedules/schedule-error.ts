import { AppError } from '../errors.ts';

/**
 * A schedule the user typed that we cannot run. The sentence is shown as is; the command
 * parser adds the usage line of the subcommand it came from.
 */
export function scheduleError(
  userMessage: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError({ code: 'command-invalid', userMessage, details });
}
