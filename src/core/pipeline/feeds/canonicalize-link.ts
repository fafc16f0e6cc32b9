/**
 * Query parameters that only say where a click came from. Feeds add them per reader or per
 * publication run, so the same story arrives under links that differ only in these.
 */
const trackingParameterNames = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'cmpid',
  'cmp',
  'wt_mc',
  'wt_zmc',
  'ocid',
  'smid',
  'at_medium',
  'at_campaign',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
]);

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || trackingParameterNames.has(lower);
}

/**
 * The link as an identity: absolute http(s) only, host lower-cased, default port and fragment
 * dropped, tracking parameters removed (the others keep their order, since some sites route
 * on it). Returns undefined for anything that is not an http(s) URL.
 */
export function canonicalizeLink(link: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParameter(name));
  if (kept.length !== [...url.searchParams].length) {
    url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  return url.href;
}
