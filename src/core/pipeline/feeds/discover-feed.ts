import type { FeedDocument } from '../../model/feed.ts';
import type { FeedProbe, ProbedAddress } from '../../ports/feed-probe.ts';
import { AppError, isAppError } from '../../errors.ts';
import { mapWithConcurrency } from '../digests/map-with-concurrency.ts';
import { pickBestAdvertisedFeed, type ReadableFeed } from './rank-advertised-feeds.ts';

/** Where sites that advertise nothing usually keep their feed (WordPress, Ghost, Hugo, Blogger …). */
export const commonFeedPaths = [
  '/feed',
  '/rss',
  '/feed.xml',
  '/rss.xml',
  '/atom.xml',
  '/index.xml',
  '/feeds/posts/default',
] as const;

export interface DiscoveredFeed {
  /** The address to subscribe: the one typed when it is a feed, else the feed found for it. */
  feedUrl: string;
  document: FeedDocument;
  /** direct: the address is a feed; advertised: its page links to it; guessed: a common path. */
  foundBy: 'direct' | 'advertised' | 'guessed';
  /** How many feeds the page advertised (0 unless foundBy is advertised). */
  advertisedCount: number;
}

export interface DiscoverFeedOptions {
  /** Advertised feeds read at most; a page listing dozens (one per tag) is cut here. Default 6. */
  maxAdvertised?: number;
  /** Candidates read at once. Default 3. */
  concurrency?: number;
  /**
   * Time one candidate may take. Default 8 s: a feed slower than that is not worth keeping
   * someone at "Checking the feed…", and it keeps the whole search inside the job's limit.
   */
  candidateTimeoutMs?: number;
}

export const noFeedMessage =
  "That address is not a feed and the page advertises none; paste the feed's address.";
const unreadableAdvertisedMessage =
  "That address is not a feed, and none of the feeds its page advertises could be read; paste the feed's address.";

/**
 * Finds the feed behind an address someone pasted to subscribe, reading every candidate before
 * trusting it: the address itself when it is a feed; else the feeds its page advertises, the
 * best of those that parse (see pickBestAdvertisedFeed); else the first common feed path on
 * the same site that parses. Throws the fetcher's AppError when the address cannot be read at
 * all, and 'feed-invalid' with one sentence when no feed is found.
 */
export async function discoverFeed(
  dependencies: { probe: FeedProbe },
  url: string,
  options: DiscoverFeedOptions = {},
  signal?: AbortSignal,
): Promise<DiscoveredFeed> {
  let first: ProbedAddress;
  try {
    first = await dependencies.probe.probe(url, signal);
  } catch (error) {
    if (isAppError(error) && error.code === 'feed-invalid')
      throw notFound(url, noFeedMessage, error);
    throw error;
  }
  if (first.kind === 'feed')
    return { feedUrl: url, document: first.document, foundBy: 'direct', advertisedCount: 0 };

  const concurrency = options.concurrency ?? 3;
  const read = (candidate: string) =>
    readAsFeed(dependencies.probe, candidate, options.candidateTimeoutMs ?? 8_000, signal);
  const tried = new Set([url, first.finalUrl]);
  const advertised = first.advertisedFeeds
    .filter((feed) => !tried.has(feed.url))
    .slice(0, options.maxAdvertised ?? 6);
  const readable = await mapWithConcurrency(advertised, concurrency, async (feed) => {
    tried.add(feed.url);
    const document = await read(feed.url);
    return document === undefined
      ? undefined
      : { url: feed.url, ...(feed.title === undefined ? {} : { linkTitle: feed.title }), document };
  });
  const best = pickBestAdvertisedFeed(
    first.finalUrl,
    readable.filter((feed): feed is ReadableFeed => feed !== undefined),
  );
  if (best !== undefined) {
    return {
      feedUrl: best.url,
      document: best.document,
      foundBy: 'advertised',
      advertisedCount: first.advertisedFeeds.length,
    };
  }

  const guesses = commonFeedPaths
    .map((path) => new URL(path, first.finalUrl).href)
    .filter((guess) => !tried.has(guess));
  const guessed = await mapWithConcurrency(guesses, concurrency, read);
  const index = guessed.findIndex((document) => document !== undefined);
  const document = guessed[index];
  const feedUrl = guesses[index];
  if (document !== undefined && feedUrl !== undefined)
    return { feedUrl, document, foundBy: 'guessed', advertisedCount: 0 };
  throw notFound(
    url,
    first.advertisedFeeds.length === 0 ? noFeedMessage : unreadableAdvertisedMessage,
  );
}

/** A candidate counts only when it reads as a feed; a 404, a page or a timeout rules it out. */
async function readAsFeed(
  probe: FeedProbe,
  url: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<FeedDocument | undefined> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const probed = await probe.probe(
      url,
      signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
    );
    return probed.kind === 'feed' ? probed.document : undefined;
  } catch (error) {
    if (signal?.aborted === true) throw error;
    return undefined;
  }
}

function notFound(url: string, message: string, cause?: unknown): AppError {
  return new AppError({ code: 'feed-invalid', userMessage: message, details: { url }, cause });
}
