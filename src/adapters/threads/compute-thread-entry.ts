/**
 * The module every compute thread runs (see create-compute-threads.ts): the task table of
 * compute-tasks.ts behind serveThreadTasks.
 */
import { createComputeTasks, type ComputeThreadSettings } from './compute-tasks.ts';
import { serveThreadTasks } from './serve-thread-tasks.ts';

await serveThreadTasks(({ settings, logger }) =>
  createComputeTasks(settings as ComputeThreadSettings, logger),
);
