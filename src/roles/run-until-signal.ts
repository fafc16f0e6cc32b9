import type { Logger } from '../core/ports/logger.ts';

export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

export interface ShutdownOptions {
  /** How long the steps may take in all (SHUTDOWN_GRACE_MS); then the process exits with 1. */
  graceMs: number;
}

/**
 * Keeps the process up until SIGINT or SIGTERM, then runs the shutdown steps in order (stop
 * intake, let workers finish their active jobs, close queues, quit Redis). A step that is still
 * waiting when the grace period ends (a job longer than it, a Redis that went away mid-way)
 * does not keep the process alive: it exits with code 1 before an orchestrator's SIGKILL, and
 * the cut jobs are retried elsewhere once their locks expire. A second signal exits at once.
 */
export function runUntilSignal(
  logger: Logger,
  steps: readonly ShutdownStep[],
  options: ShutdownOptions,
): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal, graceMs: options.graceMs }, 'shutting down');
      let current = steps[0]?.name;
      const overdue = setTimeout(() => {
        logger.warn(
          { step: current, graceMs: options.graceMs },
          'shutdown grace period over: exiting without waiting further',
        );
        process.exit(1);
      }, options.graceMs);
      for (const step of steps) {
        current = step.name;
        try {
          await step.run();
          logger.info({ step: step.name }, 'shutdown step done');
        } catch (error) {
          logger.error({ step: step.name, err: error }, 'shutdown step failed');
        }
      }
      clearTimeout(overdue);
      resolve();
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}
