import { Option, type Command } from 'commander';
import { renderConsoleText } from '../../adapters/chat/console/render-console-text.ts';
import { systemClock } from '../../core/ports/clock.ts';
import { briefLengths, type BriefOptions } from '../../core/model/brief.ts';
import { buildBriefMessage } from '../../core/messages/build-brief-message.ts';
import { briefArticle } from '../../core/pipeline/brief-article.ts';
import { createBriefStore, createBriefWriters, type EngineChoice } from '../../dependencies.ts';
import type { CliDependencies } from '../cli-dependencies.ts';
import { formatOption, writeJson, type OutputFormat } from '../output-format.ts';
import { readArticleInput } from '../read-article-input.ts';

interface SummarizeFlags {
  format: OutputFormat;
  engine?: EngineChoice;
  length?: BriefOptions['length'];
  language?: string;
}

export function registerSummarizeCommand(
  program: Command,
  dependencies: () => CliDependencies,
): void {
  program
    .command('summarize')
    .description('print a brief: headline, summary bullets and verified key quotes with speakers')
    .argument('<input>', 'a .txt or .html file, an http(s) URL, or - for standard input')
    .addOption(formatOption())
    .addOption(
      new Option('-e, --engine <engine>', 'who writes the brief').choices([
        'auto',
        'offline',
        'openai',
      ]),
    )
    .addOption(
      new Option(
        '-l, --length <length>',
        'brief length: short (3 bullets), standard (4), detailed (5)',
      ).choices(briefLengths),
    )
    .option(
      '--language <language>',
      'output language for headline and bullets (quotes stay as written)',
    )
    .action(async (input: string, flags: SummarizeFlags) => {
      const { config, logger } = dependencies();
      const article = await readArticleInput(input, dependencies());
      const writers = await createBriefWriters(config, logger, flags.engine);
      const cache = await createBriefStore(config, logger);
      try {
        const language = flags.language ?? config.BRIEF_LANGUAGE;
        const options: BriefOptions = {
          length: flags.length ?? config.BRIEF_LENGTH,
          ...(language === undefined ? {} : { language }),
        };
        dependencies().progress.step(`Writing the brief of “${article.title}”…`);
        const brief = await briefArticle(
          { ...writers, briefStore: cache.store, clock: systemClock, logger },
          article,
          options,
        );
        dependencies().progress.done();
        if (flags.format === 'json') writeJson({ article, brief });
        else process.stdout.write(renderConsoleText(buildBriefMessage(article, brief)));
      } finally {
        await cache.close();
      }
    });
}
