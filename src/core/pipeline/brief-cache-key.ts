import { createHash } from 'node:crypto';
import type { Article } from '../model/article.ts';
import type { BriefOptions } from '../model/brief.ts';
import { contentHash } from '../text/content-hash.ts';

/** Bumped when the Brief shape or the verification rules change, so old entries are not reused. */
const cacheFormatVersion = 1;

/**
 * The brief cache key: normalised-text hash + engine identity (engine, model, prompt id and
 * version) + options. One article requested in 50 channels maps to one key, one model call.
 */
export function briefCacheKey(
  article: Article,
  writerIdentity: string,
  options: BriefOptions,
): string {
  const optionsPart = `${options.length}|${options.language ?? 'source'}`;
  const identity = createHash('sha256')
    .update(`${cacheFormatVersion}|${writerIdentity}|${optionsPart}`)
    .digest('hex')
    .slice(0, 16);
  return `brief:${contentHash(article.text)}:${identity}`;
}
