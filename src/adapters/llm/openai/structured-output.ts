import type OpenAI from 'openai';
import { APIError } from 'openai';
import type { LlmMessage } from '../../../core/ports/llm-client.ts';

/** How the client asks for JSON; `none` means plain text with the object extracted from it. */
export const structuredOutputModes = ['json_schema', 'json_object', 'none'] as const;
export type StructuredOutputMode = (typeof structuredOutputModes)[number];

type ResponseFormat = OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format'];

/** The `response_format` for a mode; undefined (field omitted) for plain text. */
export function responseFormatFor(
  mode: StructuredOutputMode,
  name: string,
  jsonSchema: Record<string, unknown>,
): ResponseFormat {
  if (mode === 'json_schema')
    return {
      type: 'json_schema',
      json_schema: { name: safeSchemaName(name), strict: true, schema: jsonSchema },
    };
  if (mode === 'json_object') return { type: 'json_object' };
  return undefined;
}

/**
 * Without json_schema the model only learns the shape from the prompt, so the schema is
 * appended to the system message (json_object mode also requires the word "JSON" there).
 */
export function messagesFor(
  mode: StructuredOutputMode,
  messages: LlmMessage[],
  jsonSchema: Record<string, unknown>,
): LlmMessage[] {
  if (mode === 'json_schema') return messages;
  const instruction = `Reply with only one JSON object, no prose and no code fence, matching this JSON Schema: ${JSON.stringify(jsonSchema)}`;
  const systemIndex = messages.findIndex((message) => message.role === 'system');
  if (systemIndex === -1) return [{ role: 'system', content: instruction }, ...messages];
  return messages.map((message, index) =>
    index === systemIndex
      ? { ...message, content: `${message.content}\n\n${instruction}` }
      : message,
  );
}

/**
 * Whether a server turned down the response format itself (as llama.cpp, older vLLM, LM
 * Studio and some proxies do with a 400 or 422), rather than the request as a whole.
 */
export function isResponseFormatRejection(error: unknown): boolean {
  if (!(error instanceof APIError) || error.status === undefined) return false;
  if (![400, 404, 422, 501].includes(error.status)) return false;
  // Only errors naming the format count: a 400 about another parameter must not downgrade the client.
  return /response_format|json_schema|json_object|structured.output|\bschema\b/i.test(
    describeApiError(error),
  );
}

/** Whether the server wants `max_completion_tokens` instead of `max_tokens` (OpenAI's newer models). */
export function isMaxTokensRejection(error: unknown): boolean {
  return (
    error instanceof APIError &&
    error.status === 400 &&
    /max_completion_tokens/.test(describeApiError(error))
  );
}

/** Whether the model only accepts its default temperature (OpenAI's reasoning models). */
export function isTemperatureRejection(error: unknown): boolean {
  return (
    error instanceof APIError &&
    error.status === 400 &&
    /temperature/i.test(describeApiError(error))
  );
}

export function describeApiError(error: APIError): string {
  return `${error.message} ${JSON.stringify(error.error ?? {})}`;
}

function safeSchemaName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'output';
}
