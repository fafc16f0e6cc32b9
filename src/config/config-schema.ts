import { z } from 'zod';
import { booleanFlag } from './boolean-flag.ts';
import { discordConfigShape } from './discord-config-schema.ts';
import { slackConfigShape } from './slack-config-schema.ts';

const commaSeparated = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

/**
 * Every setting newsbrief reads, with its environment name and default. This schema is the
 * only reader of process.env (see load-config.ts); .env.example documents each entry.
 */
const configObject = z.object({
  /** LOG_LEVEL: pino level for the service logs (the CLI logs warnings and above to stderr). */
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),

  /** FETCH_ALLOW_PRIVATE_HOSTS: host names or IPs, as written in URLs, exempt from the private-address block. */
  FETCH_ALLOW_PRIVATE_HOSTS: commaSeparated,
  /** FETCH_ALLOWED_PORTS: ports besides 80/443 that URLs may use. */
  FETCH_ALLOWED_PORTS: commaSeparated.pipe(
    z.array(z.string().regex(/^\d+$/, 'must be port numbers').transform(Number)),
  ),
  /** FETCH_MAX_BYTES: largest page or feed accepted, after decompression. Default 5 MiB. */
  FETCH_MAX_BYTES: positiveInteger(5 * 1024 * 1024),
  /** FETCH_TIMEOUT_MS: overall time cap for one fetch, redirects included. */
  FETCH_TIMEOUT_MS: positiveInteger(20_000),
  /** FETCH_USER_AGENT: sent with every request. */
  FETCH_USER_AGENT: z.string().default('newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)'),

  /**
   * EXTRACT_THREADS: worker threads per worker process for page extraction, feed parsing and the
   * offline engines, off the event loop. 0 runs them on the main thread with no time limit.
   */
  EXTRACT_THREADS: z.coerce.number().int().min(0).max(32).default(2),
  /** EXTRACT_TIMEOUT_MS: wall-clock limit of one such task; past it the thread is ended and replaced. */
  EXTRACT_TIMEOUT_MS: positiveInteger(10_000),
  /** EXTRACT_MAX_ELEMENTS: a page with more HTML elements is refused before Readability runs. */
  EXTRACT_MAX_ELEMENTS: positiveInteger(50_000),
  /** EXTRACT_MAX_DEPTH: a page nested deeper than this is refused before Readability runs. */
  EXTRACT_MAX_DEPTH: positiveInteger(200),

  /** BRIEF_ENGINE: auto (a model when OPENAI_API_KEY is set, else offline), offline, or openai. */
  BRIEF_ENGINE: z.enum(['auto', 'offline', 'openai']).default('auto'),
  /** BRIEF_LENGTH: default brief length: short (3 summary bullets), standard (4), detailed (5). */
  BRIEF_LENGTH: z.enum(['short', 'standard', 'detailed']).default('standard'),
  /** BRIEF_LANGUAGE: default output language for headline and bullets (quotes never translated). */
  BRIEF_LANGUAGE: optionalString,

  /** OPENAI_API_KEY: key for the OpenAI-compatible server; any non-empty string for local servers. */
  OPENAI_API_KEY: optionalString,
  /** OPENAI_BASE_URL: any OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp, LM Studio, OpenRouter). */
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** OPENAI_MODEL: model name sent with each request. */
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  /** OPENAI_TIMEOUT_MS: time cap for one model request. */
  OPENAI_TIMEOUT_MS: positiveInteger(60_000),
  /** OPENAI_MAX_RETRIES: retries on 429/5xx/timeouts, with capped backoff. */
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** OPENAI_STRUCTURED_OUTPUT: auto tries json_schema, then json_object, then plain text. */
  OPENAI_STRUCTURED_OUTPUT: z.enum(['auto', 'json_schema', 'json_object', 'none']).default('auto'),
  /** OPENAI_CONTEXT_TOKENS: token budget per request; longer articles are briefed in chunks. */
  OPENAI_CONTEXT_TOKENS: positiveInteger(8_000),
  /** MODEL_MAX_PARTS: parts of a long article briefed at most; past it only the first parts are read. */
  MODEL_MAX_PARTS: positiveInteger(6),

  /** PORT: the HTTP server of `newsbrief serve` (health, metrics, chat adapters). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /**
   * DASHBOARD_PASSWORD: turns on the BullMQ dashboard (bull-board) at /admin/queues behind
   * HTTP Basic auth. Unset: no dashboard. At least 12 characters: it can retry and delete jobs.
   */
  DASHBOARD_PASSWORD: z.preprocess(
    emptyAsUndefined,
    z.string().min(12, 'must be at least 12 characters').optional(),
  ),
  /** DASHBOARD_USER: the user name for the dashboard's Basic auth. */
  DASHBOARD_USER: z.string().min(1).default('admin'),
  /** DEFAULT_TIME_ZONE: digests' time zone when the platform does not tell the user's. */
  DEFAULT_TIME_ZONE: z.string().default('UTC'),
  /** BRIEF_REQUESTS_PER_MINUTE: model briefs started per minute across all workers (offline: no limit). */
  BRIEF_REQUESTS_PER_MINUTE: positiveInteger(60),
  /** WORKER_LOCK_DURATION_MS: how long a job's lock lives; a killed worker's job is retried after it. */
  WORKER_LOCK_DURATION_MS: positiveInteger(30_000),
  /**
   * SHUTDOWN_GRACE_MS: after SIGTERM/SIGINT, how long workers may finish active jobs before the
   * process exits anyway (exit code 1). While Redis is unreachable they are not waited for.
   */
  SHUTDOWN_GRACE_MS: positiveInteger(10_000),
  /** COMMAND_RATE_PER_MINUTE: summaries one user may request per minute. */
  COMMAND_RATE_PER_MINUTE: positiveInteger(5),
  /** WORKSPACE_DAILY_TOKEN_BUDGET: model tokens per workspace per UTC day; then offline briefs. 0 = no limit. */
  WORKSPACE_DAILY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(200_000),
  /** DIGEST_COMMANDS_PER_CHANNEL: `/news digest` builds one channel may start per window. */
  DIGEST_COMMANDS_PER_CHANNEL: positiveInteger(2),
  /** DIGEST_COMMAND_WINDOW_MINUTES: the window DIGEST_COMMANDS_PER_CHANNEL counts in. */
  DIGEST_COMMAND_WINDOW_MINUTES: positiveInteger(10),
  /** MAX_FEEDS_PER_CHANNEL: feeds one channel may follow. */
  MAX_FEEDS_PER_CHANNEL: positiveInteger(20),
  /** SUBSCRIPTION_POLICY: who may subscribe/unsubscribe: anyone, admins, or listed. */
  SUBSCRIPTION_POLICY: z.enum(['anyone', 'admins', 'listed']).default('admins'),
  /** SUBSCRIPTION_POLICY_USER_IDS: platform user ids allowed when SUBSCRIPTION_POLICY=listed. */
  SUBSCRIPTION_POLICY_USER_IDS: commaSeparated,

  /** REDIS_URL: Redis for the brief cache (CLI, optional) and the queues (worker, required). */
  REDIS_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** REDIS_CLUSTER: REDIS_URL names one node (or the configuration endpoint) of a Redis Cluster. */
  REDIS_CLUSTER: booleanFlag(false),
  /** REDIS_PREFIX: key prefix; hash-tagged so all keys of one install share a Cluster slot. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[^:\s]+$/, 'must not contain ":" or spaces')
    .default('{newsbrief}'),

  ...slackConfigShape,
  ...discordConfigShape,
});

export const configSchema = configObject.superRefine((config, context) => {
  // On a cluster, BullMQ's scripts and our MULTI and Lua calls need every key in one slot.
  if (config.REDIS_CLUSTER && !hasHashTag(config.REDIS_PREFIX))
    context.addIssue({
      code: 'custom',
      path: ['REDIS_PREFIX'],
      message: 'must carry a hash tag such as {newsbrief} when REDIS_CLUSTER=true',
    });
});

/** Whether keys under `prefix` hash by a Redis Cluster hash tag: a non-empty `{…}`, the first one. */
function hasHashTag(prefix: string): boolean {
  const open = prefix.indexOf('{');
  return open !== -1 && prefix.indexOf('}', open + 1) > open + 1;
}

export type Config = z.output<typeof configSchema>;
