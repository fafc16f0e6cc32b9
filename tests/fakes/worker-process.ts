/**
 * `newsbrief worker` as a real child process, for fault tests and benchmarks: several of them
 * on one Redis, killed with SIGKILL mid-job or stopped with SIGTERM. Readiness is the worker's
 * own "workers started" log line (LOG_LEVEL=info, JSON on stdout). Every process started here
 * is also SIGKILLed when the parent exits, so a failed test cannot leave workers behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const binPath = fileURLToPath(new URL('../../bin/newsbrief.js', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const live = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** One parsed pino line of a worker's stdout. */
export interface WorkerLogLine {
  msg?: string;
  level?: number;
  [field: string]: unknown;
}

export interface WorkerProcess {
  pid: number;
  /** Every JSON log line the process printed so far, parsed. */
  readonly logs: WorkerLogLine[];
  /** stderr, for failure messages. */
  readonly errors: string[];
  /** Resolves with the exit code (or signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  /** Resolves with the first log line (already printed or to come) that matches. */
  waitForLog(match: (line: WorkerLogLine) => boolean, timeoutMs?: number): Promise<WorkerLogLine>;
  /** Sends the signal and waits for the exit; SIGKILLs after `graceMs` if still running. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export interface WorkerProcessOptions {
  /** Settings for the worker (REDIS_URL, REDIS_PREFIX, FETCH_…); see src/config/config-schema.ts. */
  environment: Record<string, string>;
  /** How long to wait for "workers started". Default 20 s (tsx compiles on first start). */
  readyTimeoutMs?: number;
  /** Node flags before the script, e.g. ['--cpu-prof'] (NODE_OPTIONS refuses some). */
  nodeArguments?: string[];
  /** The newsbrief command and flags; default ['worker'] (e.g. ['serve', '--with-worker']). */
  command?: string[];
  /** The log message that means ready; default "workers started" (`serve` alone: "newsbrief serving"). */
  readyMessage?: string;
}

/**
 * Starts `node bin/newsbrief.js worker` (or `options.command`) with only PATH/HOME from this process plus
 * `environment` (so a developer's OPENAI_API_KEY never leaks into a test), and resolves once
 * all its workers are listening.
 */
export async function startWorkerProcess(options: WorkerProcessOptions): Promise<WorkerProcess> {
  const command = options.command ?? ['worker'];
  const child = spawn(process.execPath, [...(options.nodeArguments ?? []), binPath, ...command], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'info',
      BRIEF_ENGINE: 'offline',
      ...options.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const logs: WorkerLogLine[] = [];
  const errors: string[] = [];
  const watchers = new Set<(line: WorkerLogLine) => void>();
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) {
      if (text.trim() === '') continue;
      let line: WorkerLogLine;
      try {
        line = JSON.parse(text) as WorkerLogLine;
      } catch {
        line = { msg: text };
      }
      logs.push(line);
      for (const watcher of watchers) watcher(line);
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => errors.push(chunk));
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
  });

  const waitForLog: WorkerProcess['waitForLog'] = (match, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      const found = logs.find(match);
      if (found !== undefined) {
        resolve(found);
        return;
      }
      const timer = setTimeout(() => {
        watchers.delete(watcher);
        reject(
          new Error(
            `worker ${child.pid} printed no matching log line in ${timeoutMs} ms; ` +
              `last lines: ${JSON.stringify(logs.slice(-5))} stderr: ${errors.join('').slice(-2_000)}`,
          ),
        );
      }, timeoutMs);
      const watcher = (line: WorkerLogLine) => {
        if (!match(line)) return;
        clearTimeout(timer);
        watchers.delete(watcher);
        resolve(line);
      };
      watchers.add(watcher);
      void exited.then((code) => {
        if (!watchers.has(watcher)) return;
        clearTimeout(timer);
        watchers.delete(watcher);
        reject(new Error(`worker ${child.pid} exited (${code}): ${errors.join('').slice(-2_000)}`));
      });
    });

  const worker: WorkerProcess = {
    pid: child.pid ?? -1,
    logs,
    errors,
    exited,
    waitForLog,
    async stop(signal = 'SIGTERM', graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    const readyMessage = options.readyMessage ?? 'workers started';
    await waitForLog((line) => line.msg === readyMessage, options.readyTimeoutMs ?? 20_000);
  } catch (error) {
    await worker.stop('SIGKILL');
    throw error;
  }
  return worker;
}

/** Stops every given worker (SIGTERM, then SIGKILL after the grace period), ignoring failures. */
export async function stopWorkerProcesses(
  workers: readonly (WorkerProcess | undefined)[],
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  await Promise.allSettled(workers.map((worker) => worker?.stop(signal, 5_000)));
}
