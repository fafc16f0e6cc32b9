import { AppError } from '../errors.ts';
import type { LlmMessage } from '../ports/llm-client.ts';
import { placeholderPattern } from './parse-prompt-file.ts';
import type { PromptTemplate } from './prompt-template.ts';
import { promptSections } from './prompt-template.ts';

/**
 * Fills a template's `{{variables}}` and returns the messages to send (system, then user).
 * Substitution is one pass, so a value that itself contains `{{…}}` (article text can) is
 * never expanded. A variable the template needs but the caller did not pass, or one the
 * caller passed that the template does not use, is a programming error and throws.
 */
export function renderPrompt(
  template: PromptTemplate,
  variables: Record<string, string>,
): LlmMessage[] {
  const missing = template.variables.filter((name) => !Object.hasOwn(variables, name));
  const unused = Object.keys(variables).filter((name) => !template.variables.includes(name));
  if (missing.length > 0 || unused.length > 0) {
    const problems = [
      ...(missing.length > 0 ? [`missing ${missing.map((name) => `{{${name}}}`).join(', ')}`] : []),
      ...(unused.length > 0 ? [`not used by the template: ${unused.join(', ')}`] : []),
    ];
    throw new AppError({
      code: 'internal',
      userMessage: `Prompt "${template.id}" could not be rendered: ${problems.join('; ')}.`,
      details: { promptId: template.id, missing, unused },
    });
  }
  return promptSections.map((role) => ({
    role,
    content: template.sections[role].replace(
      placeholderPattern,
      (_whole, name: string) => variables[name] ?? '',
    ),
  }));
}
