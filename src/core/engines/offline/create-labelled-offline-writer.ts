import type { BriefWriter } from '../../ports/brief-writer.ts';

/**
 * The offline writer standing in for a model for a stated reason (a spent daily budget), so
 * the brief's footer says why a model did not write it. Shares the offline cache identity.
 */
export function createLabelledOfflineWriter(offline: BriefWriter, reason: string): BriefWriter {
  return {
    cacheIdentity: offline.cacheIdentity,
    async write(article, options, signal) {
      const draft = await offline.write(article, options, signal);
      return { ...draft, engine: { ...draft.engine, fallbackReason: reason } };
    },
  };
}
