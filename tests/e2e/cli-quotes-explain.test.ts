import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

/** A short wire story read from standard input, as a user would pipe one in. */
const story = [
  'Council approves the harbour budget',
  '',
  'The harbour council approved its budget on Tuesday after a long night of debate.',
  '',
  '“We decided that two years ago,” said Rafael Duquesne, the council chairman.',
  '',
  '“I have read every page,” he said.',
].join('\n');

describe('newsbrief quotes --explain', () => {
  it('prints each quote with its speaker and the rule that named the speaker', async () => {
    const result = await runCli(['quotes', '-', '--explain'], { stdin: story });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/· Rafael Duquesne · by verb-after-quote\/inverted-verb\n/u);
    expect(result.stdout).toMatch(
      /· Rafael Duquesne · by verb-after-quote\/subject-verb \(pronoun\)\n/u,
    );
    expect(result.stdout).toContain('“I have read every page”');
  });

  it('gives the rule in the JSON output too', async () => {
    const result = await runCli(['quotes', '-', '--format', 'json'], { stdin: story });
    const output = JSON.parse(result.stdout) as {
      quotations: { speaker: string | null; attributionRule?: string }[];
    };
    expect(output.quotations.map((quote) => quote.attributionRule)).toEqual([
      'verb-after-quote/inverted-verb',
      'verb-after-quote/subject-verb (pronoun)',
    ]);
  });
});
