/**
 * Slack settings, spread into configSchema. Owned by the Slack adapter (issue 5); every entry
 * documents its env name and default, and is listed in .env.example's Slack section.
 */
export const slackConfigShape = {};
