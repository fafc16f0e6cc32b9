import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';
import { newsCommandKinds, type NewsCommandKind } from './news-command.ts';

interface CommandHelp {
  /** Everything after `/news `. */
  usage: string;
  description: string;
  examples: readonly string[];
}

const commandHelp: Readonly<Record<NewsCommandKind, CommandHelp>> = {
  summarize: {
    usage: 'summarize <url or pasted text> [--short|--detailed]',
    description:
      'Brief an article: a short summary and its key quotes, word for word, with who said them.',
    examples: [
      '/news summarize https://example.com/story',
      '/news summarize --short https://example.com/story',
    ],
  },
  quotes: {
    usage: 'quotes <url or pasted text>',
    description:
      'Only the key quotes of an article, each checked against the text, with its speaker.',
    examples: ['/news quotes https://example.com/story'],
  },
  digest: {
    usage: 'digest',
    description:
      "Post this channel's digest now: what its feeds published since the last one, grouped by story.",
    examples: ['/news digest'],
  },
  subscribe: {
    usage: 'subscribe <feed url> [daily 08:00] [Europe/Berlin]',
    description:
      "Follow an RSS, Atom or JSON feed in this channel (a site's address works too: its feed is found); a digest arrives on the schedule (default daily 08:00) in your time zone.",
    examples: [
      '/news subscribe https://example.com/feed.xml',
      '/news subscribe https://example.com/feed.xml weekdays 9:00 America/New_York',
      '/news subscribe https://example.com/feed.xml 0 8 * * 1-5',
    ],
  },
  unsubscribe: {
    usage: 'unsubscribe <feed url|all>',
    description: 'Stop following one feed in this channel, or all of them.',
    examples: ['/news unsubscribe https://example.com/feed.xml', '/news unsubscribe all'],
  },
  subscriptions: {
    usage: 'subscriptions',
    description: "List this channel's feeds, its digest schedule and when the next digest comes.",
    examples: ['/news subscriptions'],
  },
  help: {
    usage: 'help [command]',
    description: 'Show this help, or the help for one command.',
    examples: ['/news help subscribe'],
  },
};

/** The usage line of one subcommand, e.g. "/news quotes <url>". */
export function usageFor(kind: NewsCommandKind): string {
  return `/news ${commandHelp[kind].usage}`;
}

/** One sentence naming every subcommand, appended to "I don't know …" replies. */
export function helpSummary(): string {
  return `I can do: ${newsCommandKinds.map((kind) => `\`${kind}\``).join(', ')}. Type \`/news help\` for details.`;
}

/**
 * The help message: every subcommand with its usage, one line on what it does and examples;
 * or, with a topic, that subcommand alone.
 */
export function buildHelpMessage(topic?: NewsCommandKind): ChatMessage {
  const kinds = topic === undefined ? newsCommandKinds : [topic];
  const blocks: ChatBlock[] = [
    { type: 'heading', text: topic === undefined ? 'newsbrief commands' : `/news ${topic}` },
  ];
  for (const kind of kinds) {
    const help = commandHelp[kind];
    blocks.push({ type: 'paragraph', text: `\`${usageFor(kind)}\`\n${help.description}` });
    blocks.push({
      type: 'context',
      text: `Examples: ${help.examples.map((example) => `\`${example}\``).join('  ·  ')}`,
    });
  }
  if (topic === undefined || topic === 'subscribe') {
    blocks.push({
      type: 'context',
      text: 'Schedules: `daily 08:00`, `daily at 8am`, `weekdays 9:00`, `weekends 10am`, `mon,wed,fri 18:00`, `hourly`, `every 6 hours`, or cron such as `0 8 * * 1-5`. Time zones are IANA names such as `Europe/Berlin`, or `UTC`.',
    });
  }
  const fallbackText =
    topic === undefined
      ? `newsbrief commands: ${newsCommandKinds.map((kind) => usageFor(kind)).join('; ')}`
      : `${usageFor(topic)} — ${commandHelp[topic].description}`;
  return { fallbackText, blocks };
}
