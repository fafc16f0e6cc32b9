import { describe, it, expect } from 'vitest';
import { CommandUsageError } from '../../../src/core/commands/command-usage-error.ts';
import { parseNewsCommand } from '../../../src/core/commands/parse-news-command.ts';

const context = { defaultTimeZone: 'Europe/Berlin' };

function parse(text: string) {
  return parseNewsCommand(text, context);
}

function usageErrorOf(text: string): CommandUsageError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof CommandUsageError) {
      expect(error.code).toBe('command-invalid');
      return error;
    }
    throw error;
  }
  throw new Error(`expected "${text}" to be refused`);
}

describe('parseNewsCommand — help', () => {
  it('empty text, whitespace and `help` show help', () => {
    expect(parse('')).toEqual({ kind: 'help' });
    expect(parse('   \n ')).toEqual({ kind: 'help' });
    expect(parse('help')).toEqual({ kind: 'help' });
    expect(parse('HELP')).toEqual({ kind: 'help' });
  });

  it('help for one subcommand, by name or alias', () => {
    expect(parse('help subscribe')).toEqual({ kind: 'help', topic: 'subscribe' });
    expect(parse('help summarise')).toEqual({ kind: 'help', topic: 'summarize' });
    expect(parse('help help')).toEqual({ kind: 'help' });
  });

  it('help for a command that does not exist says so and lists the commands in one line', () => {
    expect(usageErrorOf('help bogus').userMessage).toBe(
      'There is no `/news bogus` command. I can do: `summarize`, `quotes`, `digest`, `subscribe`, `unsubscribe`, `subscriptions`, `help`. Type `/news help` for details.',
    );
  });

  it('ignores a leading /news (the console passes the whole line)', () => {
    expect(parse('/news digest')).toEqual({ kind: 'digest' });
    expect(parse('/news')).toEqual({ kind: 'help' });
  });
});

describe('parseNewsCommand — summarize', () => {
  it('a bare URL', () => {
    expect(parse('summarize https://example.com/world/story-1?id=7')).toEqual({
      kind: 'summarize',
      input: { type: 'url', url: 'https://example.com/world/story-1?id=7' },
      length: 'standard',
    });
  });

  it('accepts the British spelling and any case', () => {
    expect(parse('Summarise https://example.com/a')).toMatchObject({
      kind: 'summarize',
      input: { url: 'https://example.com/a' },
    });
  });

  it('unwraps Slack links, with and without a label, and decodes &amp;', () => {
    expect(parse('summarize <https://example.com/a?x=1&amp;y=2>')).toMatchObject({
      input: { type: 'url', url: 'https://example.com/a?x=1&y=2' },
    });
    expect(parse('summarize <https://example.com/story|example.com/story>')).toMatchObject({
      input: { type: 'url', url: 'https://example.com/story' },
    });
  });

  it('reads a link without a scheme as https and drops the fragment', () => {
    expect(parse('summarize www.example.com/story#comments')).toMatchObject({
      input: { type: 'url', url: 'https://www.example.com/story' },
    });
  });

  it('--short and --detailed before or after the link, also with an em dash, or a plain word after it', () => {
    expect(parse('summarize --short https://example.com/a')).toMatchObject({ length: 'short' });
    expect(parse('summarize https://example.com/a --detailed')).toMatchObject({
      length: 'detailed',
    });
    expect(parse('summarize https://example.com/a —short')).toMatchObject({ length: 'short' });
    expect(parse('summarize https://example.com/a detailed')).toMatchObject({
      length: 'detailed',
      input: { type: 'url', url: 'https://example.com/a' },
    });
  });

  it('refuses two different lengths', () => {
    expect(usageErrorOf('summarize --short https://example.com/a --detailed').userMessage).toBe(
      'Choose one of `--short` or `--detailed`. Usage: /news summarize <url or pasted text> [--short|--detailed]',
    );
  });

  it('keeps pasted text with its newlines, unwrapping Slack links inside it', () => {
    const pasted =
      'Harbor bridge vote delayed\n\nThe council voted 5-4 on Tuesday.\n"We need more time," said Mayor Lee. See <https://example.com/more|the report> &amp; notes.';
    expect(parse(`summarize ${pasted}`)).toEqual({
      kind: 'summarize',
      input: {
        type: 'text',
        text: 'Harbor bridge vote delayed\n\nThe council voted 5-4 on Tuesday.\n"We need more time," said Mayor Lee. See the report & notes.',
      },
      length: 'standard',
    });
  });

  it('text starting on the next line after summarize, with a --short flag first', () => {
    expect(parse('summarize --short\nFirst paragraph here.\nSecond paragraph.')).toEqual({
      kind: 'summarize',
      input: { type: 'text', text: 'First paragraph here.\nSecond paragraph.' },
      length: 'short',
    });
  });

  it('a flag inside pasted text stays part of the text', () => {
    expect(parse('summarize Use --short flags wisely, the manual says.')).toMatchObject({
      input: { type: 'text', text: 'Use --short flags wisely, the manual says.' },
      length: 'standard',
    });
  });

  it('refuses nothing, a non-link word, and non-http links', () => {
    expect(usageErrorOf('summarize').userMessage).toBe(
      '`/news summarize` needs a link or some pasted text. Usage: /news summarize <url or pasted text> [--short|--detailed]',
    );
    expect(usageErrorOf('summarize --short').problem).toBe(
      '`/news summarize` needs a link or some pasted text.',
    );
    expect(usageErrorOf('summarize foo').problem).toBe(
      "`foo` isn't a link; give a full link such as https://example.com/story, or paste the article.",
    );
    expect(usageErrorOf('summarize ftp://example.com/file.txt').problem).toBe(
      "Only http and https links work; `ftp://example.com/file.txt` isn't one.",
    );
    expect(usageErrorOf('summarize javascript:alert(1)').problem).toBe(
      "Only http and https links work; `javascript:alert(1)` isn't one.",
    );
    expect(usageErrorOf('summarize https://user:secret@example.com/a').problem).toBe(
      "Links with a user name or password aren't accepted (`example.com`).",
    );
  });

  it('a lone link without a subcommand is a summarize', () => {
    expect(parse('https://example.com/a')).toMatchObject({
      kind: 'summarize',
      input: { type: 'url', url: 'https://example.com/a' },
    });
    expect(parse('<https://example.com/a>')).toMatchObject({ kind: 'summarize' });
  });

  it('a long paste without a subcommand is a summarize of that text', () => {
    const article = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    expect(parse(article)).toMatchObject({
      kind: 'summarize',
      input: { type: 'text', text: article },
    });
  });
});

