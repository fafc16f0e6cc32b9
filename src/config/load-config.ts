import { AppError } from '../core/errors.ts';
import { configSchema, type Config } from './config-schema.ts';

/**
 * Parses the environment once, at start. A bad or missing value fails with one message that
 * names every problem, so a misconfigured deploy is fixed in one round trip.
 */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
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
