/**
 * The first http(s) link in a Slack message's text. Slack writes links as `<url>` or
 * `<url|label>`; pasted text may also hold a bare URL. Mentions (`<@U…>`) are skipped.
 */
export function findFirstUrl(text: string): string | undefined {
  const pattern = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>|(https?:\/\/[^\s<>]+)/gi;
  for (const match of text.matchAll(pattern)) {
    const raw = (match[1] ?? match[2] ?? '').replace(/[.,;:!?)\]]+$/, '');
    const url = raw.replaceAll('&amp;', '&');
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.toString();
    } catch {
      continue;
    }
  }
  return undefined;
}
