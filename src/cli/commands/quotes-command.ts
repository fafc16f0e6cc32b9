import type { Command } from 'commander';
import { wrap } from '../../adapters/chat/console/render-console-text.ts';
import type { Quotation } from '../../core/model/quote.ts';
import { findQuotations } from '../../core/engines/quotes/find-quotations.ts';
import { rankKeyQuotes } from '../../core/engines/quotes/rank-key-quotes.ts';
import { keyQuoteLimits } from '../../core/pipeline/select-key-quotes.ts';
import type { CliDependencies } from '../cli-dependencies.ts';
import { formatOption, writeJson, type OutputFormat } from '../output-format.ts';
import { readArticleInput } from '../read-article-input.ts';

/** Every quotation in the article with its kind, speaker, offsets and whether it is a key quote. */
export function registerQuotesCommand(program: Command, dependencies: () => CliDependencies): void {
  program
    .command('quotes')
    .description(
      'list every quotation found: text, speaker, offsets, kind, and whether it is a key quote',
    )
    .argument('<input>', 'a .txt or .html file, an http(s) URL, or - for standard input')
    .addOption(formatOption())
    .action(async (input: string, flags: { format: OutputFormat }) => {
      const article = await readArticleInput(input, dependencies());
      dependencies().progress.done();
      const quotations = markKeyQuotes(findQuotations(article.text));
      if (flags.format === 'json') {
        writeJson({
          article: { id: article.id, title: article.title, text: article.text },
          quotations,
        });
        return;
      }
      const lines = quotations.map((quotation) => {
        const marker = quotation.isKey ? '★' : ' ';
        const who = quotation.speaker ?? 'speaker unknown';
        const header = `${marker} [${quotation.start}–${quotation.end}] ${quotation.kind}${quotation.depth > 0 ? ' (nested)' : ''} · ${who}`;
        return `${header}\n${wrap(`“${quotation.text}”`, '    ', '    ')}`;
      });
      const summary = `${quotations.length} quotations, ${quotations.filter((quotation) => quotation.isKey).length} key (★)`;
      process.stdout.write(`${article.title}\n${summary}\n\n${lines.join('\n')}\n`);
    });
}

function markKeyQuotes(quotations: Quotation[]): Quotation[] {
  const key = new Set(
    rankKeyQuotes(quotations, { max: keyQuoteLimits.detailed }).map((quotation) => quotation.start),
  );
  return quotations.map((quotation) => ({
    ...quotation,
    isKey: key.has(quotation.start) && quotation.depth === 0,
  }));
}
