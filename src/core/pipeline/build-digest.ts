import { groupStories, type Story, type StoryInput } from '../engines/stories/group-stories.ts';
import { describeSince } from '../messages/build-digest-message.ts';
import type { Article } from '../model/article.ts';
import type { Brief } from '../model/brief.ts';
import type { ChatTarget } from '../model/chat-message.ts';
import type { Digest, DigestQuote, DigestSource, DigestStory } from '../model/digest.ts';
import type { KeyQuote } from '../model/quote.ts';
import type { DigestComposeOutput } from '../prompts/output-schemas.ts';

export interface BuildDigestInput {
  /** The briefed articles that arrived in the window. */
  briefs: readonly { article: Article; brief: Brief }[];
  windowStart: string;
  windowEnd: string;
  /** From digestIdFor(subscriptionId, windowEnd): the idempotency key of the post. */
  digestId: string;
  subscriptionId?: string;
  target?: ChatTarget;
  /** IANA zone for the intro's "since Tuesday 08:00"; UTC when absent. */
  timeZone?: string;
  /** Most stories shown; the rest are left out (the intro says so). */
  maxStories?: number;
  /**
   * What the digest-compose prompt answered for this same input: an intro, story order and
   * summaries. Only those are taken; headlines, sources and quotes stay from the briefs, so a
   * model never puts a quote in the digest. Unknown story ids are ignored, missing ones keep
   * their place after the ordered ones.
   */
  composition?: DigestComposeOutput;
}

/** Longest one-line summary; longer ones are cut at a word boundary. */
const summaryCharacters = 200;

/**
 * Composes a channel digest without a model: groups the briefed articles by story, takes each
 * story's representative (the most complete source, then the earliest) for headline and
 * summary, its best verified quote (the representative's first key quote, else another
 * member's), and every source link; orders stories by number of sources, then recency.
 * Deterministic for the same input, so a retried digest job rebuilds the same digest.
 */
export function buildDigest(input: BuildDigestInput): Digest {
  const byId = new Map(input.briefs.map((entry) => [entry.article.id, entry]));
  const stories = groupStories([...byId.values()].map(toStoryInput))
    .flatMap((story) => composeStory(story, byId) ?? [])
    .sort(
      (left, right) =>
        right.story.sources.length - left.story.sources.length ||
        right.latest - left.latest ||
        compareText(left.story.storyId, right.story.storyId),
    )
    .map((entry) => entry.story);
  const ordered = applyComposition(stories, input.composition);
  const shown = ordered.slice(0, input.maxStories ?? ordered.length);
  const since = describeSince(input.windowStart, input.windowEnd, input.timeZone);
  const composedIntro = input.composition?.intro.replace(/\s+/g, ' ').trim() ?? '';
  return {
    id: input.digestId,
    ...(input.subscriptionId === undefined ? {} : { subscriptionId: input.subscriptionId }),
    ...(input.target === undefined ? {} : { target: input.target }),
    windowStart: input.windowStart,
    windowEnd: input.windowEnd,
    ...(input.timeZone === undefined ? {} : { timeZone: input.timeZone }),
    intro:
      shown.length > 0 && composedIntro !== ''
        ? composedIntro
        : describeDigest(shown, ordered.length, since),
    stories: shown,
  };
}

/** Full text beats a partial one, which beats a paywalled part or a feed excerpt. */
function preferenceOf(article: Article): number {
  const completeness = { full: 2, partial: 1, paywalled: 0 }[article.source.completeness];
  return completeness - (article.source.origin === 'feed-excerpt' ? 0.5 : 0);
}

