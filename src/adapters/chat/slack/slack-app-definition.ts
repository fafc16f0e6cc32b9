/**
 * What the Slack app is made of, in one place: the listeners register these names and the
 * manifest (`newsbrief slack manifest`) is generated from them, so the two cannot drift.
 */
export const slackAppDefinition = {
  name: 'newsbrief',
  description: 'News briefs with verbatim key quotes, scheduled digests and grounded answers.',
  command: {
    name: '/news',
    description: 'Summarize an article, show its quotes, or manage digests',
    usageHint: 'summarize <url> | quotes <url> | digest | subscribe <feed> [schedule] | help',
  },
  shortcut: {
    name: 'Summarize link',
    callbackId: 'summarize_link',
    description: 'Brief the first link in this message, in its thread',
  },
  /** The modal a "Ask a question" button opens. */
  questionView: { callbackId: 'brief_question', blockId: 'question', actionId: 'question' },
  /** Every HTTP request from Slack (events, commands, interactivity) arrives here. */
  eventsPath: '/slack/events',
  installPath: '/slack/install',
  redirectPath: '/slack/oauth_redirect',
  botScopes: [
    'commands',
    'chat:write',
    // Posting digests and progress messages in public channels the bot was not invited to.
    'chat:write.public',
    'app_mentions:read',
    // Thread replies under briefs arrive as message events in channels the bot is in.
    'channels:history',
    'groups:history',
    // Admin check for subscribe/unsubscribe and the user's time zone.
    'users:read',
  ],
  // app_home_opened needs no scope: it publishes the Home tab (subscriptions by channel).
  botEvents: ['app_mention', 'message.channels', 'message.groups', 'app_home_opened'],
} as const;
