import { createRequire } from 'node:module';
import type { DestinationStream, pino as PinoFactory } from 'pino';
import type { Logger } from '../../core/ports/logger.ts';

// pino (CommonJS) loads when a logger is made, not with this module: the CLI defers making one
// until a line is written (createDeferredLogger), which most runs never do.
const loadCommonJs = createRequire(import.meta.url);

/** Secret field names: the config's secrets and the names SDKs and our code give them. */
const secretFields = [
  'apiKey',
  'token',
  'botToken',
  'appToken',
  'userToken',
  'refreshToken',
  'accessToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'password',
  'authorization',
  'cookie',
  'OPENAI_API_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'DISCORD_TOKEN',
  'DASHBOARD_PASSWORD',
];

/** Field paths never written to logs: each secret field at the top, one level down, and in headers. */
export const redactedPaths = [
  ...secretFields,
  ...secretFields.map((field) => `*.${field}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

export interface PinoLoggerOptions {
  level: string;
  /**
   * Where the lines go: stdout for services, stderr for the CLI (stdout carries its output),
   * or a file appended to (the console chat, whose terminal is the conversation).
   */
  destination: 'stdout' | 'stderr' | { file: string } | DestinationStream;
}

/** A structured JSON logger with secrets redacted; pino's API already matches the Logger port. */
export function createPinoLogger(options: PinoLoggerOptions): Logger {
  const { pino } = loadCommonJs('pino') as { pino: typeof PinoFactory };
  const destination =
    typeof options.destination === 'string'
      ? pino.destination(options.destination === 'stderr' ? 2 : 1)
      : 'file' in options.destination
        ? pino.destination({ dest: options.destination.file, append: true, mkdir: true })
        : options.destination;
  return pino(
    {
      level: options.level,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      base: { service: 'newsbrief' },
    },
    destination,
  );
}