function toStoryInput({ article, brief }: { article: Article; brief: Brief }): StoryInput {
  const url = articleUrl(article);
  return {
    articleId: article.id,
    title: article.title.trim() === '' ? brief.headline : article.title,
    text: article.text,
    ...(url === undefined ? {} : { url }),
    ...(article.siteName === undefined ? {} : { siteName: article.siteName }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    preference: preferenceOf(article),
  };
}

function composeStory(
  story: Story,
  byId: ReadonlyMap<string, { article: Article; brief: Brief }>,
): { story: DigestStory; latest: number } | undefined {
  const members = story.articleIds.flatMap((id) => byId.get(id) ?? []);
  const representative = byId.get(story.representativeArticleId) ?? members[0];
  if (representative === undefined) return undefined;
  const url = articleUrl(representative.article);
  const bestQuote = members.map(firstVerifiedQuote).find((quote) => quote !== undefined);
  const headline = oneLine(representative.brief.headline) || oneLine(representative.article.title);
  const sources: DigestSource[] = members.map(({ article }) => {
    const sourceUrl = articleUrl(article);
    return {
      articleId: article.id,
      title: article.title,
      ...(sourceUrl === undefined ? {} : { url: sourceUrl }),
      ...(article.siteName === undefined ? {} : { siteName: article.siteName }),
    };
  });
  const times = members.map(({ article }) => Date.parse(article.publishedAt ?? ''));
  return {
    story: {
      storyId: story.id,
      headline,
      ...(url === undefined ? {} : { url }),
      summary: trimToWords(oneLine(representative.brief.bullets[0] ?? '') || headline),
      ...(bestQuote === undefined ? {} : { bestQuote }),
      sources,
    },
    latest: Math.max(0, ...times.filter((time) => !Number.isNaN(time))),
  };
}

/**
 * The brief's first key quote with the other parts of its split quote. Quotes are re-checked
 * against the article text: a part whose offsets no longer match the text is never shown.
 */
function firstVerifiedQuote({
  article,
  brief,
}: {
  article: Article;
  brief: Brief;
}): DigestQuote | undefined {
  const verbatim = (quote: KeyQuote): boolean =>
    quote.text !== '' && article.text.slice(quote.start, quote.end) === quote.text;
  const first = brief.keyQuotes.find(verbatim);
  if (first === undefined) return undefined;
  const parts =
    first.group === undefined
      ? [first]
      : brief.keyQuotes.filter(
          (quote) =>
            quote.group === first.group && quote.speaker === first.speaker && verbatim(quote),
        );
  return { articleId: article.id, speaker: first.speaker, parts };
}

function applyComposition(
  stories: DigestStory[],
  composition: DigestComposeOutput | undefined,
): DigestStory[] {
  if (composition === undefined) return stories;
  const byId = new Map(stories.map((story) => [story.storyId, story]));
  const ordered: DigestStory[] = [];
  for (const entry of composition.stories) {
    const story = byId.get(entry.storyId);
    if (story === undefined) continue;
    byId.delete(entry.storyId);
    const summary = trimToWords(oneLine(entry.summary));
    ordered.push(summary === '' ? story : { ...story, summary });
  }
  return [...ordered, ...stories.filter((story) => byId.has(story.storyId))];
}

/** "5 stories from 3 sources since Tuesday 08:00", saying when some were left out. */
function describeDigest(shown: readonly DigestStory[], total: number, since: string): string {
  if (shown.length === 0) return `Nothing new since ${since}.`;
  const outlets = new Set(
    shown.flatMap((story) => story.sources.map((source) => outletOf(source))),
  );
  const stories = shown.length === 1 ? '1 story' : `${shown.length} stories`;
  const from = outlets.size === 1 ? '1 source' : `${outlets.size} sources`;
  const leftOut = total > shown.length ? ` (the top ${shown.length} of ${total})` : '';
  return `${stories}${leftOut} from ${from} since ${since}`;
}

function outletOf(source: DigestSource): string {
  if (source.siteName !== undefined) return source.siteName.toLowerCase();
  if (source.url !== undefined) {
    try {
      return new URL(source.url).hostname.replace(/^www\./, '');
    } catch {
      return source.url;
    }
  }
  return source.articleId;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts at the last word boundary before the limit and marks the cut with an ellipsis. */
function trimToWords(text: string, limit = summaryCharacters): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const boundary = cut.lastIndexOf(' ');
  const kept = (boundary > limit / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–—-]+$/u, '');
  return `${kept}…`;
}

function articleUrl(article: Article): string | undefined {
  const candidate = article.source.canonicalUrl ?? article.source.location;
  return /^https?:\/\//i.test(candidate) ? candidate : undefined;
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
