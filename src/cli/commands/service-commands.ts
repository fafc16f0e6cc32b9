import type { Command } from 'commander';
import { createPinoLogger } from '../../adapters/logging/create-pino-logger.ts';
import type { Config } from '../../config/config-schema.ts';
import type { Logger } from '../../core/ports/logger.ts';
import type { Service } from '../../roles/create-service.ts';
import type { ShutdownStep } from '../../roles/run-until-signal.ts';
import type { WorkerRole } from '../../roles/start-worker-role.ts';
import type { CliDependencies } from '../cli-dependencies.ts';

/**
 * Opens Redis before anything heavy loads, so a wrong REDIS_URL is one sentence within a
 * second or so (see openServiceRedis), then loads the service modules.
 */
async function connectAndLoadRoles(config: Config, logger: Logger) {
  const { openServiceRedis } = await import('../../roles/open-service-redis.ts');
  const connections = await openServiceRedis(config, logger);
  return { connections, ...(await loadRoles()) };
}

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
    .option('--check', "exit 0 when this host's worker beat its heartbeat lately, else 1")
    .action(async (flags: { check?: boolean }) => {
      const { config } = dependencies();
      if (flags.check === true) {
        const { runHealthCheck, checkWorkerHeartbeat } = await import('./health-command.ts');
        return runHealthCheck(() => checkWorkerHeartbeat(config));
      }
      const logger = createPinoLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
      const roles = await connectAndLoadRoles(config, logger);
      const service = await roles.createService(config, logger, {
        connections: roles.connections,
      });
      const platforms = await roles.registerChatPublishers(service);
      const worker = await roles.startWorkerRole(service);
      const { startWorkerHeartbeat, workerHeartbeatKey } =
        await import('../../adapters/redis/worker-heartbeat.ts');
      const heartbeat = startWorkerHeartbeat(service.redis, {
        key: workerHeartbeatKey(config.REDIS_PREFIX),
        isHealthy: () =>
          service.reachability.reachable && worker.workers.every((each) => each.isRunning()),
        logger,
      });
      logger.info({ platforms: ['console', ...platforms] }, 'worker ready');
      await roles.runUntilSignal(
        logger,
        [
          { name: 'stop the heartbeat', run: () => heartbeat.stop() },
          workersStep(service, worker),
          { name: 'queues and redis', run: () => service.close() },
        ],
        { graceMs: config.SHUTDOWN_GRACE_MS },
      );
    });

  program
    .command('serve')
    .description(
      'run the HTTP server (health, metrics, chat adapters), optionally with the workers',
    )
    .option('--with-worker', 'also run the queue workers in this process (small installs)')
    .action(async (flags: { withWorker?: boolean }) => {
      const { config } = dependencies();
      const logger = createPinoLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
      const roles = await connectAndLoadRoles(config, logger);
      const service = await roles.createService(config, logger, {
        connections: roles.connections,
      });
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
      if (worker !== undefined) steps.push(workersStep(service, worker));
      steps.push({ name: 'queues and redis', run: () => service.close() });
      await roles.runUntilSignal(logger, steps, { graceMs: config.SHUTDOWN_GRACE_MS });
    });
}

/**
 * Lets active jobs finish, unless Redis is unreachable: then none can be marked done, and
 * waiting would only run out the grace period.
 */
export function workersStep(service: Service, worker: WorkerRole): ShutdownStep {
  return {
    name: 'workers finish active jobs',
    run: () => worker.close({ force: !service.reachability.reachable }),
  };
}