describe('parseNewsCommand — quotes and digest', () => {
  it('quotes takes one link', () => {
    expect(parse('quotes <https://example.com/a|example.com/a>')).toEqual({
      kind: 'quotes',
      input: { type: 'url', url: 'https://example.com/a' },
    });
    expect(parse('quote https://example.com/a')).toEqual({
      kind: 'quotes',
      input: { type: 'url', url: 'https://example.com/a' },
    });
    expect(usageErrorOf('quotes').userMessage).toBe(
      '`/news quotes` needs a link to an article or some pasted text. Usage: /news quotes <url or pasted text>',
    );
    expect(usageErrorOf('quotes https://a.example/x https://b.example/y').problem).toBe(
      '`/news quotes` takes one link.',
    );
    expect(usageErrorOf('quotes file:///etc/passwd').problem).toBe(
      "Only http and https links work; `file:///etc/passwd` isn't one.",
    );
  });

  it('quotes takes pasted text, as summarize does (the console pastes a local file)', () => {
    expect(parse('quotes "We will build it," the mayor said. <https://e.com/a|e.com>')).toEqual({
      kind: 'quotes',
      input: { type: 'text', text: '"We will build it," the mayor said. e.com' },
    });
    expect(usageErrorOf('quotes seeds/story.txt').problem).toBe("`seeds/story.txt` isn't a link.");
  });

  it('digest and subscriptions take nothing after them', () => {
    expect(parse('digest')).toEqual({ kind: 'digest' });
    expect(parse('subscriptions')).toEqual({ kind: 'subscriptions' });
    expect(parse('list')).toEqual({ kind: 'subscriptions' });
    expect(usageErrorOf('digest now please').userMessage).toBe(
      '`/news digest` takes nothing after it. Usage: /news digest',
    );
  });
});

