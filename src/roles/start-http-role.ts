import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from 'bullmq';
import type { HttpRoute } from '../adapters/chat/chat-adapter-host.ts';
import { redisFailureReason } from '../adapters/redis/describe-redis-failure.ts';
import { pingInstallNode } from '../adapters/redis/redis-client.ts';
import type { Service } from './create-service.ts';

export type { HttpRoute };

export interface HttpRoleOptions {
  port: number;
  /** Workers running in this process, reported by /healthz. */
  workers?: () => readonly Worker[];
  routes?: Record<string, HttpRoute>;
}

export interface HttpRole {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** A ping that a Redis which accepts but never answers cannot hold past the health check's own timeout. */
const pingTimeoutMs = 2_000;

/**
 * One HTTP server for health, metrics and the chat adapters. /healthz answers 200 only when
 * Redis answers and every in-process worker is running, so an orchestrator restarts a stuck pod.
 */
export async function startHttpRole(service: Service, options: HttpRoleOptions): Promise<HttpRole> {
  const routes = Object.entries(options.routes ?? {});
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const handle = async () => {
      if (request.method === 'GET' && path === '/healthz')
        return health(service, options, response);
      if (request.method === 'GET' && path === '/metrics') {
        response.writeHead(200, { 'content-type': service.metrics.contentType });
        response.end(await service.metrics.render());
        return;
      }
      const route = routes.find(([prefix]) => path.startsWith(prefix));
      if (route !== undefined) return route[1](request, response);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
    };
    handle().catch((error: unknown) => {
      service.logger.error({ err: error, path }, 'http handler failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  service.logger.info({ port }, 'http server listening');
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function health(
  service: Service,
  options: HttpRoleOptions,
  response: ServerResponse,
): Promise<void> {
  const redis = await redisHealth(service);
  const workers = options.workers?.() ?? [];
  const stopped = workers.filter((worker) => !worker.isRunning()).map((worker) => worker.name);
  const healthy = redis === 'ok' && stopped.length === 0;
  response.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      status: healthy ? 'ok' : 'unhealthy',
      redis,
      workers: workers.length,
      stoppedWorkers: stopped,
    }),
  );
}

/**
 * "ok", or "unreachable: <reason>" in the words of the start-up check ("connection refused").
 * While the connections say Redis is gone no ping is sent; while they say it is up, a ping
 * confirms it still answers.
 */
async function redisHealth(service: Service): Promise<string> {
  const { reachable, reason } = service.reachability;
  if (!reachable) return `unreachable: ${reason ?? 'connection lost'}`;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('unreachable: timed out'), pingTimeoutMs);
  });
  const answer = pingInstallNode(service.redis, service.config.REDIS_PREFIX).then(
    () => 'ok',
    (error: unknown) => `unreachable: ${redisFailureReason(error)}`,
  );
  const result = await Promise.race([answer, timedOut]);
  clearTimeout(timer);
  return result;
}
