import { describe, expect, it } from 'vitest';
import { createDeferredLogger } from '../../../src/adapters/logging/create-deferred-logger.ts';
import { createPinoLogger } from '../../../src/adapters/logging/create-pino-logger.ts';

function deferredCapture(level: string) {
  const lines: string[] = [];
  let made = 0;
  const logger = createDeferredLogger(level, () => {
    made += 1;
    return createPinoLogger({
      level,
      destination: { write: (line: string) => void lines.push(line) },
    });
  });
  return { logger, lines, made: () => made };
}

describe('the deferred logger', () => {
  it('makes no logger while every line is below its level', () => {
    const { logger, lines, made } = deferredCapture('error');
    logger.debug({}, 'quiet');
    logger.info({}, 'quiet');
    logger.child({ component: 'x' }).warn({}, 'quiet');
    expect(made()).toBe(0);
    expect(lines).toEqual([]);
  });

  it('makes the logger once and writes lines at its level, with child fields and redaction', () => {
    const { logger, lines, made } = deferredCapture('warn');
    logger.warn({ password: 'pw-1' }, 'first');
    logger.child({ component: 'fetch' }).error({ code: 'x' }, 'second');
    expect(made()).toBe(1);
    const written = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(written.map((line) => line.msg)).toEqual(['first', 'second']);
    expect(written[0]?.password).toBe('[redacted]');
    expect(written[1]?.component).toBe('fetch');
  });

  it('writes nothing at level silent', () => {
    const { logger, made } = deferredCapture('silent');
    logger.error({}, 'dropped');
    expect(made()).toBe(0);
  });
});
