import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { AppError } from '../core/errors.ts';

/**
 * The environment newsbrief runs with: the process environment, plus the `.env` file of the
 * working directory for every variable the environment does not set. Variables already in the
 * environment win, as with `node --env-file`, docker compose's `env_file` and dotenv, so a
 * one-off `LOG_LEVEL=debug newsbrief …` still overrides the file. Node's own parser
 * (`util.parseEnv`) reads it: the same syntax `--env-file` takes, and the one `.env.example`
 * is written in (quoted values, comments), which is also valid shell.
 */
export function withDotEnv(
  environment: Record<string, string | undefined>,
  folder: string = process.cwd(),
): Record<string, string | undefined> {
  const path = join(folder, '.env');
  if (!existsSync(path)) return environment;
  let parsed: Record<string, string>;
  try {
    parsed = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new AppError({
      code: 'config-invalid',
      userMessage: `The .env file in ${folder} could not be read.`,
      cause: error,
    });
  }
  const merged: Record<string, string | undefined> = { ...parsed };
  for (const [name, value] of Object.entries(environment))
    if (value !== undefined) merged[name] = value;
  return merged;
}
