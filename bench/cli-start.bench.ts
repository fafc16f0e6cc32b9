/**
 * How long the CLI takes to start and finish: `summarize` of the seed and `--help`, through
 * the README's command form (`node bin/newsbrief.js …`) and through `npx newsbrief …`, each run
 * several times. Prints the median wall time and the median CPU time (user + system of the
 * command and its children, from /proc: steadier than wall time on a busy machine), next to a
 * bare `node -e 0` for the floor. Asserts nothing.
 *
 *   npm run build && npx tsx bench/cli-start.bench.ts [--runs 5] [--without-npx]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex === -1 ? 5 : Number(process.argv[runsIndex + 1] ?? 5);
const withNpx = !process.argv.includes('--without-npx');
const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const seed = 'seeds/putin-trump-ukraine-2024-11-28.txt';

/** CPU ms used so far by the children this process has waited for (Linux; 0 elsewhere). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // cutime and cstime, in clock ticks of 10 ms.
    return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) * 10;
  } catch {
    return 0;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function measure(label: string, command: string, args: string[]): void {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const result = spawnSync(command, args, {
      cwd: projectRoot,
      // Offline and without Redis, as a first run on a laptop is.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      encoding: 'utf8',
    });
    walls.push(performance.now() - started);
    cpus.push(childrenCpuMs() - cpuBefore);
    if (result.status !== 0)
      throw new Error(`${label} exited ${String(result.status)}: ${result.stderr}`);
  }
  console.log(
    `${label.padEnd(48)} wall ${(median(walls) / 1000).toFixed(2)} s, CPU ${(median(cpus) / 1000).toFixed(2)} s ` +
      `(median of ${runs}; walls ${walls.map((wall) => (wall / 1000).toFixed(2)).join(' ')})`,
  );
}

console.log(`CLI start, ${runs} runs each, Node ${process.version}`);
measure('node -e 0 (the floor)', process.execPath, ['-e', '0']);
measure(`node bin/newsbrief.js summarize ${seed}`, process.execPath, [
  'bin/newsbrief.js',
  'summarize',
  seed,
]);
measure('node bin/newsbrief.js --help', process.execPath, ['bin/newsbrief.js', '--help']);
if (withNpx) {
  measure(`npx newsbrief summarize ${seed}`, 'npx', ['newsbrief', 'summarize', seed]);
  measure('npx newsbrief --help', 'npx', ['newsbrief', '--help']);
}
