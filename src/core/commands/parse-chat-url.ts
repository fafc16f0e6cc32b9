/** The result of reading one token as a link. */
export type ChatUrlResult =
  | { ok: true; url: string }
  | { ok: false; reason: 'not-a-url' | 'unsupported-scheme' | 'credentials'; shown: string };

const schemePattern = /^([a-z][a-z0-9+.-]*):\/\//i;
const schemeWithoutSlashes = /^(javascript|data|mailto|file|tel|ftp|about|blob|vbscript):/i;
const bareHostPattern =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * Reads a link as chat platforms deliver it: bare (`https://…`), wrapped by Slack
 * (`<https://…>` or `<https://…|label>`, with `&amp;` escapes) or by Discord users hiding the
 * preview (`<https://…>`), or without a scheme (`example.com/story`, read as https). Only
 * http(s) without user name or password is accepted. The fragment is dropped: servers never
 * see it, and it would make one feed look like two.
 */
export function parseChatUrl(token: string): ChatUrlResult {
  const raw = decodeChatEntities(unwrapAngleBrackets(token.trim()));
  const shown = raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
  let candidate: string;
  if (schemePattern.test(raw) || schemeWithoutSlashes.test(raw)) candidate = raw;
  else if (bareHostPattern.test(raw)) candidate = `https://${raw}`;
  else return { ok: false, reason: 'not-a-url', shown };
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: 'not-a-url', shown };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: 'unsupported-scheme', shown };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'credentials', shown: url.host };
  if (url.hostname === '') return { ok: false, reason: 'not-a-url', shown };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** Whether a token is a link of any scheme, so the caller can say "not http(s)" rather than "not a link". */
export function looksLikeLink(token: string): boolean {
  const result = parseChatUrl(token);
  return result.ok || result.reason !== 'not-a-url';
}

function unwrapAngleBrackets(token: string): string {
  const match = /^<([^<>|\s]+)(?:\|[^<>]*)?>$/.exec(token);
  return match?.[1] ?? token;
}

/**
 * Slack escapes `&`, `<` and `>` in command text. Decoding them is safe on other platforms:
 * nobody types `&amp;` meaning the five characters.
 */
export function decodeChatEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Pasted text from Slack has its links wrapped: `<https://…|label>` becomes the label and
 * `<https://…>` the bare URL, so the article text reads as it did where it was copied from.
 */
export function unwrapChatLinks(text: string): string {
  const unwrapped = text.replace(
    /<((?:https?|mailto):[^<>|\s]+)(?:\|([^<>]*))?>/gi,
    (_whole, url: string, label?: string) => (label === undefined || label === '' ? url : label),
  );
  return decodeChatEntities(unwrapped);
}
