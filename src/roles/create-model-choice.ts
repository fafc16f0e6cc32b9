import type { Config } from '../config/config-schema.ts';
import { createOfflineBriefWriter } from '../core/engines/offline/create-offline-brief-writer.ts';
import { createLabelledOfflineWriter } from '../core/engines/offline/create-labelled-offline-writer.ts';
import type { BriefWriter } from '../core/ports/brief-writer.ts';
import type { LlmClient } from '../core/ports/llm-client.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { UsageMeter } from '../core/ports/usage-limits.ts';
import type { PromptLibrary } from '../core/prompts/prompt-template.ts';
import { createModelDigestComposer } from '../core/engines/model-digest/create-model-digest-composer.ts';
import type { DigestComposer } from '../core/pipeline/digests/compose-channel-digest.ts';

/** Which engine serves a workspace right now: the model until its daily token budget is spent. */
export interface ModelChoice {
  writersFor(workspaceId: string): Promise<{ writer: BriefWriter; fallbackWriter?: BriefWriter }>;
  llmFor(workspaceId: string): Promise<{ llm?: LlmClient; prompts?: PromptLibrary }>;
  recordTokens(workspaceId: string, tokens: number): Promise<void>;
  /** The digest-compose prompt for this workspace, or undefined to compose offline. */
  composerFor(workspaceId: string): Promise<DigestComposer | undefined>;
}

const budgetSpent = 'This workspace’s daily model budget is spent; it resets at 00:00 UTC.';

export async function createModelChoice(
  config: Config,
  logger: Logger,
  usage: UsageMeter,
  /** The offline engine; the service passes the one that runs in worker threads. */
  offline: BriefWriter = createOfflineBriefWriter(),
): Promise<ModelChoice> {
  const useModel =
    config.BRIEF_ENGINE === 'openai' ||
    (config.BRIEF_ENGINE === 'auto' && config.OPENAI_API_KEY !== undefined);
  if (!useModel) {
    return {
      writersFor: async () => ({ writer: offline }),
      llmFor: async () => ({}),
      recordTokens: async () => undefined,
      composerFor: async () => undefined,
    };
  }
  const { createModelFromConfig } =
    await import('../adapters/llm/create-model-writer-from-config.ts');
  const { createModelBriefWriter } =
    await import('../core/engines/model-brief/create-model-brief-writer.ts');
  const model = await createModelFromConfig(config, logger);
  const writer = createModelBriefWriter({
    ...model,
    logger,
    contextTokens: config.OPENAI_CONTEXT_TOKENS,
  });
  const budget = config.WORKSPACE_DAILY_TOKEN_BUDGET;
  const today = () => new Date().toISOString().slice(0, 10);
  const overBudget = async (workspaceId: string) =>
    budget > 0 && (await usage.tokensUsed(workspaceId, today())) >= budget;
  return {
    async writersFor(workspaceId) {
      if (await overBudget(workspaceId))
        return { writer: createLabelledOfflineWriter(offline, budgetSpent) };
      return { writer, fallbackWriter: offline };
    },
    async llmFor(workspaceId) {
      return (await overBudget(workspaceId)) ? {} : model;
    },
    async recordTokens(workspaceId, tokens) {
      await usage.addTokens(workspaceId, today(), tokens);
    },
    async composerFor(workspaceId) {
      if (await overBudget(workspaceId)) return undefined;
      return createModelDigestComposer({
        ...model,
        logger,
        onTokensSpent: (tokens) =>
          usage.addTokens(workspaceId, today(), tokens).then(() => undefined),
      });
    },
  };
}
