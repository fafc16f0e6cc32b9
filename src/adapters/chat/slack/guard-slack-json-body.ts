import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';
import type { Logger } from '../../../core/ports/logger.ts';

/** Envelope types Slack's Events API posts as JSON. */
const eventsApiTypes = new Set(['event_callback', 'url_verification', 'app_rate_limited']);
/** Fields that make Bolt run command, options or action listeners when there is no `event`. */
const interactiveFields = ['command', 'name', 'actions'];

/**
 * Whether a JSON body is an Events API envelope that Bolt will route as one. Bolt picks the
 * listener from the fields alone, checking `event` first, then `command`, `name`, `actions`.
 */
export function isEventsApiEnvelope(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const fields = body as Record<string, unknown>;
  if (typeof fields['type'] !== 'string' || !eventsApiTypes.has(fields['type'])) return false;
  if (typeof fields['event'] === 'object' && fields['event'] !== null) return true;
  return !interactiveFields.some((field) => field in fields);
}

/**
 * Slack posts only the Events API as JSON; slash commands and interactivity always come
 * form-encoded. Bolt parses every body that is not form-encoded as JSON and routes it by its
 * fields, so a validly signed JSON body carrying `command` and `text` would run as /news.
 * This reads such a body first (Bolt reuses the buffered `rawBody`, with its own size limit)
 * and answers 400 when it is not an Events API envelope. Returns whether Bolt should go on.
 */
export async function guardSlackJsonBody(
  request: IncomingMessage,
  response: ServerResponse,
  logger: Logger,
): Promise<boolean> {
  if (request.headers['content-type'] === 'application/x-www-form-urlencoded') return true;
  let body: unknown;
  try {
    const buffered = await HTTPModuleFunctions.bufferIncomingMessage(
      request,
      HTTPModuleFunctions.defaultBodyLimit,
    );
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch (error) {
    if (HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413) {
      HTTPModuleFunctions.buildNoBodyResponse(response, 413);
      return false;
    }
    // Unreadable JSON: Bolt checks the signature and answers 401 or 400 as usual.
    return true;
  }
  if (isEventsApiEnvelope(body)) return true;
  logger.warn(
    { contentType: request.headers['content-type'] },
    'refused a Slack request: a JSON body that is not an Events API envelope',
  );
  HTTPModuleFunctions.buildNoBodyResponse(response, 400);
  return false;
}
