import type { HttpRoute } from '../adapters/chat/chat-adapter-host.ts';
import type { Service } from './create-service.ts';

/**
 * The queue dashboard's route when DASHBOARD_PASSWORD is set, else none. Loaded on demand, so
 * an install without a dashboard never loads Express.
 */
export async function createDashboardRoutes(service: Service): Promise<Record<string, HttpRoute>> {
  const password = service.config.DASHBOARD_PASSWORD;
  if (password === undefined) return {};
  const { createQueueDashboard, queueDashboardPath } =
    await import('../adapters/dashboard/create-queue-dashboard.ts');
  const queues = Object.values(service.queues.queues);
  service.logger.info({ path: queueDashboardPath }, 'queue dashboard enabled');
  return {
    [queueDashboardPath]: createQueueDashboard(queues, {
      user: service.config.DASHBOARD_USER,
      password,
    }),
  };
}
