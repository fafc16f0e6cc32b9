import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface StartThreadOptions {
  /** Handed to the entry as workerData.settings. */
  settings: unknown;
  resourceLimits?: ResourceLimits;
}

/**
 * Starts a worker thread on `entry`, a module URL. A .js entry (the compiled build) starts
 * directly; a .ts entry (running from source under tsx or vitest) starts through
 * register-tsx.mjs, because a thread does not inherit its parent's module loader.
 */
export function startThread(entry: URL, options: StartThreadOptions): Worker {
  const fromSource = entry.pathname.endsWith('.ts');
  const script = fromSource ? new URL('./register-tsx.mjs', import.meta.url) : entry;
  return new Worker(script, {
    workerData: { entry: entry.href, settings: options.settings },
    ...(options.resourceLimits === undefined ? {} : { resourceLimits: options.resourceLimits }),
  });
}

/** The sibling module `name` of `base` with base's own extension (.ts from source, .js built). */
export function siblingModule(base: string, name: string): URL {
  const extension = base.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${extension}`, base);
}
