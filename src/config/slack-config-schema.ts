import { z } from 'zod';

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

/**
 * Slack settings, spread into configSchema. Owned by the Slack adapter (issue 5); every entry
 * documents its env name and default, and is listed in .env.example's Slack section. All are
 * optional: without a signing secret (or app token) the Slack adapter does not start.
 */
export const slackConfigShape = {
  /** SLACK_SIGNING_SECRET: verifies every request Slack sends over HTTP. Unset: no HTTP receiver. */
  SLACK_SIGNING_SECRET: optionalString,
  /** SLACK_BOT_TOKEN: xoxb- token for single-workspace mode. Unset: multi-workspace OAuth (SLACK_CLIENT_ID …). */
  SLACK_BOT_TOKEN: optionalString,
  /** SLACK_APP_TOKEN: xapp- token; when set, events arrive over Socket Mode instead of HTTP. Default unset. */
  SLACK_APP_TOKEN: optionalString,
  /** SLACK_API_URL: Web API base URL (enterprise proxies, tests). Default https://slack.com/api/. */
  SLACK_API_URL: z.preprocess(emptyAsUndefined, z.url().default('https://slack.com/api/')),
  /** SLACK_BOT_ID: the bot's B… id; with SLACK_BOT_USER_ID skips Bolt's auth.test at start. Default unset. */
  SLACK_BOT_ID: optionalString,
  /** SLACK_BOT_USER_ID: the bot user's U… id (ignore own messages, strip @mentions). Default unset. */
  SLACK_BOT_USER_ID: optionalString,
  /** SLACK_CLIENT_ID: OAuth client id for multi-workspace installs (/slack/install). Default unset. */
  SLACK_CLIENT_ID: optionalString,
  /** SLACK_CLIENT_SECRET: OAuth client secret; also used to refresh rotating tokens. Default unset. */
  SLACK_CLIENT_SECRET: optionalString,
  /** SLACK_STATE_SECRET: signs the OAuth state cookie (any long random string). Default unset. */
  SLACK_STATE_SECRET: optionalString,
  /** PUBLIC_URL: where Slack reaches this server (https://…), for the manifest and OAuth redirect. Default unset. */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
};
