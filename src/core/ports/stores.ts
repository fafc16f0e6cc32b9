import type { ThreadTurn } from '../model/answer.ts';
import type { Article } from '../model/article.ts';
import type { Brief } from '../model/brief.ts';
import type { ChatMessage, ChatTarget, PostedMessageRef } from '../model/chat-message.ts';
import type { FeedState } from '../model/feed.ts';
import type { PostedContent } from '../model/jobs.ts';
import type { Subscription } from '../model/subscription.ts';

/** Articles by id (content hash). */
export interface ArticleStore {
  get(articleId: string): Promise<Article | undefined>;
  put(article: Article): Promise<void>;
}

/**
 * The brief cache: "summarize once, post many". Keys come from briefCacheKey() and include
 * the text hash, prompt id and version, model and options.
 */
export interface BriefStore {
  get(cacheKey: string): Promise<Brief | undefined>;
  put(cacheKey: string, brief: Brief): Promise<void>;
}

/** Rendered messages waiting for the deliver worker, by delivery id (job payloads carry only the id). */
export interface OutboxStore {
  put(deliveryId: string, message: ChatMessage): Promise<void>;
  get(deliveryId: string): Promise<ChatMessage | undefined>;
}

/** A message we posted and what it was about: how a thread reply finds its article. */
export interface PostedMessageRecord {
  ref: PostedMessageRef;
  content: PostedContent;
  postedAt: string;
}

export interface PostedMessageStore {
  put(record: PostedMessageRecord): Promise<void>;
  /** Finds the record for a message id in a channel (the thread root a reply points at). */
  get(
    target: Pick<ChatTarget, 'platform' | 'workspaceId' | 'channelId'>,
    messageId: string,
  ): Promise<PostedMessageRecord | undefined>;
}

/**
 * Exactly-once posting: a delivery id is claimed before posting and its result recorded after,
 * so a retried or raced job finds the post and does not repeat it.
 */
export interface DeliveryLog {
  /** The recorded post for this delivery, if it happened. */
  get(deliveryId: string): Promise<PostedMessageRef | undefined>;
  record(deliveryId: string, ref: PostedMessageRef): Promise<void>;
}

/**
 * The newest digest built for each subscription. When the platform is down across two ticks,
 * the second digest is built from the same watermark and so covers every story of the first;
 * the first, still waiting to post, is dropped rather than repeated once the platform is back.
 */
export interface DigestLedger {
  /** Records that a digest ending at windowEnd was built; an older time never replaces a newer. */
  noteBuilt(subscriptionId: string, windowEnd: string): Promise<void>;
  /** The end of the newest digest built for the subscription, as an ISO time. */
  newestBuilt(subscriptionId: string): Promise<string | undefined>;
  /**
   * Records that the channel was answered with a digest ending at windowEnd, even an empty
   * "Nothing new" one (which leaves the watermark alone), so the next says "since" that time.
   */
  noteReplied(subscriptionId: string, windowEnd: string): Promise<void>;
  lastReplied(subscriptionId: string): Promise<string | undefined>;
}

/** The conversation under a brief, kept by us (platform thread APIs are rate-limited or closed to bots). */
export interface ThreadStore {
  append(threadKey: string, turn: ThreadTurn): Promise<void>;
  /** The latest turns, oldest first. */
  history(threadKey: string, limit: number): Promise<ThreadTurn[]>;
}

export interface SubscriptionStore {
  get(subscriptionId: string): Promise<Subscription | undefined>;
  put(subscription: Subscription): Promise<void>;
  delete(subscriptionId: string): Promise<void>;
  /** Every subscription, for re-creating job schedulers at start. */
  list(): Promise<Subscription[]>;
}

export interface FeedStateStore {
  get(feedUrl: string): Promise<FeedState | undefined>;
  put(state: FeedState): Promise<void>;
}

/** An item that arrived from a feed and the article it became. */
export interface ArrivedItem {
  feedUrl: string;
  itemId: string;
  articleId: string;
  arrivedAt: string;
}

/** What arrived from each feed over time: digests read the window since their watermark. */
export interface FeedArrivalStore {
  add(item: ArrivedItem): Promise<void>;
  /** Items from `feedUrl` with since < arrivedAt <= until, oldest first. */
  listBetween(feedUrl: string, since: string, until: string): Promise<ArrivedItem[]>;
}
