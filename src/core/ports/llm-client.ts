import type { z } from 'zod';
import type { TokenUsage } from '../model/brief.ts';

export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmRequest<Output> {
  messages: LlmMessage[];
  /** Name and zod schema of the JSON object the model must return. */
  output: { name: string; schema: z.ZodType<Output> };
  temperature?: number;
  maxOutputTokens?: number;
  signal?: AbortSignal;
}

export interface LlmResponse<Output> {
  value: Output;
  model: string;
  usage: TokenUsage;
}

/**
 * A chat model that returns validated JSON. Fails with AppError codes llm-unavailable
 * (retryable: network, 5xx, 429, timeout), llm-invalid-output and llm-refused, and, behind a
 * workspace's daily budget, budget-spent before the call is made.
 */
export interface LlmClient {
  readonly model: string;
  complete<Output>(request: LlmRequest<Output>): Promise<LlmResponse<Output>>;
}
