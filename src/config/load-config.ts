import { AppError } from '../core/errors.ts';
import { configSchema, type Config } from './config-schema.ts';
import { withDotEnv } from './read-dot-env.ts';

/**
 * Parses the environment once, at start. A bad or missing value fails with one message that
 * names every problem, so a misconfigured deploy is fixed in one round trip. With no argument it
 * reads the process environment and, under it, the working directory's `.env` file.
 */
export function loadConfig(
  environment: Record<string, string | undefined> = withDotEnv(process.env),
): Config {
  const result = configSchema.safeParse(environment);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    return `${name}: ${issue.message}`;
  });
  throw new AppError({
    code: 'config-invalid',
    userMessage: `Invalid configuration — ${problems.join('; ')}.`,
    details: { problems },
  });
}
