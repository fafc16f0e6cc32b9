import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { newsCommandKinds } from '../../../core/commands/news-command.ts';

export const newsCommandName = 'news';
export const summarizeMessageCommandName = 'Summarize article';

/** Guild channels only: subscriptions and threads belong to a server channel. */
const guildOnly = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/**
 * `/news` and its subcommands. Discord sets default member permissions per top-level command,
 * not per subcommand, so `/news` is open to everyone and `subscribe`/`unsubscribe` are checked
 * at run time (Manage Channels in that channel, or SUBSCRIPTION_POLICY). Server admins can
 * still narrow who sees `/news` under Server Settings → Integrations.
 */
export const newsCommandDefinition = {
  name: newsCommandName,
  description: 'Brief news articles: summary and verbatim key quotes with speakers',
  type: ApplicationCommandType.ChatInput,
  ...guildOnly,
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'summarize',
      description: 'Summary and key quotes of an article',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'url',
          description: 'Link to the article',
          max_length: 2_000,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'text',
          description: 'Or paste the article text',
          max_length: 6_000,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'length',
          description: 'How long the summary is',
          choices: ['short', 'standard', 'detailed'].map((value) => ({ name: value, value })),
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'quotes',
      description: 'Only the key quotes of an article, checked against its text',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'url',
          description: 'Link to the article',
          required: true,
          max_length: 2_000,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'digest',
      description: "Post this channel's digest now",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'subscribe',
      description: 'Follow a feed in this channel (Manage Channels)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'feed',
          description: 'RSS, Atom or JSON Feed URL',
          required: true,
          max_length: 2_000,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'schedule',
          description: 'e.g. daily 08:00, weekdays 9:00, every 6 hours (default daily 08:00)',
          autocomplete: true,
          max_length: 100,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'timezone',
          description: 'IANA time zone, e.g. Europe/Berlin',
          autocomplete: true,
          max_length: 64,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'unsubscribe',
      description: 'Stop following a feed, or all (Manage Channels)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'feed',
          description: 'The feed URL, or "all"',
          required: true,
          autocomplete: true,
          max_length: 2_000,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'subscriptions',
      description: "This channel's feeds and schedule",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'help',
      description: 'What newsbrief can do',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'command',
          description: 'Help for one command',
          choices: newsCommandKinds.map((kind) => ({ name: kind, value: kind })),
        },
      ],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Right-click a message → Apps → "Summarize article": briefs the first link in it. */
export const summarizeMessageCommandDefinition = {
  name: summarizeMessageCommandName,
  type: ApplicationCommandType.Message,
  ...guildOnly,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Everything `newsbrief discord register` sends; the handlers route by these same names. */
export const discordCommandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = [
  newsCommandDefinition,
  summarizeMessageCommandDefinition,
];

/** Reads one string option of the invoked subcommand. */
export type OptionReader = (name: string) => string | null | undefined;

/**
 * The `/news …` text the platform-neutral handler understands, from a subcommand and its
 * options: `summarize --short <url>`, `subscribe <feed> <schedule> <timezone>` …
 */
export function newsTextFromOptions(subcommand: string, option: OptionReader): string {
  const value = (name: string) => option(name)?.trim() ?? '';
  const words = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');
  switch (subcommand) {
    case 'summarize': {
      const length = value('length');
      const flag = length === '' || length === 'standard' ? '' : `--${length}`;
      return words('summarize', flag, value('url') || value('text'));
    }
    case 'quotes':
      return words('quotes', value('url'));
    case 'subscribe':
      return words('subscribe', value('feed'), value('schedule'), value('timezone'));
    case 'unsubscribe':
      return words('unsubscribe', value('feed'));
    case 'help':
      return words('help', value('command'));
    default:
      return subcommand;
  }
}

/** The first http(s) link in a message's text or embeds, for the "Summarize article" menu. */
export function firstLinkIn(
  content: string,
  embedUrls: readonly (string | null | undefined)[] = [],
): string | undefined {
  const match = /https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"”’]/i.exec(content);
  if (match !== null) return match[0];
  return embedUrls.find(
    (url): url is string => typeof url === 'string' && /^https?:\/\//i.test(url),
  );
}

/** Time zones matching what the user typed, for the `timezone` option's autocomplete (25 at most). */
export function timeZoneChoices(typed: string): { name: string; value: string }[] {
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  const needle = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const starts = zones.filter((zone) => needle === '' || zone.toLowerCase().startsWith(needle));
  const contains = zones.filter(
    (zone) =>
      needle !== '' &&
      !zone.toLowerCase().startsWith(needle) &&
      zone.toLowerCase().includes(needle),
  );
  return [...starts, ...contains].slice(0, 25).map((zone) => ({ name: zone, value: zone }));
}
