import { createHash } from 'node:crypto';

/**
 * Normalises text for identity: Unicode NFC, quote-mark style, whitespace. Two copies of an
 * article that differ only in those hash the same.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short, stable id for a text: the first 24 hex chars of SHA-256 of its normalised form. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex').slice(0, 24);
}
