export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  /** When the current window ends and the count starts again. */
  resetAt: Date;
}

/** Fixed-window counters: "a few summaries a minute" per user. */
export interface RateLimiter {
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult>;
}

/**
 * Spaces calls under a rate limit by handing out start times rather than refusals: a caller
 * over the limit learns when its turn is and can wait for it without asking again.
 */
export interface CallScheduler {
  /** Reserves the next start time for one call under `limit` calls per `windowSeconds`. */
  reserve(key: string, limit: number, windowSeconds: number): Promise<Date>;
}

/** Tokens held back for one model call between asking it and learning what it really cost. */
export interface TokenReservation {
  workspaceKey: string;
  /** The UTC day (YYYY-MM-DD) whose budget the hold counts against. */
  day: string;
  /** Unique per call, so settling one call never releases another's hold. */
  id: string;
  tokens: number;
}

export interface ReserveTokensRequest extends TokenReservation {
  /** The day's limit: refused when spent + held + these tokens would exceed it. */
  budget: number;
  now: Date;
  /**
   * How long the hold lasts if it is never settled (a worker killed mid-call), so a crash
   * cannot lock a workspace out of its budget for the rest of the day.
   */
  leaseMs: number;
}

/**
 * Model tokens spent per workspace per UTC day, for the daily budget and the usage metric.
 * Calls reserve an estimate first and settle with the real count after, so concurrent calls
 * see each other's holds and cannot all pass a check made before any of them was counted.
 */
export interface UsageMeter {
  /** Adds tokens and returns the day's new total. */
  addTokens(workspaceKey: string, day: string, tokens: number): Promise<number>;
  /** Tokens spent (settled) today; holds of calls in flight are not included. */
  tokensUsed(workspaceKey: string, day: string): Promise<number>;
  /** Holds the tokens if they fit the budget, in one atomic step; false when they do not. */
  reserveTokens(request: ReserveTokensRequest): Promise<boolean>;
  /**
   * Ends a hold and adds what the call really spent (0 when it failed before the model
   * answered); returns the day's new total. Settling an unknown or expired hold only adds.
   */
  settleTokens(reservation: TokenReservation, spentTokens: number): Promise<number>;
}
