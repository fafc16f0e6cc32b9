import type { Logger } from '../core/ports/logger.ts';

export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

/**
 * Keeps the process up until SIGINT or SIGTERM, then runs the shutdown steps in order (stop
 * intake, let workers finish their active jobs, close queues, quit Redis). A second signal
 * exits at once, for when a step hangs.
 */
export function runUntilSignal(logger: Logger, steps: readonly ShutdownStep[]): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down');
      for (const step of steps) {
        try {
          await step.run();
          logger.info({ step: step.name }, 'shutdown step done');
        } catch (error) {
          logger.error({ step: step.name, err: error }, 'shutdown step failed');
        }
      }
      resolve();
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}
