/**
 * The attribution types under their older address, for the language rules that import them
 * from here; new code imports './speaker-types.ts'. The English rules are in
 * './attribution-rules/', run in order by './find-attribution.ts'.
 */
export type { Attribution, AttributionBounds } from './speaker-types.ts';
