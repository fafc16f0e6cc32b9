import type { UsageMeter } from '../../../core/ports/usage-limits.ts';

interface Hold {
  tokens: number;
  expiresAtMs: number;
}

/** Token totals and holds per workspace per day, in memory (one process, so no locking needed). */
export function createMemoryUsageMeter(): UsageMeter {
  const totals = new Map<string, number>();
  const holds = new Map<string, Map<string, Hold>>();
  const keyOf = (workspaceKey: string, day: string) => JSON.stringify([workspaceKey, day]);
  const add = (key: string, tokens: number) => {
    const total = (totals.get(key) ?? 0) + Math.max(0, Math.round(tokens));
    totals.set(key, total);
    return total;
  };
  return {
    async addTokens(workspaceKey, day, tokens) {
      return add(keyOf(workspaceKey, day), tokens);
    },
    async tokensUsed(workspaceKey, day) {
      return totals.get(keyOf(workspaceKey, day)) ?? 0;
    },
    async reserveTokens(request) {
      const key = keyOf(request.workspaceKey, request.day);
      const dayHolds = holds.get(key) ?? new Map<string, Hold>();
      let held = 0;
      for (const [id, hold] of dayHolds) {
        if (hold.expiresAtMs <= request.now.getTime()) dayHolds.delete(id);
        else held += hold.tokens;
      }
      const tokens = Math.max(0, Math.round(request.tokens));
      if ((totals.get(key) ?? 0) + held + tokens > request.budget) return false;
      dayHolds.set(request.id, { tokens, expiresAtMs: request.now.getTime() + request.leaseMs });
      holds.set(key, dayHolds);
      return true;
    },
    async settleTokens(reservation, spentTokens) {
      const key = keyOf(reservation.workspaceKey, reservation.day);
      holds.get(key)?.delete(reservation.id);
      return add(key, spentTokens);
    },
  };
}
