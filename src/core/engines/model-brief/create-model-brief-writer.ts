import { AppError } from '../../errors.ts';
import type { Article } from '../../model/article.ts';
import type { BriefOptions, TokenUsage } from '../../model/brief.ts';
import type { QuoteCandidate } from '../../model/quote.ts';
import type { BriefDraft, BriefWriter } from '../../ports/brief-writer.ts';
import type { LlmClient } from '../../ports/llm-client.ts';
import type { Logger } from '../../ports/logger.ts';
import { articleBriefVariables, briefCounts } from '../../prompts/article-brief-variables.ts';
import { escapeDataBlock } from '../../prompts/escape-data-block.ts';
import { estimateTokens } from '../../prompts/estimate-tokens.ts';
import type { ArticleBriefOutput } from '../../prompts/output-schemas.ts';
import { articleBriefCombineOutput, articleBriefOutput } from '../../prompts/output-schemas.ts';
import type { PromptLibrary } from '../../prompts/prompt-template.ts';
import { renderPrompt } from '../../prompts/render-prompt.ts';
import { cleanBullets, cleanQuoteCandidates } from './clean-brief-output.ts';
import { splitIntoChunks } from './split-into-chunks.ts';

export interface ModelBriefWriterDependencies {
  llm: LlmClient;
  prompts: PromptLibrary;
  logger: Logger;
  /** The model's context window in tokens; longer articles are briefed in parts. Default 8000. */
  contextTokens?: number;
  /** Parts briefed at most; a longer text is briefed from its first parts only. Default 6. */
  maxParts?: number;
}

export const articleBriefPromptId = 'article-brief';
export const articleBriefCombinePromptId = 'article-brief-combine';

/** Room kept for the tokenizer being less kind than our estimate. */
const safetyMarginTokens = 200;
const defaultOutputTokens = 1_200;
/**
 * Six parts of a default 8k window hold about 150,000 characters (25,000 words), twice the
 * longest features we have seen, so real articles are read whole; a page dump that would
 * split into 80 parts costs at most about 50,000 tokens, a quarter of the default daily budget.
 */
const defaultMaxParts = 6;

/**
 * A BriefWriter backed by a model: one article-brief call returns headline, bullets and quote
 * candidates. An article over the model's budget is split on paragraph boundaries, each part
 * briefed, and an article-brief-combine call merges the parts' bullets; quote candidates from
 * every part are kept. Past `maxParts` only the first parts are briefed (the news comes first)
 * and the draft says how many of how many were read, for the footer. Quotes are NOT verified
 * here: the pipeline verifies every engine's.
 */
export function createModelBriefWriter(dependencies: ModelBriefWriterDependencies): BriefWriter {
  const { llm, prompts, logger } = dependencies;
  const contextTokens = dependencies.contextTokens ?? 8_000;
  const maxParts = Math.max(1, dependencies.maxParts ?? defaultMaxParts);
  const template = prompts.get(articleBriefPromptId);

  async function briefText(
    article: Article,
    options: BriefOptions,
    text: string,
    usage: TokenUsage,
    signal?: AbortSignal,
  ): Promise<ArticleBriefOutput> {
    const response = await llm.complete({
      messages: renderPrompt(template, articleBriefVariables(article, options, text)),
      output: { name: template.output, schema: articleBriefOutput },
      ...template.parameters,
      ...(signal === undefined ? {} : { signal }),
    });
    addUsage(usage, response.usage);
    return response.value;
  }

  return {
    cacheIdentity: `openai:${llm.model}:${template.id}@${template.version}`,
    async write(article, options, signal) {
      const usage: TokenUsage = { promptTokens: 0, completionTokens: 0, calls: 0 };
      const budget = articleTokenBudget(article, options);
      const bulletCount = briefCounts[options.length].bullets;
      let headline: string;
      let bullets: string[];
      let quoteCandidates: QuoteCandidate[];
      let promptVersion = template.version;
      const allParts =
        estimateTokens(article.text) <= budget
          ? [article.text]
          : splitIntoChunks(article.text, budget);
      const parts = allParts.slice(0, maxParts);
      const partsRead =
        parts.length < allParts.length ? { read: parts.length, total: allParts.length } : undefined;

      if (parts.length === 1) {
        const output = await briefText(article, options, parts[0] ?? '', usage, signal);
        headline = output.headline;
        bullets = output.bullets;
        quoteCandidates = cleanQuoteCandidates(output.quotes);
      } else {
        logger.info(
          { articleId: article.id, parts: allParts.length, briefed: parts.length, budget },
          'article over the model budget; briefing in parts',
        );
        const outputs: ArticleBriefOutput[] = [];
        for (const part of parts)
          outputs.push(await briefText(article, options, part, usage, signal));
        const combined = await combineParts(article, options, outputs, usage, signal);
        headline = combined.headline;
        bullets = combined.bullets;
        quoteCandidates = cleanQuoteCandidates(outputs.flatMap((output) => output.quotes));
        promptVersion = `${template.version}+${combined.version}`;
      }

      const cleanedBullets = cleanBullets(bullets, bulletCount);
      if (cleanedBullets.length === 0) {
        throw new AppError({
          code: 'llm-invalid-output',
          userMessage: 'The language model returned a brief without any summary.',
          details: { usage },
        });
      }
      return {
        headline: headline.trim() === '' ? article.title : headline.trim(),
        bullets: cleanedBullets,
        quoteCandidates,
        engine: { name: 'openai', model: llm.model, promptId: template.id, promptVersion },
        usage,
        ...(partsRead === undefined ? {} : { partsRead }),
      } satisfies BriefDraft;
    },
  };

  /** Tokens left for article text: the window minus the prompt's own text and its reply. */
  function articleTokenBudget(article: Article, options: BriefOptions): number {
    const empty = renderPrompt(template, articleBriefVariables(article, options, ''));
    const overhead = estimateTokens(empty.map((message) => message.content).join('\n'));
    const reply = template.parameters.maxOutputTokens ?? defaultOutputTokens;
    return Math.max(500, contextTokens - overhead - reply - safetyMarginTokens);
  }

  async function combineParts(
    article: Article,
    options: BriefOptions,
    outputs: ArticleBriefOutput[],
    usage: TokenUsage,
    signal?: AbortSignal,
  ): Promise<{ headline: string; bullets: string[]; version: string }> {
    const combine = prompts.get(articleBriefCombinePromptId);
    const variables = articleBriefVariables(article, options, '');
    const partBriefs = outputs
      .map((output, index) =>
        [
          `Part ${index + 1}: ${output.headline}`,
          ...output.bullets.map((bullet) => `- ${bullet}`),
        ].join('\n'),
      )
      .join('\n\n');
    const response = await llm.complete({
      messages: renderPrompt(combine, {
        title: variables.title,
        partBriefs: escapeDataBlock(partBriefs),
        bulletCount: variables.bulletCount,
        language: variables.language,
      }),
      output: { name: combine.output, schema: articleBriefCombineOutput },
      ...combine.parameters,
      ...(signal === undefined ? {} : { signal }),
    });
    addUsage(usage, response.usage);
    return { ...response.value, version: combine.version };
  }
}

function addUsage(total: TokenUsage, usage: TokenUsage): void {
  total.promptTokens += usage.promptTokens;
  total.completionTokens += usage.completionTokens;
  total.calls += usage.calls;
}
