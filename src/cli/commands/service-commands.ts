import type { Command } from 'commander';
import { createPinoLogger } from '../../adapters/logging/create-pino-logger.ts';
import type { ShutdownStep } from '../../roles/run-until-signal.ts';
import type { WorkerRole } from '../../roles/start-worker-role.ts';
import type { CliDependencies } from '../cli-dependencies.ts';

/** The service modules load only for these commands, so `summarize` starts fast. */
async function loadRoles() {
  const [service, signal, http, worker, platforms, dashboard] = await Promise.all([
    import('../../roles/create-service.ts'),
    import('../../roles/run-until-signal.ts'),
    import('../../roles/start-http-role.ts'),
    import('../../roles/start-worker-role.ts'),
    import('../../roles/start-chat-platforms.ts'),
    import('../../roles/create-dashboard-routes.ts'),
  ]);
  return { ...service, ...signal, ...http, ...worker, ...platforms, ...dashboard };
}

/**
 * `newsbrief worker` and `newsbrief serve [--with-worker]`: the long-running processes, from
 * one image. Service logs go to stdout as JSON at LOG_LEVEL.
 */
export function registerServiceCommands(
  program: Command,
  dependencies: () => CliDependencies,
): void {
  program
    .command('worker')
    .description(
      'run the queue workers (ingest, brief, deliver, digest, answer); scale by running more',
    )
    .action(async () => {
      const { config } = dependencies();
      const { createService, startWorkerRole, runUntilSignal, registerChatPublishers } =
        await loadRoles();
      const logger = createPinoLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
      const service = await createService(config, logger);
      const platforms = await registerChatPublishers(service);
      const worker = await startWorkerRole(service);
      logger.info({ platforms: ['console', ...platforms] }, 'worker ready');
      await runUntilSignal(logger, [
        { name: 'workers finish active jobs', run: () => worker.close() },
        { name: 'queues and redis', run: () => service.close() },
      ]);
    });

  program
    .command('serve')
    .description(
      'run the HTTP server (health, metrics, chat adapters), optionally with the workers',
    )
    .option('--with-worker', 'also run the queue workers in this process (small installs)')
    .action(async (flags: { withWorker?: boolean }) => {
      const { config } = dependencies();
      const roles = await loadRoles();
      const logger = createPinoLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
      const service = await roles.createService(config, logger);
      await roles.registerChatPublishers(service);
      const platforms = await roles.startChatPlatforms(service);
      let worker: WorkerRole | undefined;
      if (flags.withWorker === true) worker = await roles.startWorkerRole(service);
      const http = await roles.startHttpRole(service, {
        port: config.PORT,
        workers: () => worker?.workers ?? [],
        routes: { ...platforms.routes, ...(await roles.createDashboardRoutes(service)) },
      });
      logger.info(
        { port: http.port, platforms: ['console', ...platforms.names] },
        'newsbrief serving',
      );
      const steps: ShutdownStep[] = [
        { name: 'stop taking requests', run: () => http.close() },
        { name: 'stop chat receivers', run: () => platforms.close() },
      ];
      if (worker !== undefined) {
        const running = worker;
        steps.push({ name: 'workers finish active jobs', run: () => running.close() });
      }
      steps.push({ name: 'queues and redis', run: () => service.close() });
      await roles.runUntilSignal(logger, steps);
    });
}
