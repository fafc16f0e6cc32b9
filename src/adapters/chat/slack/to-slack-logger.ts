import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../../core/ports/logger.ts';

/**
 * Our structured logger in the shape Bolt and the Web API client expect, so their messages
 * land in the service log (as JSON, redacted) instead of on the console.
 */
export function toSlackLogger(logger: Logger): SlackLogger {
  let level: LogLevel = LogLevel.WARN;
  const text = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
  const slackLogger: SlackLogger = {
    debug: (...parts) => logger.debug({ source: 'slack' }, text(parts)),
    info: (...parts) => logger.info({ source: 'slack' }, text(parts)),
    warn: (...parts) => logger.warn({ source: 'slack' }, text(parts)),
    error: (...parts) => logger.error({ source: 'slack' }, text(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
  return slackLogger;
}
