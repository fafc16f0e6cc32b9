import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const folder = mkdtempSync(join(tmpdir(), 'newsbrief-cli-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

/** One sentence on stderr, no stack trace, nothing on stdout, a non-zero exit. */
async function expectOneSentenceFailure(args: string[], expected: RegExp, stdin?: string) {
  const result = await runCli(args, stdin === undefined ? {} : { stdin });
  expect(result.exitCode).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^newsbrief: /);
  expect(lines[0]).toMatch(expected);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('newsbrief on bad input', () => {
  it('a missing file', () =>
    expectOneSentenceFailure(
      ['summarize', join(folder, 'nope.txt')],
      /There is no file at .*nope\.txt/,
    ));

  it('an empty file', () =>
    expectOneSentenceFailure(['summarize', write('empty.txt', '  \n\n')], /no text to summarize/));

  it('binary data', () =>
    expectOneSentenceFailure(
      [
        'summarize',
        write(
          'image.txt',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]),
        ),
      ],
      /binary data/,
    ));

  it('empty standard input', () =>
    expectOneSentenceFailure(['summarize', '-'], /no text to summarize in standard input/, ''));

  it('an HTML page that is not an article', () =>
    expectOneSentenceFailure(
      [
        'summarize',
        write(
          'home.html',
          '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav><ul><li><a href="/x">Story one</a></li><li><a href="/y">Story two</a></li></ul></body></html>',
        ),
      ],
      /does not look like a news article/,
    ));

  it('a URL to a private address', () =>
    expectOneSentenceFailure(['summarize', 'http://127.0.0.1/admin'], /private/i));

  it('a URL to the cloud metadata address written in decimal', () =>
    expectOneSentenceFailure(
      ['summarize', 'http://2852039166/latest/meta-data/'],
      /private|not allowed|refuse/i,
    ));

  it('a non-http scheme', () =>
    expectOneSentenceFailure(['summarize', 'ftp://example.com/a.txt'], /Only http and https/));

  it('an unknown command', async () => {
    const result = await runCli(['sumarize', 'x']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(/Unknown command 'sumarize'/);
  });

  it('a bad configuration value names the variable', async () => {
    const result = await runCli(['summarize', 'seeds/putin-trump-ukraine-2024-11-28.txt'], {
      environment: { FETCH_MAX_BYTES: 'lots' },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(/FETCH_MAX_BYTES/);
  });
});
