import { attributionContext } from './attribution-rules/attribution-context.ts';
import { englishAttributionRules } from './attribution-rules/english-attribution-rules.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';
import type { Attribution, AttributionBounds } from './speaker-types.ts';

/**
 * Reads the attribution of one quote with the ordered English rule list; the result names the
 * rule that found it ("verb-after-quote/inverted-verb": the rule, then the clause's shape).
 */
export function findAttribution(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): Attribution | undefined {
  const context = attributionContext(text, span, bounds);
  for (const rule of englishAttributionRules) {
    const found = rule.attribute(context);
    if (found) return { ...found, rule: found.form ? `${rule.name}/${found.form}` : rule.name };
  }
  return undefined;
}
