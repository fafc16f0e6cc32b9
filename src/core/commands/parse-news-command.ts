import type { BriefLength } from '../model/brief.ts';
import { isAppError } from '../errors.ts';
import { parseSchedule, splitScheduleText } from '../schedules/parse-schedule.ts';
import { CommandUsageError } from './command-usage-error.ts';
import type { NewsCommand, NewsCommandKind } from './news-command.ts';
import {
  looksLikeLink,
  parseChatUrl,
  unwrapChatLinks,
  type ChatUrlResult,
} from './parse-chat-url.ts';

/** Everything a command's meaning depends on besides its text. */
export interface CommandContext {
  /** The zone schedules are read in when the user names none: the user's, else the workspace's. */
  defaultTimeZone: string;
}

const subcommandAliases: Readonly<Record<string, NewsCommandKind>> = {
  summarize: 'summarize',
  summarise: 'summarize',
  summary: 'summarize',
  brief: 'summarize',
  quotes: 'quotes',
  quote: 'quotes',
  digest: 'digest',
  subscribe: 'subscribe',
  sub: 'subscribe',
  follow: 'subscribe',
  unsubscribe: 'unsubscribe',
  unsub: 'unsubscribe',
  unfollow: 'unsubscribe',
  subscriptions: 'subscriptions',
  subs: 'subscriptions',
  list: 'subscriptions',
  help: 'help',
  '?': 'help',
  '--help': 'help',
};

/** Pasted text this long with no subcommand is an article to summarize, not a typo. */
const implicitSummaryWords = 30;

const lengthWords: Readonly<Record<string, BriefLength>> = {
  short: 'short',
  brief: 'short',
  detailed: 'detailed',
  long: 'detailed',
  standard: 'standard',
};

/**
 * Reads the text after `/news` into a NewsCommand. Empty text is `help`; a lone link is
 * `summarize`. Throws CommandUsageError (one sentence, then the usage line) for anything it
 * cannot act on, and passes schedule problems through with the `subscribe` usage line.
 */
export function parseNewsCommand(text: string, context: CommandContext): NewsCommand {
  const trimmed = text
    .trim()
    .replace(/^\/news(?=\s|$)/i, '')
    .trim();
  if (trimmed === '') return { kind: 'help' };
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const word = match?.[1] ?? '';
  const rest = match?.[2]?.trim() ?? '';
  const kind = subcommandAliases[word.toLowerCase()];
  switch (kind) {
    case 'help':
      return parseHelp(rest);
    case 'summarize':
      return parseSummarize(rest);
    case 'quotes':
      return parseQuotes(rest);
    case 'digest':
    case 'subscriptions':
      if (rest !== '') {
        throw new CommandUsageError({
          problem: `\`/news ${kind}\` takes nothing after it.`,
          subcommand: kind,
        });
      }
      return { kind };
    case 'subscribe':
      return parseSubscribe(rest, context);
    case 'unsubscribe':
      return parseUnsubscribe(rest);
    default:
      return parseWithoutSubcommand(trimmed, word);
  }
}

/** `/news https://…` summarizes the link; a long paste summarizes the text; anything else is unknown. */
function parseWithoutSubcommand(trimmed: string, word: string): NewsCommand {
  if (trimmed === word && parseChatUrl(word).ok) return parseSummarize(trimmed);
  if (trimmed.split(/\s+/).length >= implicitSummaryWords) return parseSummarize(trimmed);
  const shown = word.replace(/`/g, "'").slice(0, 40);
  throw new CommandUsageError({ problem: `I don't know \`/news ${shown}\`.` });
}

function parseHelp(rest: string): NewsCommand {
  if (rest === '') return { kind: 'help' };
  const topic = subcommandAliases[rest.toLowerCase()];
  if (topic === undefined) {
    const shown = rest.replace(/`/g, "'").slice(0, 40);
    throw new CommandUsageError({ problem: `There is no \`/news ${shown}\` command.` });
  }
  return topic === 'help' ? { kind: 'help' } : { kind: 'help', topic };
}

function parseSummarize(rest: string): NewsCommand {
  const { body, length } = takeLengthFlags(rest);
  if (body === '') {
    throw new CommandUsageError({
      problem: '`/news summarize` needs a link or some pasted text.',
      subcommand: 'summarize',
    });
  }
  const tokens = body.split(/\s+/);
  const [first = ''] = tokens;
  const firstUrl = parseChatUrl(first);
  if (tokens.length === 1) {
    if (firstUrl.ok)
      return { kind: 'summarize', input: { type: 'url', url: firstUrl.url }, length };
    if (firstUrl.reason !== 'not-a-url') throw urlProblem(firstUrl, 'summarize');
    throw new CommandUsageError({
      problem: `\`${firstUrl.shown.replace(/`/g, "'")}\` isn't a link; give a full link such as https://example.com/story, or paste the article.`,
      subcommand: 'summarize',
    });
  }
  return { kind: 'summarize', input: { type: 'text', text: unwrapChatLinks(body) }, length };
}

/**
 * `--short` / `--detailed` at the start or end (also with the em dash macOS and phones put in
 * place of `--`), or a plain `short` / `detailed` after a link. Flags inside pasted text stay
 * part of the text.
 */
