import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalHttpServer, type LocalHttpServer } from '../fakes/local-http-server.ts';
import { projectRoot, runCli } from './cli-helpers.ts';

/**
 * Every command and subcommand, given the mistakes people make, run from a folder that is not
 * the checkout: each must answer with one sentence. Argument errors only for worker, serve and
 * chat (they fail before Redis is needed).
 */
const elsewhere = mkdtempSync(join(tmpdir(), 'newsbrief-elsewhere-'));
const emptyFolder = join(elsewhere, 'empty');
mkdirSync(emptyFolder);
const aFile = join(elsewhere, 'notes.txt');
writeFileSync(aFile, 'Not a folder.\n');
const seed = join(projectRoot, 'seeds', 'putin-trump-ukraine-2024-11-28.txt');
const seedName = 'seeds/putin-trump-ukraine-2024-11-28.txt';

/** Answers Discord's command registration: 401 for a wrong token, "Missing Access" for a guild. */
let discord: LocalHttpServer;
beforeAll(async () => {
  discord = await startLocalHttpServer((request, response) => {
    const refusal =
      request.headers.authorization === 'Bot wrong-token'
        ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
        : { status: 403, body: { message: 'Missing Access', code: 50001 } };
    response
      .writeHead(refusal.status, { 'content-type': 'application/json' })
      .end(JSON.stringify(refusal.body));
  });
});
afterAll(async () => discord.close());

const discordEnvironment = (token: string, apiUrl = discord.url('/api')) => ({
  DISCORD_TOKEN: token,
  DISCORD_APPLICATION_ID: '1100000000000000001',
  DISCORD_API_URL: apiUrl,
});

interface Mistake {
  args: string[];
  says: RegExp;
  /** What the environment gets wrong, and the variables that do it. */
  when?: { label: string; environment: () => Record<string, string> };
}

const help = (path: string) => ` \\(see '${path} --help'\\)\\.$`;
const usage = (start: string, path: string) => new RegExp(`^newsbrief: ${start}${help(path)}`);

