import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalHttpServer, type LocalHttpServer } from '../fakes/local-http-server.ts';
import { deleteKeys } from '../integration/worker/service-harness.ts';
import { projectRoot } from './cli-helpers.ts';

const prefix = `{nb-chat-logs-${process.pid}-${Date.now()}}`;
const folder = mkdtempSync(join(tmpdir(), 'newsbrief-chat-'));
const logFile = join(folder, 'newsbrief.log');
let site: LocalHttpServer;

beforeAll(async () => {
  // A section page advertising its feed, whose one item links to a page that is gone: the
  // digest falls back to the feed's excerpt and logs a warning about the page.
  site = await startLocalHttpServer((request, response) => {
    if (request.url === '/local/') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html><head><title>Local</title><link rel="alternate" type="application/rss+xml" href="/local/feed.xml"></head><body></body></html>',
        );
      return;
    }
    if (request.url === '/local/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<rss version="2.0"><channel><title>Port Local</title><item><title>Ferry adds a sailing</title>
        <link>${site.url('/gone')}</link><guid>ferry-1</guid>
        <description>The harbor ferry adds an early sailing from the Eastside pier in April, officials said on Friday.</description>
        </item></channel></rss>`,
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Gone</h1>');
  });
});

afterAll(async () => {
  await site.close();
  await deleteKeys(prefix);
  rmSync(folder, { recursive: true, force: true });
});

describe('newsbrief chat keeps logs out of the conversation', () => {
  it('writes warnings to --log-file, not between the chat lines', async () => {
    const child = spawn(
      process.execPath,
      ['bin/newsbrief.js', 'chat', '--with-worker', '--channel', 'logs', '--log-file', logFile],
      {
        cwd: projectRoot,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/tmp',
          REDIS_PREFIX: prefix,
          BRIEF_ENGINE: 'offline',
          FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
          FETCH_ALLOWED_PORTS: String(site.port),
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const waitForOutput = async (pattern: RegExp) => {
      const started = Date.now();
      while (!pattern.test(stdout)) {
        if (Date.now() - started > 40_000) throw new Error(`no ${pattern} in:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await waitForOutput(/Ctrl-D to leave/);
    child.stdin.write(`/news subscribe ${site.url('/local/')}\n`);
    await waitForOutput(/Subscribed to \*Port Local\* \(1 item now\)/);
    child.stdin.write('/news digest\n');
    await waitForOutput(/FERRY ADDS A SAILING/);
    child.stdin.end();
    expect(await exited).toBe(0);

    expect(stdout).not.toContain('"level"');
    expect(stderr).toBe('');
    const logs = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(logs.map((line) => line.msg)).toContain(
      'could not read the item page; using the feed excerpt',
    );
  }, 60_000);
});
