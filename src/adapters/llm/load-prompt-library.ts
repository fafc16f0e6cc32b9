import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, isAppError } from '../../core/errors.ts';
import { parsePromptFile } from '../../core/prompts/parse-prompt-file.ts';
import type { PromptLibrary, PromptTemplate } from '../../core/prompts/prompt-template.ts';
import { createPromptLibrary } from '../../core/prompts/prompt-template.ts';

/** The repository's prompts/ folder; the same relative path from src/ and from dist/. */
export const defaultPromptDirectory = fileURLToPath(new URL('../../../prompts/', import.meta.url));

/** Prompts the application calls by id; a deployment missing one should not start. */
export const requiredPromptIds = [
  'article-brief',
  'article-brief-combine',
  'digest-compose',
  'question-answer',
];

export interface LoadPromptLibraryOptions {
  directory?: string;
  requiredIds?: string[];
}

/**
 * Reads and validates every prompts/*.md at start. Throws one AppError config-invalid that
 * names every problem in every file (bad front matter, unknown schema or section, undeclared
 * or unused variables, a file whose id differs from its name, a required prompt missing).
 */
export async function loadPromptLibrary(
  options: LoadPromptLibraryOptions = {},
): Promise<PromptLibrary> {
  const directory = options.directory ?? defaultPromptDirectory;
  const requiredIds = options.requiredIds ?? requiredPromptIds;
  let fileNames: string[];
  try {
    fileNames = (await readdir(directory)).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    throw new AppError({
      code: 'config-invalid',
      userMessage: `The prompt folder ${directory} cannot be read.`,
      cause: error,
    });
  }

  const problems: string[] = [];
  const templates: PromptTemplate[] = [];
  for (const fileName of fileNames) {
    const source = await readFile(join(directory, fileName), 'utf8');
    try {
      const template = parsePromptFile(source, fileName);
      const expectedId = basename(fileName, '.md');
      if (template.id !== expectedId)
        problems.push(
          `${fileName}: id "${template.id}" should match the file name ("${expectedId}")`,
        );
      else templates.push(template);
    } catch (error) {
      if (!isAppError(error)) throw error;
      problems.push(error.userMessage);
    }
  }
  const loadedIds = new Set(templates.map((template) => template.id));
  for (const id of requiredIds) {
    if (!loadedIds.has(id) && !fileNames.includes(`${id}.md`))
      problems.push(`required prompt ${id}.md is missing`);
  }
  if (problems.length > 0) {
    throw new AppError({
      code: 'config-invalid',
      userMessage: `Prompt files in ${directory} are invalid: ${problems.join(' | ')}`,
      details: { directory, problems },
    });
  }
  return createPromptLibrary(templates);
}
