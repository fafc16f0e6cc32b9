import { createHash, timingSafeEqual } from 'node:crypto';

export interface BasicCredentials {
  user: string;
  password: string;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether an Authorization header carries these Basic credentials. Both sides are hashed to the
 * same length and compared in constant time, so the answer's timing says nothing about how
 * much of a guess was right.
 */
export function checkBasicAuth(header: string | undefined, expected: BasicCredentials): boolean {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/u.exec(header ?? '')?.[1];
  if (encoded === undefined) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return false;
  const userMatches = timingSafeEqual(digest(decoded.slice(0, colon)), digest(expected.user));
  const passwordMatches = timingSafeEqual(
    digest(decoded.slice(colon + 1)),
    digest(expected.password),
  );
  return userMatches && passwordMatches;
}
