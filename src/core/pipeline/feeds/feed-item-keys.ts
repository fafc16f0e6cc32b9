import type { FeedItem } from '../../model/feed.ts';
import { contentHash } from '../../text/content-hash.ts';

/** What a key says about an item: same guid, same canonical link, or same words. */
export type FeedItemKeyKind = 'guid' | 'link' | 'hash';

export interface FeedItemKey {
  kind: FeedItemKeyKind;
  /** Short and uniform (kind prefix + hash), so the stored seen-list stays small. */
  value: string;
}

const kindPrefix: Readonly<Record<FeedItemKeyKind, string>> = { guid: 'g', link: 'u', hash: 'h' };

/** Hash of title + summary, case and whitespace folded: a re-post with new ids still matches. */
export function feedItemContentHash(title: string, summary: string | undefined): string {
  return contentHash(`${title}\n${summary ?? ''}`.toLowerCase());
}

/**
 * Every identity of an item. The content hash counts only when there is a summary, or when
 * the item has no guid and no link: a title alone ("Live updates", "Morning briefing") is
 * reused by different stories and would hide them.
 */
export function feedItemKeys(item: FeedItem): FeedItemKey[] {
  const keys: FeedItemKey[] = [];
  if (item.guid !== undefined && item.guid.trim() !== '') {
    keys.push({ kind: 'guid', value: `${kindPrefix.guid}-${contentHash(item.guid)}` });
  }
  if (item.canonicalUrl !== undefined) {
    keys.push({ kind: 'link', value: `${kindPrefix.link}-${contentHash(item.canonicalUrl)}` });
  }
  const hasSummary = (item.summary ?? '').trim() !== '';
  if (hasSummary || keys.length === 0) {
    const value = `${kindPrefix.hash}-${feedItemContentHash(item.title, item.summary)}`;
    keys.push({ kind: 'hash', value });
  }
  return keys;
}
