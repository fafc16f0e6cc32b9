import type { UsageMeter } from '../../../core/ports/usage-limits.ts';

/** Token totals per workspace per day, in memory. */
export function createMemoryUsageMeter(): UsageMeter {
  const totals = new Map<string, number>();
  const keyOf = (workspaceKey: string, day: string) => JSON.stringify([workspaceKey, day]);
  return {
    async addTokens(workspaceKey, day, tokens) {
      const key = keyOf(workspaceKey, day);
      const total = (totals.get(key) ?? 0) + Math.max(0, Math.round(tokens));
      totals.set(key, total);
      return total;
    },
    async tokensUsed(workspaceKey, day) {
      return totals.get(keyOf(workspaceKey, day)) ?? 0;
    },
  };
}
