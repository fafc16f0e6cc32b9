import { AppError } from '../errors.ts';
import { helpSummary, usageFor } from './help-text.ts';
import type { NewsCommandKind } from './news-command.ts';

/**
 * A `/news` command we cannot act on as typed. The user sees one sentence saying what is
 * wrong, then the usage line of that subcommand (or, for an unknown subcommand, the list of
 * subcommands). Adapters show it only to the person who typed it (ephemeral on Slack).
 */
export class CommandUsageError extends AppError {
  /** The subcommand the usage line is for; undefined when the subcommand itself was unknown. */
  readonly subcommand: NewsCommandKind | undefined;
  /** The sentence alone, without the usage line. */
  readonly problem: string;

  constructor(options: { problem: string; subcommand?: NewsCommandKind; cause?: unknown }) {
    const hint =
      options.subcommand === undefined ? helpSummary() : `Usage: ${usageFor(options.subcommand)}`;
    super({
      code: 'command-invalid',
      userMessage: `${options.problem} ${hint}`,
      cause: options.cause,
      details: { subcommand: options.subcommand },
    });
    this.name = 'CommandUsageError';
    this.subcommand = options.subcommand;
    this.problem = options.problem;
  }
}
