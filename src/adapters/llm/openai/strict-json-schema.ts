import { z } from 'zod';

/**
 * Converts a zod schema to the JSON Schema dialect OpenAI's strict structured outputs accept:
 * every object lists all its properties as required and forbids others, and keywords strict
 * mode rejects (`$schema`, the safe-integer bounds zod adds to `.int()`) are removed.
 */
export function toStrictJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const strict = makeStrict(converted);
  return isRecord(strict) ? strict : {};
}

function makeStrict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(makeStrict);
  if (!isRecord(node)) return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    if (
      (key === 'minimum' || key === 'maximum') &&
      typeof value === 'number' &&
      Math.abs(value) >= Number.MAX_SAFE_INTEGER
    )
      continue;
    result[key] = makeStrict(value);
  }
  if (result['type'] === 'object' && isRecord(result['properties'])) {
    result['required'] = Object.keys(result['properties']);
    result['additionalProperties'] = false;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
