import { AppError } from '../errors.ts';
import type { OutputSchemaName } from './output-schemas.ts';

/** The sections a prompt file may have, in the order their messages are sent. */
export const promptSections = ['system', 'user'] as const;
export type PromptSection = (typeof promptSections)[number];

/** Sampling defaults a prompt file may set; callers may override them per request. */
export interface PromptParameters {
  temperature?: number;
  maxOutputTokens?: number;
}

/** One parsed prompt file: what it is, what it returns, and its `{{variable}}` templates. */
export interface PromptTemplate {
  id: string;
  version: string;
  output: OutputSchemaName;
  parameters: PromptParameters;
  /** Every variable the sections use, each used at least once (checked when parsed). */
  variables: string[];
  sections: { system: string; user: string };
  fileName: string;
}

/** The validated prompt files, by id. */
export interface PromptLibrary {
  /** Fails with AppError config-invalid when no prompt has this id. */
  get(id: string): PromptTemplate;
  ids(): string[];
}

/** Builds a library from parsed templates; ids must be unique. */
export function createPromptLibrary(templates: PromptTemplate[]): PromptLibrary {
  const byId = new Map<string, PromptTemplate>();
  for (const template of templates) {
    const existing = byId.get(template.id);
    if (existing !== undefined) {
      throw new AppError({
        code: 'config-invalid',
        userMessage: `Prompt id "${template.id}" is declared by both ${existing.fileName} and ${template.fileName}.`,
      });
    }
    byId.set(template.id, template);
  }
  return {
    get(id) {
      const template = byId.get(id);
      if (template === undefined) {
        throw new AppError({
          code: 'config-invalid',
          userMessage: `No prompt file has id "${id}" (known: ${[...byId.keys()].join(', ') || 'none'}).`,
        });
      }
      return template;
    },
    ids: () => [...byId.keys()],
  };
}
