import { z } from 'zod';
import type { LlmRequest } from '../ports/llm-client.ts';
import { estimateTokens } from '../prompts/estimate-tokens.ts';

/** Chat framing per message (role, separators) that the tokenizer counts beyond the text. */
const framingTokensPerMessage = 8;
/**
 * The JSON Schema travels with every request (in response_format, or appended to the system
 * message with a sentence of instruction when the server lacks json_schema).
 */
const schemaInstructionTokens = 40;
/** When a request sets no reply cap the server's own may be large; this is our prompts' largest. */
const defaultReplyTokens = 1_500;

const schemaTokens = new WeakMap<z.ZodType, number>();

/**
 * The most one model call can cost, from the request alone: the prompt estimated from its
 * characters (erring high), the schema, and the full reply cap, since the reply's length is
 * known only afterwards. Reserved before the call, so a budget holds even under concurrency.
 */
export function estimateRequestTokens<Output>(request: LlmRequest<Output>): number {
  const prompt = request.messages.reduce(
    (sum, message) => sum + estimateTokens(message.content) + framingTokensPerMessage,
    0,
  );
  return (
    prompt + schemaCost(request.output.schema) + (request.maxOutputTokens ?? defaultReplyTokens)
  );
}

function schemaCost(schema: z.ZodType): number {
  const known = schemaTokens.get(schema);
  if (known !== undefined) return known;
  let cost: number;
  try {
    const jsonSchema = z.toJSONSchema(schema, { unrepresentable: 'any' });
    cost = estimateTokens(JSON.stringify(jsonSchema)) + schemaInstructionTokens;
  } catch {
    // A schema zod cannot describe still costs something; this is more than any of ours.
    cost = 300;
  }
  schemaTokens.set(schema, cost);
  return cost;
}