function takeLengthFlags(rest: string): { body: string; length: BriefLength } {
  const found: BriefLength[] = [];
  let body = rest;
  const flag = /^(?:--|—|–)(short|brief|detailed|long|standard)$/i;
  for (;;) {
    const leading = /^(\S+)\s*/.exec(body);
    const trailing = /\s*(\S+)$/.exec(body);
    const leadingFlag = leading === null ? null : flag.exec(leading[1] ?? '');
    const trailingFlag = trailing === null ? null : flag.exec(trailing[1] ?? '');
    if (leadingFlag !== null && leading !== null) {
      found.push(lengthWords[(leadingFlag[1] ?? '').toLowerCase()] ?? 'standard');
      body = body.slice(leading[0].length);
    } else if (trailingFlag !== null && trailing !== null) {
      found.push(lengthWords[(trailingFlag[1] ?? '').toLowerCase()] ?? 'standard');
      body = body.slice(0, body.length - trailing[0].length);
    } else {
      break;
    }
  }
  const plain = /^(\S+)\s+(short|brief|detailed|long)$/i.exec(body);
  if (plain !== null && parseChatUrl(plain[1] ?? '').ok) {
    found.push(lengthWords[(plain[2] ?? '').toLowerCase()] ?? 'standard');
    body = plain[1] ?? '';
  }
  const distinct = [...new Set(found)];
  if (distinct.length > 1) {
    throw new CommandUsageError({
      problem: 'Choose one of `--short` or `--detailed`.',
      subcommand: 'summarize',
    });
  }
  return { body: body.trim(), length: distinct[0] ?? 'standard' };
}

/** `/news quotes` takes one link, or pasted text (the console pastes a local file's text). */
function parseQuotes(rest: string): NewsCommand {
  const tokens = rest.split(/\s+/).filter((token) => token !== '');
  const [first] = tokens;
  if (first === undefined) {
    throw new CommandUsageError({
      problem: '`/news quotes` needs a link to an article or some pasted text.',
      subcommand: 'quotes',
    });
  }
  if (tokens.length > 1) {
    if (tokens.every(looksLikeLink)) {
      throw new CommandUsageError({
        problem: '`/news quotes` takes one link.',
        subcommand: 'quotes',
      });
    }
    return { kind: 'quotes', input: { type: 'text', text: unwrapChatLinks(rest) } };
  }
  const result = parseChatUrl(first);
  if (!result.ok) throw urlProblem(result, 'quotes');
  return { kind: 'quotes', input: { type: 'url', url: result.url } };
}

function parseSubscribe(rest: string, context: CommandContext): NewsCommand {
  const tokens = rest.split(/\s+/).filter((token) => token !== '');
  const feedUrls: string[] = [];
  const scheduleTokens: string[] = [];
  for (const token of tokens) {
    const result = parseChatUrl(token);
    // Schedule words never parse as links ("8.30" has no letter TLD), so links are the feeds.
    if (result.ok) {
      if (!feedUrls.includes(result.url)) feedUrls.push(result.url);
    } else if (!result.ok && result.reason !== 'not-a-url') {
      throw urlProblem(result, 'subscribe');
    } else {
      scheduleTokens.push(token);
    }
  }
  if (feedUrls.length === 0) {
    throw new CommandUsageError({
      problem: '`/news subscribe` needs a feed URL.',
      subcommand: 'subscribe',
    });
  }
  const scheduleInput = scheduleTokens.join(' ');
  try {
    const { scheduleText, timeZone } = splitScheduleText(scheduleInput);
    const schedule = parseSchedule(scheduleInput, context.defaultTimeZone);
    return {
      kind: 'subscribe',
      feedUrls,
      schedule,
      scheduleSpecified: scheduleText !== '',
      timeZoneSpecified: timeZone !== undefined,
    };
  } catch (error) {
    if (isAppError(error) && error.code === 'command-invalid') {
      throw new CommandUsageError({
        problem: error.userMessage,
        subcommand: 'subscribe',
        cause: error,
      });
    }
    throw error;
  }
}

function parseUnsubscribe(rest: string): NewsCommand {
  const tokens = rest.split(/\s+/).filter((token) => token !== '');
  if (tokens.length === 0) {
    throw new CommandUsageError({
      problem: '`/news unsubscribe` needs a feed URL or `all`.',
      subcommand: 'unsubscribe',
    });
  }
  if (tokens.length === 1 && /^(all|everything|\*)$/i.test(tokens[0] ?? '')) {
    return { kind: 'unsubscribe', target: { type: 'all' } };
  }
  const feedUrls: string[] = [];
  for (const token of tokens) {
    const result = parseChatUrl(token);
    if (!result.ok) {
      if (result.reason !== 'not-a-url') throw urlProblem(result, 'unsubscribe');
      throw new CommandUsageError({
        problem: `\`${result.shown.replace(/`/g, "'")}\` isn't a feed URL; give the feed's link as \`/news subscriptions\` lists it, or \`all\`.`,
        subcommand: 'unsubscribe',
      });
    }
    if (!feedUrls.includes(result.url)) feedUrls.push(result.url);
  }
  return { kind: 'unsubscribe', target: { type: 'feeds', feedUrls } };
}

function urlProblem(
  result: Extract<ChatUrlResult, { ok: false }>,
  subcommand: NewsCommandKind,
): CommandUsageError {
  const shown = result.shown.replace(/`/g, "'");
  const problem =
    result.reason === 'credentials'
      ? `Links with a user name or password aren't accepted (\`${shown}\`).`
      : result.reason === 'unsupported-scheme'
        ? `Only http and https links work; \`${shown}\` isn't one.`
        : `\`${shown}\` isn't a link.`;
  return new CommandUsageError({ problem, subcommand });
}
