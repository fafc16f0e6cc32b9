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

/** Model tokens spent per workspace per UTC day, for the daily budget and the usage metric. */
export interface UsageMeter {
  /** Adds tokens and returns the day's new total. */
  addTokens(workspaceKey: string, day: string, tokens: number): Promise<number>;
  tokensUsed(workspaceKey: string, day: string): Promise<number>;
}
