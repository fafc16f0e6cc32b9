import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  defaultPromptDirectory,
  loadPromptLibrary,
} from '../../../src/adapters/llm/load-prompt-library.ts';
import { isAppError } from '../../../src/core/errors.ts';

describe('loadPromptLibrary', () => {
  it('loads and validates every prompt file in prompts/', async () => {
    const library = await loadPromptLibrary();
    expect(library.ids().sort()).toEqual([
      'article-brief',
      'article-brief-combine',
      'digest-compose',
      'question-answer',
    ]);
    expect(library.get('article-brief').output).toBe('article-brief');
    expect(library.get('question-answer').variables.sort()).toEqual([
      'history',
      'question',
      'sentences',
    ]);
  });

  it('names every problem in every file, and a missing required prompt', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'prompts-'));
    try {
      const good = await readFile(join(defaultPromptDirectory, 'digest-compose.md'), 'utf8');
      await writeFile(
        join(directory, 'digest-compose.md'),
        good.replace('output: digest-compose', 'output: digest'),
      );
      await writeFile(
        join(directory, 'question-answer.md'),
        good.replace('id: digest-compose', 'id: qa'),
      );
      const failure = await loadPromptLibrary({
        directory,
        requiredIds: ['digest-compose', 'question-answer', 'article-brief'],
      }).catch((error: unknown) => error);
      expect(isAppError(failure) && failure.code).toBe('config-invalid');
      const message = isAppError(failure) ? failure.userMessage : '';
      expect(message).toContain(
        'Prompt file digest-compose.md is invalid: unknown output schema "digest"',
      );
      expect(message).toContain(
        'question-answer.md: id "qa" should match the file name ("question-answer")',
      );
      expect(message).toContain('required prompt article-brief.md is missing');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('fails with a clear message when asked for an unknown id', async () => {
    const library = await loadPromptLibrary();
    expect(() => library.get('article-summary')).toThrow('No prompt file has id "article-summary"');
  });
});
