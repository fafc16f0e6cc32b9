import type { z } from 'zod';
import { extractJson } from './extract-json.ts';
import { setAsideReasoning } from './set-aside-reasoning.ts';

export type ParsedOutput<Output> = { ok: true; value: Output } | { ok: false; problem: string };

/**
 * Parses and validates a model's reply. Tries the reply as JSON first, then the object found
 * inside it (fences, prose), since even json_schema servers sometimes wrap their answer.
 * Thinking written into the reply (`<think>…</think>`) is set aside first. The problem sentence
 * is what the repair request shows the model.
 */
export function parseModelOutput<Output>(
  reply: string,
  schema: z.ZodType<Output>,
): ParsedOutput<Output> {
  const content = setAsideReasoning(reply);
  const candidates = [content.trim(), extractJson(content)].filter(
    (text): text is string => text !== undefined && text !== '',
  );
  if (candidates.length === 0)
    return { ok: false, problem: 'the reply was empty; it must be one JSON object' };
  let problem = 'the reply is not valid JSON';
  for (const candidate of [...new Set(candidates)]) {
    let json: unknown;
    try {
      json = JSON.parse(candidate);
    } catch {
      continue;
    }
    const result = schema.safeParse(json);
    if (result.success) return { ok: true, value: result.data };
    problem = `the JSON does not match the schema: ${result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')}`;
  }
  return { ok: false, problem };
}
