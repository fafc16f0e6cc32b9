import type { Config } from '../config/config-schema.ts';
import { createOfflineBriefWriter } from '../core/engines/offline/create-offline-brief-writer.ts';
import { createLabelledOfflineWriter } from '../core/engines/offline/create-labelled-offline-writer.ts';
import {
  budgetSpentMessage,
  createBudgetedLlmClient,
} from '../core/budgets/create-budgeted-llm-client.ts';
import type { BriefWriter } from '../core/ports/brief-writer.ts';
import { systemClock, type Clock } from '../core/ports/clock.ts';
import type { LlmClient } from '../core/ports/llm-client.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { UsageMeter } from '../core/ports/usage-limits.ts';
import type { PromptLibrary } from '../core/prompts/prompt-template.ts';
import { createModelDigestComposer } from '../core/engines/model-digest/create-model-digest-composer.ts';
import type { DigestComposer } from '../core/pipeline/digests/compose-channel-digest.ts';

/**
 * Which engine serves a workspace right now: the model until its daily token budget is spent.
 * Every model it hands out reserves each call's tokens against that budget and records them,
 * so callers count nothing themselves.
 */
export interface ModelChoice {
  writersFor(workspaceId: string): Promise<{ writer: BriefWriter; fallbackWriter?: BriefWriter }>;
  llmFor(workspaceId: string): Promise<{ llm?: LlmClient; prompts?: PromptLibrary }>;
  /** The digest-compose prompt for this workspace, or undefined to compose offline. */
  composerFor(workspaceId: string): Promise<DigestComposer | undefined>;
}

export interface ModelChoiceOptions {
  clock?: Clock;
  /** The offline engine; the service passes the one that runs in worker threads. */
  offline?: BriefWriter;
  /** Told the real tokens of every model call, for metrics. */
  onTokensSpent?(workspaceId: string, tokens: number): void;
}

/** Pauses between the LLM client's retries (its capped retry-after), counted into a hold's lease. */
const retryPauseAllowanceMs = 20_000;

export async function createModelChoice(
  config: Config,
  logger: Logger,
  usage: UsageMeter,
  options: ModelChoiceOptions = {},
): Promise<ModelChoice> {
  const offline = options.offline ?? createOfflineBriefWriter();
  const useModel =
    config.BRIEF_ENGINE === 'openai' ||
    (config.BRIEF_ENGINE === 'auto' && config.OPENAI_API_KEY !== undefined);
  if (!useModel) {
    return {
      writersFor: async () => ({ writer: offline }),
      llmFor: async () => ({}),
      composerFor: async () => undefined,
    };
  }
  const { createModelFromConfig } =
    await import('../adapters/llm/create-model-writer-from-config.ts');
  const { createModelBriefWriter } =
    await import('../core/engines/model-brief/create-model-brief-writer.ts');
  const model = await createModelFromConfig(config, logger);
  const clock = options.clock ?? systemClock;
  const budget = config.WORKSPACE_DAILY_TOKEN_BUDGET;
  // A hold must outlive the slowest call it covers (every retry timing out, plus a repair
  // round), or a slow call's tokens would stop counting before they are known.
  const leaseMs =
    2 * (config.OPENAI_MAX_RETRIES + 1) * (config.OPENAI_TIMEOUT_MS + retryPauseAllowanceMs);
  const budgeted = (workspaceId: string): LlmClient =>
    createBudgetedLlmClient(model.llm, {
      meter: usage,
      workspaceKey: workspaceId,
      dailyTokens: budget,
      leaseMs,
      clock,
      logger,
      onTokensSpent: (tokens) => options.onTokensSpent?.(workspaceId, tokens),
    });
  // Checked before a job starts too, so a spent workspace does not try the model once per part.
  const overBudget = async (workspaceId: string) =>
    budget > 0 &&
    (await usage.tokensUsed(workspaceId, clock.now().toISOString().slice(0, 10))) >= budget;
  return {
    async writersFor(workspaceId) {
      if (await overBudget(workspaceId))
        return { writer: createLabelledOfflineWriter(offline, budgetSpentMessage) };
      const writer = createModelBriefWriter({
        llm: budgeted(workspaceId),
        prompts: model.prompts,
        logger,
        contextTokens: config.OPENAI_CONTEXT_TOKENS,
        maxParts: config.MODEL_MAX_PARTS,
      });
      return { writer, fallbackWriter: offline };
    },
    async llmFor(workspaceId) {
      if (await overBudget(workspaceId)) return {};
      return { llm: budgeted(workspaceId), prompts: model.prompts };
    },
    async composerFor(workspaceId) {
      if (await overBudget(workspaceId)) return undefined;
      return createModelDigestComposer({
        llm: budgeted(workspaceId),
        prompts: model.prompts,
        logger,
      });
    },
  };
}
