import { execFileSync, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A copy of the project as a fresh clone has it: every tracked file as it is in the working
 * tree now (so uncommitted edits are tested too), and nothing else — no node_modules, no dist,
 * no .env.
 */
export function makeCleanCheckout(): { folder: string; remove(): Promise<void> } {
  const folder = mkdtempSync(join(tmpdir(), 'nb-clean-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: projectRoot })
    .toString()
    .split('\0')
    .filter((path) => path !== '');
  for (const path of tracked) {
    const source = join(projectRoot, path);
    try {
      if (!statSync(source).isFile()) continue;
    } catch {
      continue; // deleted in the working tree, not yet committed
    }
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(source, join(folder, path));
  }
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** The lines of the first ```sh block after a README heading, as a user would copy them. */
export function readmeCommands(heading: string): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /mu).find((part) => part.startsWith(heading));
  const block = /```sh\n([\s\S]*?)```/u.exec(section ?? '')?.[1];
  if (block === undefined) throw new Error(`README has no sh block under "## ${heading}"`);
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/u, '').trim())
    .filter((line) => line !== '');
}

export interface ShellRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/** Runs one command line with bash in `folder`, as a user's terminal would. */
export function runShell(
  command: string,
  folder: string,
  environment: Record<string, string> = {},
): Promise<ShellRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', command], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...environment },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({ exitCode, stdout, stderr, wallMs: performance.now() - started }),
    );
    child.stdin.end();
  });
}
