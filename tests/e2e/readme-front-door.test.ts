import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  makeCleanCheckout,
  projectRoot,
  readmeCommands,
  runShell,
} from '../fakes/clean-checkout.ts';

const checkout = makeCleanCheckout();
// A fresh node_modules holds tens of thousands of files: removing it takes a while.
afterAll(() => checkout.remove(), 120_000);

// The README's first two commands are the front door: on a fresh clone, one runs the demo with
// no keys and no network, one runs the tests. This runs the first exactly as written (its
// timing is printed by bench/front-door.bench.ts, not asserted here).
describe('the README on a clean clone', () => {
  it('runs the demo exactly as the README says', { timeout: 600_000 }, async () => {
    const commands = readmeCommands('Try it');
    expect(commands).toHaveLength(1);
    const run = await runShell(commands[0] ?? '', checkout.folder);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('PUTIN SAYS HE’S CONFIDENT TRUMP CAN NAVIGATE UKRAINE CRISIS');
    expect(run.stdout).toMatch(/Putin/u);
  });

  it('names the test command that CI runs', () => {
    expect(readmeCommands('Run the tests')).toEqual(['npm test']);
    const ci = readFileSync(join(projectRoot, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm test$/mu);
  });
});
