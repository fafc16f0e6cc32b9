import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import express from 'express';
import type { HttpRoute } from '../chat/chat-adapter-host.ts';
import { checkBasicAuth, type BasicCredentials } from './check-basic-auth.ts';

/** Where the dashboard is served on the `newsbrief serve` HTTP server. */
export const queueDashboardPath = '/admin/queues';

/**
 * bull-board over our queues, for operators: waiting, active, delayed and failed jobs with
 * their data and errors, and retry / promote / clean. It can change jobs, so every request,
 * pages and API alike, must carry the Basic credentials; the Express app bull-board needs
 * runs behind that check inside our plain node:http server.
 */
export function createQueueDashboard(
  queues: readonly Queue[],
  credentials: BasicCredentials,
): HttpRoute {
  const serverAdapter = new ExpressAdapter().setBasePath(queueDashboardPath);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'newsbrief queues' } },
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(queueDashboardPath, serverAdapter.getRouter() as express.Router);
  return (request, response) => {
    if (!checkBasicAuth(request.headers.authorization, credentials)) {
      response
        .writeHead(401, {
          'content-type': 'text/plain; charset=utf-8',
          'www-authenticate': 'Basic realm="newsbrief queues", charset="UTF-8"',
        })
        .end('Sign in to see the queues.\n');
      return;
    }
    app(request, response);
  };
}
