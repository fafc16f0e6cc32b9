/**
 * A pino-shaped structured logger, injected everywhere. The first argument carries fields
 * (`{ jobId, articleId }`), the second the message. Secrets are redacted by the adapter.
 */
export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
  child(fields: Record<string, unknown>): Logger;
}

/** A logger that drops everything: the default in tests and pure functions. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
