import { describe, it, expect } from 'vitest';
import { isAppError } from '../../../src/core/errors.ts';
import { parsePromptFile } from '../../../src/core/prompts/parse-prompt-file.ts';

const valid = `---
id: article-brief
version: 7
output: article-brief
temperature: 0.2
maxOutputTokens: 500
variables: article, language
---

## system

Write in {{language}}.

## user

<article>
{{ article }}
</article>
`;

function problemsOf(source: string): string {
  try {
    parsePromptFile(source, 'broken.md');
  } catch (error) {
    if (isAppError(error)) {
      expect(error.code).toBe('config-invalid');
      return error.userMessage;
    }
    throw error;
  }
  throw new Error('expected the prompt file to be rejected');
}

describe('parsePromptFile', () => {
  it('reads front matter, parameters and both sections', () => {
    const template = parsePromptFile(valid, 'article-brief.md');
    expect(template).toEqual({
      id: 'article-brief',
      version: '7',
      output: 'article-brief',
      parameters: { temperature: 0.2, maxOutputTokens: 500 },
      variables: ['article', 'language'],
      sections: { system: 'Write in {{language}}.', user: '<article>\n{{ article }}\n</article>' },
      fileName: 'article-brief.md',
    });
  });

  it('names every missing front-matter field at once', () => {
    const message = problemsOf(
      valid
        .replace('id: article-brief\n', '')
        .replace('version: 7\n', '')
        .replace('output: article-brief\n', ''),
    );
    expect(message).toContain('Prompt file broken.md is invalid');
    expect(message).toContain('missing "id"');
    expect(message).toContain('missing "version"');
    expect(message).toContain('missing "output"');
  });

  it('rejects an unknown output schema and lists the known ones', () => {
    const message = problemsOf(valid.replace('output: article-brief', 'output: article-summary'));
    expect(message).toContain('unknown output schema "article-summary"');
    expect(message).toContain('question-answer');
  });

  it('rejects an unknown section', () => {
    expect(problemsOf(`${valid}\n## assistant\n\nSure.\n`)).toContain(
      'unknown section "## assistant"',
    );
  });

  it('rejects a missing front matter and a missing section', () => {
    expect(problemsOf('## system\nHi\n')).toContain('missing front matter');
    expect(problemsOf(valid.replace(/## user[\s\S]*$/, ''))).toContain(
      'missing or empty "## user" section',
    );
  });

  it('rejects a variable used but not declared, and one declared but never used', () => {
    const message = problemsOf(
      valid.replace('variables: article, language', 'variables: article, bulletCount'),
    );
    expect(message).toContain('{{language}} is used but not listed in variables');
    expect(message).toContain('variable "bulletCount" is declared but never used');
  });

  it('rejects bad parameters and unknown keys', () => {
    const message = problemsOf(
      valid
        .replace('temperature: 0.2', 'temperature: hot')
        .replace('maxOutputTokens: 500', 'maxTokens: 500'),
    );
    expect(message).toContain('temperature must be a number from 0 to 2, got "hot"');
    expect(message).toContain('unknown front matter key "maxTokens"');
  });

  it('rejects a malformed placeholder', () => {
    expect(problemsOf(valid.replace('{{language}}', '{{language'))).toContain(
      'malformed "{{…}}" placeholder',
    );
  });
});
