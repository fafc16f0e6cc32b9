import { describe, it, expect } from 'vitest';
import { isAppError } from '../../../src/core/errors.ts';
import { parsePromptFile } from '../../../src/core/prompts/parse-prompt-file.ts';
import { renderPrompt } from '../../../src/core/prompts/render-prompt.ts';

const template = parsePromptFile(
  `---
id: question-answer
version: 1
output: question-answer
variables: question, sentences
---
## system
Answer from the sentences.
## user
<sentences>
{{sentences}}
</sentences>
<question>{{question}}</question>
`,
  'question-answer.md',
);

function renderError(variables: Record<string, string>): string {
  try {
    renderPrompt(template, variables);
  } catch (error) {
    if (isAppError(error)) return error.userMessage;
    throw error;
  }
  throw new Error('expected rendering to fail');
}

describe('renderPrompt', () => {
  it('returns the system and user messages with every variable filled', () => {
    expect(renderPrompt(template, { question: 'Who?', sentences: '[1] Putin spoke.' })).toEqual([
      { role: 'system', content: 'Answer from the sentences.' },
      {
        role: 'user',
        content: '<sentences>\n[1] Putin spoke.\n</sentences>\n<question>Who?</question>',
      },
    ]);
  });

  it('never expands placeholders that appear inside a value', () => {
    const [, user] = renderPrompt(template, { question: '{{sentences}}', sentences: 'S' });
    expect(user?.content).toBe('<sentences>\nS\n</sentences>\n<question>{{sentences}}</question>');
  });

  it('fails loudly on a missing variable', () => {
    expect(renderError({ question: 'Who?' })).toBe(
      'Prompt "question-answer" could not be rendered: missing {{sentences}}.',
    );
  });

  it('fails loudly on a variable the template does not use', () => {
    expect(renderError({ question: 'Who?', sentences: 'S', language: 'fr' })).toBe(
      'Prompt "question-answer" could not be rendered: not used by the template: language.',
    );
  });
});
