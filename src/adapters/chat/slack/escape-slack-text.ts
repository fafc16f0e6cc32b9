/**
 * Escapes the three characters Slack's mrkdwn gives control meaning (`<url|label>` links,
 * `<@U…>` mentions): user and article text can never inject a mention or a link.
 */
export function escapeSlackText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The inverse, for reading text back out of Slack payloads (and for tests). */
export function unescapeSlackText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}
