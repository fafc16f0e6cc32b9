/**
 * The README's front door on a clean copy of the project: `npm ci`, then the demo command the
 * README shows, timed (wall clock) a few times, next to the `npx newsbrief demo` it replaced
 * and the CLI's `summarize` of the seed. Prints numbers; asserts nothing.
 *
 *   npx tsx bench/front-door.bench.ts [--runs 3] [--with-npx]
 */
import {
  makeCleanCheckout,
  readmeCommands,
  runShell,
  type ShellRun,
} from '../tests/fakes/clean-checkout.ts';

const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex === -1 ? 3 : Number(process.argv[runsIndex + 1] ?? 3);
const withNpx = process.argv.includes('--with-npx');

function seconds(run: ShellRun): string {
  return `${(run.wallMs / 1000).toFixed(2)} s${run.exitCode === 0 ? '' : ` (exit ${String(run.exitCode)})`}`;
}

const checkout = makeCleanCheckout();
try {
  const [frontDoor] = readmeCommands('Try it');
  const [install, demo] = (frontDoor ?? '').split('&&').map((part) => part.trim());
  if (install === undefined || demo === undefined) throw new Error('unexpected README command');
  console.log(`README front door: ${frontDoor ?? ''}`);
  console.log(`${install}: ${seconds(await runShell(install, checkout.folder))}`);
  for (let run = 1; run <= runs; run += 1)
    console.log(`${demo} #${run}: ${seconds(await runShell(demo, checkout.folder))}`);
  const summarize = 'bin/newsbrief.js summarize seeds/putin-trump-ukraine-2024-11-28.txt';
  for (let run = 1; run <= runs; run += 1)
    console.log(`${summarize} #${run}: ${seconds(await runShell(summarize, checkout.folder))}`);
  if (withNpx)
    for (let run = 1; run <= 2; run += 1)
      console.log(
        `npx newsbrief demo #${run}: ${seconds(await runShell('npx newsbrief demo', checkout.folder))}`,
      );
} finally {
  await checkout.remove();
}
