import { Option, type Command } from 'commander';
import { loadPromptLibrary } from '../../adapters/llm/load-prompt-library.ts';
import { briefLengths, type BriefLength } from '../../core/model/brief.ts';
import { estimateTokens } from '../../core/prompts/estimate-tokens.ts';
import { renderPromptForArticle } from '../../core/prompts/render-prompt-for-article.ts';
import type { CliDependencies } from '../cli-dependencies.ts';
import { formatOption, writeJson, type OutputFormat } from '../output-format.ts';
import { readArticleInput } from '../read-article-input.ts';

interface RenderFlags {
  format: OutputFormat;
  length: BriefLength;
  language?: string;
  question?: string;
}

/** `newsbrief prompts list|render`: see exactly what would be sent to a model, without sending it. */
export function registerPromptsCommand(
  program: Command,
  dependencies: () => CliDependencies,
): void {
  const prompts = program.command('prompts').description('inspect the prompt files in prompts/');
  prompts
    .command('list')
    .description('list prompt ids, versions and output schemas')
    .action(async () => {
      const library = await loadPromptLibrary();
      for (const id of library.ids()) {
        const template = library.get(id);
        process.stdout.write(`${id}  v${template.version}  → ${template.output}\n`);
      }
    });
  prompts
    .command('render')
    .description('print the exact messages a prompt would send for an article')
    .argument('<id>', 'prompt id, e.g. article-brief')
    .argument('<input>', 'a .txt or .html file, an http(s) URL, or - for standard input')
    .addOption(formatOption())
    .addOption(
      new Option('-l, --length <length>', 'brief length').choices(briefLengths).default('standard'),
    )
    .option('--language <language>', 'output language')
    .option('--question <question>', 'the question, for question-answer')
    .action(async (id: string, input: string, flags: RenderFlags) => {
      const library = await loadPromptLibrary();
      const article = await readArticleInput(input, dependencies());
      const messages = renderPromptForArticle(library, id, article, {
        brief: {
          length: flags.length,
          ...(flags.language === undefined ? {} : { language: flags.language }),
        },
        ...(flags.question === undefined ? {} : { question: flags.question }),
      });
      if (flags.format === 'json') {
        writeJson({ id, messages });
        return;
      }
      for (const message of messages) {
        process.stdout.write(
          `──── ${message.role} (≈${estimateTokens(message.content)} tokens) ────\n${message.content}\n`,
        );
      }
    });
}
