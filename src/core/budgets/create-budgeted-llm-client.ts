import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../errors.ts';
import { tokenUsageSchema } from '../model/brief.ts';
import type { Clock } from '../ports/clock.ts';
import type { LlmClient } from '../ports/llm-client.ts';
import type { Logger } from '../ports/logger.ts';
import type { TokenReservation, UsageMeter } from '../ports/usage-limits.ts';
import { estimateRequestTokens } from './estimate-request-tokens.ts';

export const budgetSpentMessage =
  'This workspace’s daily model budget is spent; it resets at 00:00 UTC.';

export interface DailyTokenBudget {
  meter: UsageMeter;
  workspaceKey: string;
  /** Tokens per UTC day; 0 means no limit (calls are still counted). */
  dailyTokens: number;
  /** How long a hold outlives a call that never settles; longer than any call can take. */
  leaseMs: number;
  clock: Clock;
  logger: Logger;
  /** Told the real tokens of every call, settled or failed, for metrics. */
  onTokensSpent?(tokens: number): void;
}

/**
 * The model behind the workspace's daily budget: each call first reserves its largest possible
 * cost (see estimateRequestTokens) and is refused with code budget-spent when that does not
 * fit; afterwards the hold is released and the tokens the server reported are added, also when
 * the call failed or was aborted. Concurrent calls therefore see each other's holds, and the
 * day's total can pass the budget only by what a call's real cost exceeds its estimate.
 * Callers already fall back to the offline engine on a model error, which is how a brief that
 * runs out of budget half-way is still written, labelled.
 */
export function createBudgetedLlmClient(llm: LlmClient, budget: DailyTokenBudget): LlmClient {
  const { meter, logger } = budget;
  return {
    model: llm.model,
    async complete(request) {
      const now = budget.clock.now();
      const reservation: TokenReservation = {
        workspaceKey: budget.workspaceKey,
        day: now.toISOString().slice(0, 10),
        id: randomUUID(),
        tokens: estimateRequestTokens(request),
      };
      if (budget.dailyTokens > 0) {
        const held = await meter.reserveTokens({
          ...reservation,
          budget: budget.dailyTokens,
          now,
          leaseMs: budget.leaseMs,
        });
        if (!held) {
          logger.info(
            { workspaceKey: budget.workspaceKey, estimate: reservation.tokens },
            'model call refused: the daily token budget would be exceeded',
          );
          throw new AppError({
            code: 'budget-spent',
            userMessage: budgetSpentMessage,
            details: { estimate: reservation.tokens, dailyTokens: budget.dailyTokens },
          });
        }
      }
      let spent = 0;
      try {
        const response = await llm.complete(request);
        spent = response.usage.promptTokens + response.usage.completionTokens;
        return response;
      } catch (error) {
        spent = tokensReportedBy(error);
        throw error;
      } finally {
        await settle(reservation, spent);
      }
    },
  };

  /**
   * A settle that fails (Redis gone mid-call) must not turn a paid-for answer into an error;
   * the hold then lapses with its lease.
   */
  async function settle(reservation: TokenReservation, spent: number): Promise<void> {
    try {
      await meter.settleTokens(reservation, spent);
    } catch (error) {
      logger.warn(
        { workspaceKey: reservation.workspaceKey, spent, err: error },
        'could not record model tokens; the hold lapses with its lease',
      );
    }
    if (spent > 0) budget.onTokensSpent?.(spent);
  }
}

/** A model that answered unusably still billed its tokens; the LLM client puts them in details. */
function tokensReportedBy(error: unknown): number {
  if (!isAppError(error)) return 0;
  const usage = tokenUsageSchema.safeParse(error.details['usage']);
  return usage.success ? usage.data.promptTokens + usage.data.completionTokens : 0;
}
