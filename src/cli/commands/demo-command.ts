import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { renderConsoleText } from '../../adapters/chat/console/render-console-text.ts';
import { systemClock } from '../../core/ports/clock.ts';
import { buildBriefMessage } from '../../core/messages/build-brief-message.ts';
import { briefArticle } from '../../core/pipeline/brief-article.ts';
import { userMessageOf } from '../../core/errors.ts';
import { createBriefStore, createBriefWriters } from '../../dependencies.ts';
import type { CliDependencies } from '../cli-dependencies.ts';
import { readArticleInput } from '../read-article-input.ts';

/** The owner's example article is always summarized first. */
export const ownerSeed = 'putin-trump-ukraine-2024-11-28.txt';

/**
 * Summarizes every seed article with no keys and no network: the owner's seed first, then the
 * others in name order. Feeds in seeds/ are skipped (they are for the worker).
 */
export function registerDemoCommand(program: Command, dependencies: () => CliDependencies): void {
  program
    .command('demo')
    .description('summarize the bundled seed articles offline (no API keys, no network)')
    .option('--seeds <folder>', 'folder of seed articles', 'seeds')
    .action(async (flags: { seeds: string }) => {
      const { config, logger } = dependencies();
      const files = await listSeedArticles(flags.seeds);
      const writers = await createBriefWriters(config, logger, 'offline');
      const cache = await createBriefStore({ ...config, REDIS_URL: undefined }, logger);
      let failures = 0;
      for (const [index, file] of files.entries()) {
        process.stderr.write(`[${index + 1}/${files.length}] Reading ${file}…\n`);
        try {
          const article = await readArticleInput(join(flags.seeds, file), dependencies());
          const brief = await briefArticle(
            { ...writers, briefStore: cache.store, clock: systemClock, logger },
            article,
            {
              length: config.BRIEF_LENGTH,
            },
          );
          process.stdout.write(
            `${'─'.repeat(88)}\n${renderConsoleText(buildBriefMessage(article, brief))}`,
          );
        } catch (error) {
          failures += 1;
          process.stdout.write(`${'─'.repeat(88)}\n${file}: ${userMessageOf(error)}\n`);
        }
      }
      if (failures > 0) process.exitCode = 1;
    });
}

async function listSeedArticles(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  const articles = names.filter((name) => /\.(txt|html?)$/i.test(name)).sort();
  return [ownerSeed, ...articles.filter((name) => name !== ownerSeed)].filter((name) =>
    names.includes(name),
  );
}
