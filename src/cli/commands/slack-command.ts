import type { Command } from 'commander';
import { buildSlackManifest } from '../../adapters/chat/slack/build-slack-manifest.ts';
import type { CliDependencies } from '../cli-dependencies.ts';

/**
 * `newsbrief slack manifest`: prints the Slack app manifest (JSON) generated from the code,
 * for "Create New App → From a manifest". The URL comes from --public-url or PUBLIC_URL;
 * Socket Mode is chosen with --socket-mode or when SLACK_APP_TOKEN is set.
 */
export function registerSlackCommand(program: Command, dependencies: () => CliDependencies): void {
  const slack = program.command('slack').description('Slack app helpers');
  slack
    .command('manifest')
    .description('print the Slack app manifest (commands, shortcut, scopes, events, URLs)')
    .option('--public-url <url>', 'public https URL of `newsbrief serve` (default: PUBLIC_URL)')
    .option('--socket-mode', 'Socket Mode app (no request URLs; needs SLACK_APP_TOKEN to run)')
    .option('--token-rotation', 'enable bot token rotation (multi-workspace OAuth installs)')
    .action((flags: { publicUrl?: string; socketMode?: boolean; tokenRotation?: boolean }) => {
      const { config } = dependencies();
      const publicUrl = flags.publicUrl ?? config.PUBLIC_URL;
      const manifest = buildSlackManifest({
        ...(publicUrl === undefined ? {} : { publicUrl }),
        socketMode: flags.socketMode === true || config.SLACK_APP_TOKEN !== undefined,
        tokenRotation: flags.tokenRotation === true,
      });
      process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    });
}
