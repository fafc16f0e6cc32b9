import type { Command } from 'commander';
import { wrap } from '../../adapters/chat/console/render-console-text.ts';
import type { Quotation } from '../../core/model/quote.ts';
import {
  analyzeQuotations,
  type AnalyzedQuotation,
} from '../../core/engines/quotes/find-quotations.ts';
import { rankKeyQuotes } from '../../core/engines/quotes/rank-key-quotes.ts';
import { keyQuoteLimits } from '../../core/pipeline/select-key-quotes.ts';
import type { CliDependencies } from '../cli-dependencies.ts';
import { formatOption, writeJson, type OutputFormat } from '../output-format.ts';
import { readArticleInput } from '../read-article-input.ts';

/** A quotation as the command prints it: the public fields and the rule that named the speaker. */
type ListedQuotation = Quotation & { attributionRule?: string };

/** Every quotation in the article with its kind, speaker, offsets and whether it is a key quote. */
export function registerQuotesCommand(program: Command, dependencies: () => CliDependencies): void {
  program
    .command('quotes')
    .description(
      'list every quotation found: text, speaker, offsets, kind, and whether it is a key quote',
    )
    .argument('<input>', 'a .txt or .html file, an http(s) URL, or - for standard input')
    .addOption(formatOption())
    .option('--explain', 'show, for each quote, the attribution rule that named its speaker')
    .action(async (input: string, flags: { format: OutputFormat; explain?: boolean }) => {
      const article = await readArticleInput(input, dependencies());
      dependencies().progress.done();
      const quotations = markKeyQuotes(analyzeQuotations(article.text).map(listed));
      if (flags.format === 'json') {
        writeJson({
          article: { id: article.id, title: article.title, text: article.text },
          quotations,
        });
        return;
      }
      if (flags.explain === true) {
        process.stdout.write(`${article.title}\n\n${quotations.map(explained).join('\n')}\n`);
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

function listed(quotation: AnalyzedQuotation): ListedQuotation {
  return {
    text: quotation.text,
    start: quotation.start,
    end: quotation.end,
    speaker: quotation.speaker,
    ...(quotation.speakerKind === undefined ? {} : { speakerKind: quotation.speakerKind }),
    kind: quotation.kind,
    group: quotation.group,
    depth: quotation.depth,
    isKey: quotation.isKey,
    ...(quotation.attributionRule === undefined
      ? {}
      : { attributionRule: quotation.attributionRule }),
  };
}

/** "“…” · Martin Indyk · by verb-after-quote/inverted-verb": one quote, who, and which rule. */
function explained(quotation: ListedQuotation): string {
  const who = quotation.speaker ?? 'speaker unknown';
  const rule = quotation.attributionRule ?? 'no rule named a speaker';
  const header = `[${quotation.start}–${quotation.end}] ${quotation.kind}${quotation.depth > 0 ? ' (nested)' : ''} · ${who} · by ${rule}`;
  return `${header}\n${wrap(`“${quotation.text}”`, '    ', '    ')}`;
}

function markKeyQuotes(quotations: ListedQuotation[]): ListedQuotation[] {
  const key = new Set(
    rankKeyQuotes(quotations, { max: keyQuoteLimits.detailed }).map((quotation) => quotation.start),
  );
  return quotations.map((quotation) => ({
    ...quotation,
    isKey: key.has(quotation.start) && quotation.depth === 0,
  }));
}
