import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { withDotEnv } from '../../../src/config/read-dot-env.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const example = join(projectRoot, '.env.example');
const folders: string[] = [];

function folderWith(dotEnv: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'nb-dotenv-'));
  folders.push(folder);
  writeFileSync(join(folder, '.env'), dotEnv);
  return folder;
}

/** What a shell sees after `set -a; . ./.env`: the variables the file sets, nothing else. */
function sourcedByShell(file: string): Record<string, string> {
  const output = execFileSync('bash', ['-c', 'set -a; . "$1"; set +a; env -0', 'bash', file], {
    env: {},
  }).toString();
  const environment: Record<string, string> = {};
  for (const entry of output.split('\0')) {
    const equals = entry.indexOf('=');
    if (equals > 0) environment[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  return environment;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('.env', () => {
  it('.env.example copied to .env unchanged means the same to newsbrief and to a shell', () => {
    const folder = mkdtempSync(join(tmpdir(), 'nb-dotenv-'));
    folders.push(folder);
    copyFileSync(example, join(folder, '.env'));
    const fromFile = withDotEnv({}, folder);
    const fromShell = sourcedByShell(join(folder, '.env'));
    for (const [name, value] of Object.entries(fromFile)) expect(fromShell[name]).toBe(value);
    expect(fromFile.FETCH_USER_AGENT).toBe(
      'newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)',
    );
    // Every value the example sets is the default, so a copy changes nothing until edited.
    expect(loadConfig(fromFile)).toEqual(loadConfig({}));
    expect(loadConfig(fromShell)).toEqual(loadConfig({}));
  });

  it('fills only what the environment leaves unset', () => {
    const folder = folderWith(
      'BRIEF_LENGTH=short\nLOG_LEVEL=debug\n# a comment\nREDIS_PREFIX="{team}"\n',
    );
    const config = loadConfig(withDotEnv({ LOG_LEVEL: 'warn' }, folder));
    expect(config.BRIEF_LENGTH).toBe('short');
    expect(config.LOG_LEVEL).toBe('warn');
    expect(config.REDIS_PREFIX).toBe('{team}');
  });

  it('is optional', () => {
    const folder = mkdtempSync(join(tmpdir(), 'nb-dotenv-'));
    folders.push(folder);
    expect(withDotEnv({ LOG_LEVEL: 'warn' }, folder)).toEqual({ LOG_LEVEL: 'warn' });
  });

  it('is read by the newsbrief command from its working directory', () => {
    const folder = folderWith('BRIEF_LENGTH=longest\n');
    const run = (environment: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [
          join(projectRoot, 'bin/newsbrief.js'),
          'summarize',
          join(projectRoot, 'seeds/putin-trump-ukraine-2024-11-28.txt'),
        ],
        {
          cwd: folder,
          env: { PATH: process.env.PATH ?? '', HOME: folder, ...environment },
          encoding: 'utf8',
        },
      );
    const withBadFile = run({});
    expect(withBadFile.status).toBe(78);
    expect(withBadFile.stderr).toContain('BRIEF_LENGTH');
    const overridden = run({ BRIEF_LENGTH: 'short' });
    expect(overridden.status).toBe(0);
    expect(overridden.stdout).toContain('Putin');
  });
});
