/**
 * Words for an operator about a Redis that cannot be used: where it is (password hidden) and
 * why, from the error ioredis emitted. Shared by the start-up check, the reachability log
 * lines and /healthz, so all three say the same thing.
 */

/** REDIS_URL as it can be shown: the password, if any, replaced by `***`. */
export function redisAddressOf(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    // The config schema only lets URLs through; this keeps a password out of a log regardless.
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

const reasonsByCode: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_NONAME: 'no such host',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'timed out',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

const reasonsByReplyPrefix: [prefix: string, reason: string][] = [
  ['WRONGPASS', 'wrong user name or password'],
  ['NOAUTH', 'a password is required'],
  ['LOADING', 'Redis is still loading its data'],
];

/** What the cluster client says when REDIS_CLUSTER does not match the server, or no node answers. */
const clusterReasons: [fragment: string, reason: string][] = [
  ['cluster support disabled', 'it is a single Redis, not a Redis Cluster: unset REDIS_CLUSTER'],
  ['Failed to refresh slots cache', 'no node of the Redis Cluster answered'],
  ['None of startup nodes is available', 'no node of the Redis Cluster answered'],
];

/** Codes of errors that mean "the connection is gone", as opposed to a failed command. */
const connectionCodes = new Set([
  ...Object.keys(reasonsByCode),
  'ECONNABORTED',
  'ERR_SOCKET_CLOSED',
]);

const connectionMessages = [
  'Connection is closed',
  "Stream isn't writeable",
  'Connection timeout',
  'Reached the max retries per request limit',
];

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function lastNodeErrorOf(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('lastNodeError' in error)) return undefined;
  return error.lastNodeError ?? undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A few words on why Redis could not be used: "connection refused", "no such host", … */
export function redisFailureReason(error: unknown): string {
  // A cluster client that reached no node says "Failed to refresh slots cache."; the node's
  // own error ("connection refused", "cluster support disabled"), when it kept one that says
  // more than "connection closed", is what an operator can act on.
  const nodeError = lastNodeErrorOf(error);
  if (nodeError !== undefined && !isRedisConnectionError(nodeError))
    return redisFailureReason(nodeError);
  if (codeOf(nodeError) !== undefined) return redisFailureReason(nodeError);
  const code = codeOf(error);
  const byCode = code === undefined ? undefined : reasonsByCode[code];
  if (byCode !== undefined) return byCode;
  const message = messageOf(error);
  const byReply = reasonsByReplyPrefix.find(([prefix]) => message.startsWith(prefix));
  if (byReply !== undefined) return byReply[1];
  if (message.startsWith('Unknown RESP type')) return 'the server there does not speak Redis';
  const byCluster = clusterReasons.find(([fragment]) => message.includes(fragment));
  if (byCluster !== undefined) return byCluster[1];
  if (message.startsWith('Connection is closed') || message.startsWith("Stream isn't writeable"))
    return 'connection lost';
  // Anything else (TLS, a proxy): the first line of the driver's message, short enough for one line.
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine;
}

/**
 * Whether an error only says the connection to Redis is down (it retries on its own), so it is
 * logged once as a change of state, not on every attempt.
 */
export function isRedisConnectionError(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined && connectionCodes.has(code)) return true;
  const message = messageOf(error);
  return connectionMessages.some((fragment) => message.includes(fragment));
}
