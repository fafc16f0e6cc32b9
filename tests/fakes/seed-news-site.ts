import { readFileSync } from 'node:fs';
import { startLocalHttpServer, type LocalHttpServer } from './local-http-server.ts';

/** The owner's seed article, as the file holds it. */
export const seedText = readFileSync(
  new URL('../../seeds/putin-trump-ukraine-2024-11-28.txt', import.meta.url),
  'utf8',
);

/** The seed as a news page, the way a site would serve it. */
export function seedAsHtml(): string {
  const [title = '', ...rest] = seedText.split('\n');
  const paragraphs = rest
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

/** A local news site serving the seed at /story and 404 for everything else. */
export function startSeedNewsSite(): Promise<LocalHttpServer> {
  return startLocalHttpServer((request, response) => {
    if (request.url === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(seedAsHtml());
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<html><body>Not found</body></html>');
  });
}
