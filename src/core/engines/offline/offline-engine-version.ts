/**
 * Bumped when the offline engine's output changes, so cached briefs are recomputed. Its own
 * module so a process that runs the engine in threads can name it without loading the engine.
 */
export const offlineEngineVersion = '5';
