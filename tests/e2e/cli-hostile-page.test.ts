import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nestedDivPage } from '../fakes/hostile-pages.ts';
import { runCli } from './cli-helpers.ts';

const folder = mkdtempSync(join(tmpdir(), 'newsbrief-cli-hostile-'));

/**
 * The CLI reads its one page in process (no worker threads), so the DOM caps are what keep a
 * hostile page from holding the terminal for minutes.
 */
describe('newsbrief summarize on a hostile page', () => {
  it('says "That page is too complex to read." for 1,500 nested <div>s', async () => {
    const path = join(folder, 'nested.html');
    writeFileSync(path, nestedDivPage(1_500));
    const result = await runCli(['summarize', path]);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('newsbrief: That page is too complex to read.');
  });

  it('honours EXTRACT_MAX_DEPTH', async () => {
    const path = join(folder, 'shallow.html');
    writeFileSync(path, nestedDivPage(40));
    const result = await runCli(['summarize', path], { environment: { EXTRACT_MAX_DEPTH: '30' } });
    expect(result.stderr.trim()).toBe('newsbrief: That page is too complex to read.');
  });
});
