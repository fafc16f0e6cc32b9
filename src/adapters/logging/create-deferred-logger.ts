import type { Logger } from '../../core/ports/logger.ts';

/** pino's numeric levels: a line is written when its level is at or above the logger's. */
const levelValues: Record<string, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

/**
 * A logger that makes the real one (`create`) only when a line at `level` or above is written,
 * so a CLI run that logs nothing never loads the logging library. Lines below the level are
 * dropped, as the real logger would drop them.
 */
export function createDeferredLogger(level: string, create: () => Logger): Logger {
  const threshold = levelValues[level] ?? levelValues.info ?? 30;
  let real: Logger | undefined;
  const resolve = () => (real ??= create());
  return deferredView(threshold, resolve);
}

function deferredView(threshold: number, resolve: () => Logger): Logger {
  const write =
    (name: 'debug' | 'info' | 'warn' | 'error') =>
    (fields: Record<string, unknown>, message: string) => {
      if ((levelValues[name] ?? 0) >= threshold) resolve()[name](fields, message);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child(fields) {
      let child: Logger | undefined;
      return deferredView(threshold, () => (child ??= resolve().child(fields)));
    },
  };
}
