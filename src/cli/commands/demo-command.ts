import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { renderConsoleText } from '../../adapters/chat/console/render-console-text.ts';
import { systemClock } from '../../core/ports/clock.ts';
import { buildBriefMessage } from '../../core/messages/build-brief-message.ts';
import { briefArticle } from '../../core/pipeline/brief-article.ts';
import { AppError, userMessageOf } from '../../core/errors.ts';
import { createBriefStore, createBriefWriters } from '../../dependencies.ts';
import type { CliDependencies } from '../cli-dependencies.ts';
import { readArticleInput } from '../read-article-input.ts';

/** The owner's example article is always summarized first. */
export const ownerSeed = 'putin-trump-ukraine-2024-11-28.txt';

/**
 * The seeds/ folder shipped beside src/ and dist/ (the image copies it too), found from this
 * module rather than the working directory so `demo` works wherever it is run from.
 */
export const bundledSeedFolder = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/**
 * Summarizes every seed article with no keys and no network: the owner's seed first, then the
 * others in name order. Feeds in seeds/ are skipped (they are for the worker).
 */
export function registerDemoCommand(program: Command, dependencies: () => CliDependencies): void {
  program
    .command('demo')
    .description('summarize the bundled seed articles offline (no API keys, no network)')
    .option('--seeds <folder>', 'folder of seed articles (default: the bundled seeds/)')
    .action(async (flags: { seeds?: string }) => {
      const { config, logger } = dependencies();
      const folder = flags.seeds ?? bundledSeedFolder;
      const files = await listSeedArticles(folder);
      const writers = await createBriefWriters(config, logger, 'offline');
      const cache = await createBriefStore({ ...config, REDIS_URL: undefined }, logger);
      let failures = 0;
      for (const [index, file] of files.entries()) {
        process.stderr.write(`[${index + 1}/${files.length}] Reading ${file}…\n`);
        try {
          const article = await readArticleInput(shortPath(join(folder, file)), dependencies());
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

/** Inside the working directory a relative path reads better in "Read from the file …". */
function shortPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}

async function listSeedArticles(folder: string): Promise<string[]> {
  const info = await stat(folder).catch((error: unknown) => {
    throw new AppError({
      code: 'input-missing',
      userMessage: `There is no folder at ${folder}.`,
      cause: error,
    });
  });
  if (!info.isDirectory()) {
    throw new AppError({
      code: 'input-missing',
      userMessage: `${folder} is a file, not a folder.`,
    });
  }
  const names = await readdir(folder).catch((error: unknown) => {
    throw new AppError({
      code: 'input-missing',
      userMessage: `The folder ${folder} cannot be read.`,
      cause: error,
    });
  });
  const articles = names.filter((name) => /\.(txt|html?)$/i.test(name)).sort();
  if (articles.length === 0) {
    throw new AppError({
      code: 'input-missing',
      userMessage: `There are no .txt or .html articles in ${folder}.`,
    });
  }
  return [ownerSeed, ...articles.filter((name) => name !== ownerSeed)].filter((name) =>
    names.includes(name),
  );
}
