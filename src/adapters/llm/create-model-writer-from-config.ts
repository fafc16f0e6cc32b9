import type { Config } from '../../config/config-schema.ts';
import type { BriefWriter } from '../../core/ports/brief-writer.ts';
import type { LlmClient } from '../../core/ports/llm-client.ts';
import type { Logger } from '../../core/ports/logger.ts';
import type { PromptLibrary } from '../../core/prompts/prompt-template.ts';
import { createModelBriefWriter } from '../../core/engines/model-brief/create-model-brief-writer.ts';
import { AppError } from '../../core/errors.ts';
import { loadPromptLibrary } from './load-prompt-library.ts';
import { createOpenAiLlmClient } from './openai/create-openai-llm-client.ts';

export interface ConfiguredModel {
  llm: LlmClient;
  prompts: PromptLibrary;
}

/**
 * The model and prompt library from config: validates every prompt file first (a broken
 * prompt stops the start), then wires the openai client with the configured limits.
 */
export async function createModelFromConfig(
  config: Config,
  logger: Logger,
): Promise<ConfiguredModel> {
  if (config.OPENAI_API_KEY === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage:
        'The openai engine needs OPENAI_API_KEY (any non-empty value for a local server).',
    });
  }
  const prompts = await loadPromptLibrary();
  const llm = createOpenAiLlmClient({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL === undefined ? {} : { baseUrl: config.OPENAI_BASE_URL }),
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    structuredOutput: config.OPENAI_STRUCTURED_OUTPUT,
    logger,
  });
  return { llm, prompts };
}

/** The model-backed BriefWriter from config. */
export async function createModelWriterFromConfig(
  config: Config,
  logger: Logger,
): Promise<BriefWriter> {
  const { llm, prompts } = await createModelFromConfig(config, logger);
  return createModelBriefWriter({
    llm,
    prompts,
    logger,
    contextTokens: config.OPENAI_CONTEXT_TOKENS,
    maxParts: config.MODEL_MAX_PARTS,
  });
}
