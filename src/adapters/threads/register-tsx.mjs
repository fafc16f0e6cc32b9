// Worker threads do not inherit the TypeScript loader (tsx) of the thread that starts them.
// When the service runs from source (a checkout through bin/newsbrief.js, vitest, a bench),
// start-thread.ts starts its threads here: register tsx, then load the .ts entry it names. The
// compiled build (dist/) starts the .js entry directly and never loads this file, so the image
// needs no tsx.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