describe('parseNewsCommand — subscribe', () => {
  it('defaults to daily 08:00 in the context zone', () => {
    expect(parse('subscribe https://example.com/feed.xml')).toEqual({
      kind: 'subscribe',
      feedUrls: ['https://example.com/feed.xml'],
      schedule: { cron: '0 8 * * *', description: 'every day at 08:00', timeZone: 'Europe/Berlin' },
      scheduleSpecified: false,
      timeZoneSpecified: false,
    });
  });

  it('schedule words and a time zone', () => {
    expect(parse('subscribe <https://example.com/rss> weekdays 9:00 America/New_York')).toEqual({
      kind: 'subscribe',
      feedUrls: ['https://example.com/rss'],
      schedule: {
        cron: '0 9 * * 1-5',
        description: 'every weekday at 09:00',
        timeZone: 'America/New_York',
      },
      scheduleSpecified: true,
      timeZoneSpecified: true,
    });
  });

  it('cron schedule', () => {
    expect(parse('subscribe https://example.com/rss 0 8 * * 1-5')).toMatchObject({
      schedule: {
        cron: '0 8 * * 1-5',
        description: 'every weekday at 08:00',
        timeZone: 'Europe/Berlin',
      },
      scheduleSpecified: true,
      timeZoneSpecified: false,
    });
  });

  it('only a time zone keeps the default schedule', () => {
    expect(parse('subscribe https://example.com/rss UTC')).toMatchObject({
      schedule: { cron: '0 8 * * *', timeZone: 'UTC' },
      scheduleSpecified: false,
      timeZoneSpecified: true,
    });
  });

  it('the link may come after the schedule, and several feeds share one schedule', () => {
    expect(
      parse('subscribe daily at 7am https://a.example/feed https://b.example/rss'),
    ).toMatchObject({
      feedUrls: ['https://a.example/feed', 'https://b.example/rss'],
      schedule: { cron: '0 7 * * *' },
    });
  });

  it('refuses a missing feed with the usage line', () => {
    expect(usageErrorOf('subscribe').userMessage).toBe(
      '`/news subscribe` needs a feed URL. Usage: /news subscribe <feed url> [daily 08:00] [Europe/Berlin]',
    );
    expect(usageErrorOf('subscribe daily 08:00').problem).toBe(
      '`/news subscribe` needs a feed URL.',
    );
  });

  it('passes schedule problems through with the subscribe usage line', () => {
    expect(usageErrorOf('subscribe https://example.com/rss every 5 minutes').userMessage).toBe(
      'That schedule is too frequent; the shortest is every 15 minutes. Usage: /news subscribe <feed url> [daily 08:00] [Europe/Berlin]',
    );
    expect(usageErrorOf('subscribe https://example.com/rss 0 25 * * *').problem).toBe(
      'The hour field of `0 25 * * *` must be between 0 and 23; `25` is not.',
    );
    expect(usageErrorOf('subscribe https://example.com/rss daily 8:00 Mars/Base').problem).toBe(
      "`Mars/Base` isn't a time zone I know; use an IANA name such as `Europe/Berlin`, `America/New_York` or `UTC`.",
    );
    expect(usageErrorOf('subscribe ftp://example.com/rss').problem).toBe(
      "Only http and https links work; `ftp://example.com/rss` isn't one.",
    );
  });
});

describe('parseNewsCommand — unsubscribe', () => {
  it('one feed, several, or all', () => {
    expect(parse('unsubscribe <https://example.com/rss>')).toEqual({
      kind: 'unsubscribe',
      target: { type: 'feeds', feedUrls: ['https://example.com/rss'] },
    });
    expect(parse('unsubscribe all')).toEqual({ kind: 'unsubscribe', target: { type: 'all' } });
    expect(parse('unsub ALL')).toEqual({ kind: 'unsubscribe', target: { type: 'all' } });
  });

  it('refuses nothing or a non-link', () => {
    expect(usageErrorOf('unsubscribe').userMessage).toBe(
      '`/news unsubscribe` needs a feed URL or `all`. Usage: /news unsubscribe <feed url|all>',
    );
    expect(usageErrorOf('unsubscribe bbc').problem).toBe(
      "`bbc` isn't a feed URL; give the feed's link as `/news subscriptions` lists it, or `all`.",
    );
  });
});

describe('parseNewsCommand — unknown subcommands', () => {
  it('names the word and lists the subcommands', () => {
    const error = usageErrorOf('foo bar');
    expect(error.userMessage).toBe(
      "I don't know `/news foo`. I can do: `summarize`, `quotes`, `digest`, `subscribe`, `unsubscribe`, `subscriptions`, `help`. Type `/news help` for details.",
    );
    expect(error.subcommand).toBeUndefined();
  });

  it('keeps backticks in the echoed word from breaking the formatting', () => {
    expect(usageErrorOf('fo`o').problem).toBe("I don't know `/news fo'o`.");
  });
});
