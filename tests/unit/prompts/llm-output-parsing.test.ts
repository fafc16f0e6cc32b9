import { describe, it, expect } from 'vitest';
import { extractJson } from '../../../src/adapters/llm/openai/extract-json.ts';
import { parseModelOutput } from '../../../src/adapters/llm/openai/parse-model-output.ts';
import { toStrictJsonSchema } from '../../../src/adapters/llm/openai/strict-json-schema.ts';
import { questionAnswerOutput } from '../../../src/core/prompts/output-schemas.ts';

describe('extractJson', () => {
  it('takes the body of a ```json fence', () => {
    expect(extractJson('Here you go:\n```json\n{"a": 1}\n```\nAnything else?')).toBe('{"a": 1}');
  });

  it('takes the first balanced object, skipping braces inside strings', () => {
    expect(extractJson('Sure! {"text": "a } b {", "n": {"x": 2}} and {"later": true}')).toBe(
      '{"text": "a } b {", "n": {"x": 2}}',
    );
  });

  it('finds nothing in prose or an unclosed object', () => {
    expect(extractJson('I cannot help with that.')).toBeUndefined();
    expect(extractJson('{"headline": "cut off')).toBeUndefined();
  });
});

describe('parseModelOutput', () => {
  it('validates against the schema and explains a mismatch', () => {
    expect(
      parseModelOutput(
        '{"answer":"Yes.","citedSentenceNumbers":[2],"answerable":true}',
        questionAnswerOutput,
      ),
    ).toEqual({
      ok: true,
      value: { answer: 'Yes.', citedSentenceNumbers: [2], answerable: true },
    });
    const mismatch = parseModelOutput(
      '{"answer":"Yes.","citedSentenceNumbers":["two"]}',
      questionAnswerOutput,
    );
    expect(mismatch.ok).toBe(false);
    expect(!mismatch.ok && mismatch.problem).toContain('citedSentenceNumbers.0');
    expect(!mismatch.ok && mismatch.problem).toContain('answerable');
  });
});

describe('toStrictJsonSchema', () => {
  it('makes every property required, forbids extras and drops keywords strict mode rejects', () => {
    expect(toStrictJsonSchema(questionAnswerOutput)).toEqual({
      type: 'object',
      properties: {
        answer: { type: 'string' },
        citedSentenceNumbers: { type: 'array', items: { type: 'integer' } },
        answerable: { type: 'boolean' },
      },
      required: ['answer', 'citedSentenceNumbers', 'answerable'],
      additionalProperties: false,
    });
  });
});
