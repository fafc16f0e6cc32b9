/**
 * Discord settings, spread into configSchema. Owned by the Discord adapter (issue 6); every
 * entry documents its env name and default, and is listed in .env.example's Discord section.
 */
export const discordConfigShape = {};