const mistakes: Mistake[] = [
  // The program itself.
  {
    args: [],
    says: usage('Missing command: use one of summarize, quotes, .* or [a-z]+', 'newsbrief'),
  },
  {
    args: ['sumarize', seed],
    says: usage("Unknown command 'sumarize'; the closest is summarize", 'newsbrief'),
  },
  { args: ['--bogus'], says: usage("Unknown option '--bogus'", 'newsbrief') },
  { args: ['help', 'bogus'], says: usage("Unknown command 'bogus'", 'newsbrief') },
  // Article commands: arguments, options, choices, URLs, files.
  { args: ['summarize'], says: usage('Missing argument <input>', 'newsbrief summarize') },
  {
    args: ['summarize', seed, 'extra', 'more'],
    says: usage("Unexpected arguments 'extra', 'more'", 'newsbrief summarize'),
  },
  {
    args: ['summarize', seed, '--formt', 'json'],
    says: usage("Unknown option '--formt'; the closest is --format", 'newsbrief summarize'),
  },
  {
    args: ['summarize', seed, '--length', 'huge'],
    says: usage(
      "Option --length cannot be 'huge'; use short, standard or detailed",
      'newsbrief summarize',
    ),
  },
  {
    args: ['summarize', seed, '--length'],
    says: usage('Option --length needs a value', 'newsbrief summarize'),
  },
  { args: ['summarize', 'notaurl'], says: /^newsbrief: There is no file at notaurl\.$/ },
  { args: ['summarize', 'ftp://x'], says: /^newsbrief: Only http and https links/ },
  { args: ['summarize', 'http://'], says: /^newsbrief: That does not look like a valid web/ },
  { args: ['summarize', seedName], says: /^newsbrief: There is no file at seeds\/putin/ },
  {
    args: ['quotes', seed, '--format', 'xml'],
    says: usage("Option --format cannot be 'xml'; use text or json", 'newsbrief quotes'),
  },
  { args: ['quotes', elsewhere], says: /^newsbrief: .* is a folder, not a file\.$/ },
  {
    args: ['extract', seed, seed],
    says: usage(`Unexpected argument '${seed}'`, 'newsbrief extract'),
  },
  {
    args: ['extract', seed, '--bogus'],
    says: usage("Unknown option '--bogus'", 'newsbrief extract'),
  },
  // prompts
  {
    args: ['prompts'],
    says: usage('Missing command: use one of list or render', 'newsbrief prompts'),
  },
  {
    args: ['prompts', 'lst'],
    says: usage("Unknown command 'lst'; the closest is list", 'newsbrief prompts'),
  },
  {
    args: ['prompts', 'list', 'extra'],
    says: usage("Unexpected argument 'extra'", 'newsbrief prompts list'),
  },
  {
    args: ['prompts', 'render', 'article-brief'],
    says: usage('Missing argument <input>', 'newsbrief prompts render'),
  },
  { args: ['prompts', 'render', 'nope', seed], says: /^newsbrief: No prompt file has id "nope"/ },
  {
    args: ['prompts', 'render', 'article-brief', seed, '--length', 'huge'],
    says: usage(
      "Option --length cannot be 'huge'; use short, standard or detailed",
      'newsbrief prompts render',
    ),
  },
  // demo
  { args: ['demo', 'extra'], says: usage("Unexpected argument 'extra'", 'newsbrief demo') },
  { args: ['demo', '--seeds'], says: usage('Option --seeds needs a value', 'newsbrief demo') },
  { args: ['demo', '--seeds', '/nope'], says: /^newsbrief: There is no folder at \/nope\.$/ },
  { args: ['demo', '--seeds', aFile], says: /^newsbrief: .*notes\.txt is a file, not a folder\.$/ },
  {
    args: ['demo', '--seeds', emptyFolder],
    says: /^newsbrief: There are no \.txt or \.html articles in .*empty\.$/,
  },
  // slack
  { args: ['slack'], says: usage('Missing command: use manifest', 'newsbrief slack') },
  {
    args: ['slack', 'manifest', 'extra'],
    says: usage("Unexpected argument 'extra'", 'newsbrief slack manifest'),
  },
  {
    args: ['slack', 'manifest'],
    says: /^newsbrief: The manifest for HTTP mode needs the public URL/,
  },
  ...['notaurl', 'ftp://x', 'http://'].map((url) => ({
    args: ['slack', 'manifest', '--public-url', url],
    says: new RegExp(`^newsbrief: The public URL "${url}" is not a web address; give the https`),
  })),
  {
    args: ['slack', 'manifest', '--public-url', 'http://bot.example.com'],
    says: /^newsbrief: Slack only accepts https request URLs, so the public URL cannot be http:\/\/bot\.example\.com\.$/,
  },
  // discord
  {
    args: ['discord'],
    says: usage('Missing command: use one of register or bot', 'newsbrief discord'),
  },
  {
    args: ['discord', 'register', '--guild'],
    says: usage('Option --guild needs a value', 'newsbrief discord register'),
  },
  {
    args: ['discord', 'register', '--guild', 'my-server'],
    says: /^newsbrief: --guild takes a Discord server id \(a long number\), not "my-server"\.$/,
  },
  {
    args: ['discord', 'register'],
    says: /^newsbrief: Set DISCORD_TOKEN and DISCORD_APPLICATION_ID/,
  },
  {
    args: ['discord', 'register'],
    when: { label: 'a wrong token', environment: () => discordEnvironment('wrong-token') },
    says: /^newsbrief: Discord refused DISCORD_TOKEN; copy the token from the Developer Portal/,
  },
  {
    args: ['discord', 'register', '--guild', '1200000000000000001'],
    when: {
      label: 'a server the bot is not in',
      environment: () => discordEnvironment('right-token'),
    },
    says: /^newsbrief: The bot is not in the Discord server 1200000000000000001; invite it/,
  },
  {
    args: ['discord', 'register'],
    when: {
      label: 'Discord unreachable',
      environment: () => discordEnvironment('right-token', 'http://127.0.0.1:1/api'),
    },
    says: /^newsbrief: Discord could not be reached; check the network and DISCORD_API_URL\.$/,
  },
  {
    args: ['discord', 'bot', 'extra'],
    says: usage("Unexpected argument 'extra'", 'newsbrief discord bot'),
  },
  // The long-running commands: argument errors only.
  { args: ['chat', 'extra'], says: usage("Unexpected argument 'extra'", 'newsbrief chat') },
  { args: ['worker', '--bogus'], says: usage("Unknown option '--bogus'", 'newsbrief worker') },
  {
    args: ['serve', '--with-worker', 'now'],
    says: usage("Unexpected argument 'now'", 'newsbrief serve'),
  },
];

describe.concurrent('every command answers a mistake with one sentence, from any folder', () => {
  for (const mistake of mistakes) {
    const command = mistake.args.map((arg) => arg.replace(projectRoot, '')).join(' ');
    const name = `newsbrief ${command}${mistake.when === undefined ? '' : ` with ${mistake.when.label}`}`;
    it(name, async () => {
      const result = await runCli(mistake.args, {
        cwd: elsewhere,
        ...(mistake.when === undefined ? {} : { environment: mistake.when.environment() }),
      });
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stderr).not.toContain('{"level"');
      expect(result.stderr.endsWith('\n')).toBe(true);
      expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(mistake.says)]);
      expect(result.stdout).toBe('');
      expect(result.exitCode).not.toBe(0);
    });
  }
});

describe('help is not an error', () => {
  it('newsbrief summarize --help prints the usage on stdout and exits 0', async () => {
    const result = await runCli(['summarize', '--help'], { cwd: elsewhere });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: newsbrief summarize \[options\] <input>/);
  });
});

describe('newsbrief demo from another folder', () => {
  it('finds the bundled seeds beside the package and briefs all of them', async () => {
    const result = await runCli(['demo'], { cwd: elsewhere });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('PUTIN SAYS HE’S CONFIDENT TRUMP CAN NAVIGATE UKRAINE CRISIS');
    const briefs = result.stdout.split('─'.repeat(88)).slice(1);
    expect(briefs).toHaveLength(4);
    for (const brief of briefs) expect(brief).toContain(`Read from the file ${projectRoot}seeds/`);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      '[1/4] Reading putin-trump-ukraine-2024-11-28.txt…',
      '[2/4] Reading harbor-bridge-vote.html…',
      '[3/4] Reading no-quotes-heatwave-explainer.txt…',
      '[4/4] Reading wire-central-bank-rates.txt…',
    ]);
  });
});
