import { dashCredit } from '../dash-credit.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "“They gave us a pizza party.” — Darnell Hughes, 55, maintenance": a vox-pop credit. */
export const dashCreditRule: AttributionRule = {
  name: 'dash-credit',
  attribute: ({ text, afterFrom }) => dashCredit(text, afterFrom),
};
