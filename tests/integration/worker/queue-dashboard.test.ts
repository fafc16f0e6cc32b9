import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardRoutes } from '../../../src/roles/create-dashboard-routes.ts';
import { startHttpRole, type HttpRole } from '../../../src/roles/start-http-role.ts';
import { startHarness, type Harness } from './service-harness.ts';

const password = 'correct horse battery';
let harness: Harness;
let http: HttpRole;

beforeAll(async () => {
  harness = await startHarness('dashboard', { DASHBOARD_PASSWORD: password });
  http = await startHttpRole(harness.service, {
    port: 0,
    routes: await createDashboardRoutes(harness.service),
  });
});

afterAll(async () => {
  await http.close();
  await harness.close();
});

const url = (path: string) => `http://127.0.0.1:${http.port}${path}`;
const basic = (user: string, secret: string) =>
  `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

describe('the queue dashboard (bull-board) on the serve HTTP server', () => {
  it('asks for credentials and refuses wrong ones, for the page and the API alike', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const anonymous = await fetch(url(path));
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm="newsbrief queues"/);
      const wrong = await fetch(url(path), {
        headers: { authorization: basic('admin', 'correct horse battery!') },
      });
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toBe('Sign in to see the queues.\n');
    }
  });

  it('shows the operator every newsbrief queue', async () => {
    const { service } = harness;
    const page = await fetch(url('/admin/queues'), {
      headers: { authorization: basic('admin', password) },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('newsbrief queues');

    const api = await fetch(url('/admin/queues/api/queues'), {
      headers: { authorization: basic('admin', password) },
    });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string }[] };
    const names = body.queues.map((queue) => queue.name).sort();
    expect(names).toEqual(
      Object.values(service.queues.queues)
        .map((queue) => queue.name)
        .sort(),
    );
  });

  it('is not served at all without DASHBOARD_PASSWORD', async () => {
    const routes = await createDashboardRoutes({
      ...harness.service,
      config: { ...harness.service.config, DASHBOARD_PASSWORD: undefined },
    });
    expect(routes).toEqual({});
  });
});
