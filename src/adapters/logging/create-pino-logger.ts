import { pino } from 'pino';
import type { Logger } from '../../core/ports/logger.ts';

/** Field paths never written to logs, wherever they appear. */
export const redactedPaths = [
  'apiKey',
  'token',
  'botToken',
  'signingSecret',
  'authorization',
  '*.apiKey',
  '*.token',
  '*.botToken',
  '*.signingSecret',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'OPENAI_API_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
];

export interface PinoLoggerOptions {
  level: string;
  /** Where the lines go: stdout for services, stderr for the CLI (stdout carries its output). */
  destination: 'stdout' | 'stderr';
}

/** A structured JSON logger with secrets redacted; pino's API already matches the Logger port. */
export function createPinoLogger(options: PinoLoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      base: { service: 'newsbrief' },
    },
    pino.destination(options.destination === 'stderr' ? 2 : 1),
  );
}
