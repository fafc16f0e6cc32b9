import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliDependencies } from '../../../src/cli/cli-dependencies.ts';
import { registerSlackCommand } from '../../../src/cli/commands/slack-command.ts';
import { loadConfig } from '../../../src/config/load-config.ts';

describe('newsbrief slack manifest', () => {
  it('prints the manifest JSON for PUBLIC_URL', async () => {
    const program = new Command().exitOverride();
    const config = loadConfig({ PUBLIC_URL: 'https://bot.example.com' });
    registerSlackCommand(program, () => ({ config }) as CliDependencies);
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      await program.parseAsync(['node', 'newsbrief', 'slack', 'manifest']);
    } finally {
      process.stdout.write = original;
    }
    const manifest = JSON.parse(written.join('')) as {
      features: { slash_commands: { command: string; url: string }[] };
    };
    expect(manifest.features.slash_commands[0]).toMatchObject({
      command: '/news',
      url: 'https://bot.example.com/slack/events',
    });
  });
});
