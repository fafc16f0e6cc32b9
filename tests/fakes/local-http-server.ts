import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LocalHandler = (
  request: IncomingMessage,
  response: ServerResponse,
) => void | Promise<void>;

export interface LocalHttpServer {
  port: number;
  /** `http://localhost:PORT` + path: the name tests allow-list, so the literal IP stays blocked. */
  url(path?: string): string;
  /** Paths of every request that reached the server, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on a random port for tests that must cross a socket. It listens on
 * `::` (dual stack) when the machine has IPv6, so a request to [::1] or 127.0.0.1 would
 * reach it if a fetcher let one through — the request count then proves a refusal.
 */
export async function startLocalHttpServer(handler: LocalHandler): Promise<LocalHttpServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  const listenOn = (host: string) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listenOn('::').catch(() => listenOn('127.0.0.1'));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path = '/') => `http://localhost:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
