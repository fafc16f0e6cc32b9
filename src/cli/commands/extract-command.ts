import type { Command } from 'commander';
import type { CliDependencies } from '../cli-dependencies.ts';
import { formatOption, writeJson, type OutputFormat } from '../output-format.ts';
import { readArticleInput } from '../read-article-input.ts';
import { describeSource } from '../../core/messages/describe-source.ts';

export function registerExtractCommand(
  program: Command,
  dependencies: () => CliDependencies,
): void {
  program
    .command('extract')
    .description('print the cleaned article text and metadata that briefs are made from')
    .argument('<input>', 'a .txt or .html file, an http(s) URL, or - for standard input')
    .addOption(formatOption())
    .action(async (input: string, flags: { format: OutputFormat }) => {
      const article = await readArticleInput(input, dependencies());
      dependencies().progress.done();
      if (flags.format === 'json') {
        writeJson({ article });
        return;
      }
      const metadata = [
        article.byline === undefined ? undefined : `By: ${article.byline}`,
        article.publishedAt === undefined ? undefined : `Published: ${article.publishedAt}`,
        article.siteName === undefined ? undefined : `Site: ${article.siteName}`,
        describeSource(article),
      ].filter((line) => line !== undefined);
      process.stdout.write(`${article.title}\n${metadata.join('\n')}\n\n${article.text}\n`);
    });
}
