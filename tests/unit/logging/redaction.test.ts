import { describe, expect, it } from 'vitest';
import { createPinoLogger } from '../../../src/adapters/logging/create-pino-logger.ts';
import { configSchema } from '../../../src/config/config-schema.ts';

function captureLogger() {
  const lines: string[] = [];
  const logger = createPinoLogger({
    level: 'info',
    destination: { write: (line: string) => void lines.push(line) },
  });
  return { logger, lines };
}

describe('log redaction', () => {
  it('never writes a configured secret, at the top or one level down', () => {
    const secretKeys = Object.keys(configSchema.shape).filter((key) =>
      /(?:SECRET|_TOKEN$|_KEY$|PASSWORD)/u.test(key),
    );
    expect(secretKeys.length).toBeGreaterThanOrEqual(8);
    const values = Object.fromEntries(secretKeys.map((key) => [key, `secret-value-of-${key}`]));
    const { logger, lines } = captureLogger();
    logger.info(values, 'config loaded');
    logger.info({ config: values }, 'config nested');
    const written = lines.join('');
    for (const key of secretKeys) expect(written).not.toContain(`secret-value-of-${key}`);
    expect(written).toContain('[redacted]');
  });

  it('hides tokens, passwords and authorization headers the adapters may log', () => {
    const { logger, lines } = captureLogger();
    logger.warn(
      {
        installation: { botToken: 'xoxb-1', refreshToken: 'xoxe-2', clientSecret: 'cs-3' },
        request: { headers: { authorization: 'Basic YWRtaW46cHc=', cookie: 'slack-state=4' } },
        password: 'pw-5',
        channelId: 'C123',
      },
      'something failed',
    );
    const written = lines.join('');
    for (const secret of ['xoxb-1', 'xoxe-2', 'cs-3', 'YWRtaW46cHc=', 'slack-state=4', 'pw-5'])
      expect(written).not.toContain(secret);
    expect(written).toContain('C123');
  });
});
