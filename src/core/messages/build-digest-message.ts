import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';
import type { Digest, DigestSource, DigestStory } from '../model/digest.ts';
import { quoteLink } from './quote-text-fragment.ts';

/** The heading of every digest message. */
export const digestHeading = 'News digest';

/**
 * The platform-neutral digest: a heading, the intro, then per story its headline (linked to
 * the representative article), the one-line summary, its best verified quote with the speaker
 * and the quote's exact parts and offsets, and a context line linking every source. A digest
 * with no stories becomes one short "Nothing new since …" line.
 */
export function buildDigestMessage(digest: Digest): ChatMessage {
  if (digest.stories.length === 0) {
    const text = `Nothing new since ${describeSince(digest.windowStart, digest.windowEnd, digest.timeZone)}.`;
    return {
      fallbackText: text,
      blocks: [
        { type: 'heading', text: digestHeading },
        { type: 'paragraph', text },
      ],
    };
  }
  const blocks: ChatBlock[] = [
    { type: 'heading', text: digestHeading },
    { type: 'paragraph', text: digest.intro },
  ];
  for (const story of digest.stories) blocks.push({ type: 'divider' }, ...storyBlocks(story));
  const headlines = digest.stories.map((story) => story.headline).join(' · ');
  return { fallbackText: `${digest.intro} — ${headlines}`, blocks };
}

function storyBlocks(story: DigestStory): ChatBlock[] {
  const blocks: ChatBlock[] = [
    {
      type: 'heading',
      text: story.headline,
      ...(story.url === undefined ? {} : { url: story.url }),
    },
  ];
  if (story.summary !== '' && story.summary !== story.headline) {
    blocks.push({ type: 'paragraph', text: story.summary });
  }
  const quote = story.bestQuote;
  if (quote !== undefined) {
    const parts = [...quote.parts]
      .sort((left, right) => left.start - right.start)
      .map((part) => ({ text: part.text, start: part.start, end: part.end }));
    // The quote may come from another source of the story than the headline's article.
    const articleUrl = story.sources.find((source) => source.articleId === quote.articleId)?.url;
    const link =
      articleUrl === undefined || !/^https?:\/\//i.test(articleUrl)
        ? undefined
        : quoteLink(articleUrl, parts);
    blocks.push({
      type: 'quote',
      parts,
      speaker: quote.speaker,
      ...(link === undefined ? {} : { url: link }),
    });
  }
  blocks.push({ type: 'context', text: describeSources(story.sources) });
  return blocks;
}

/** "Sources (2): Reuters https://… · AP News https://…": every link, named by its outlet. */
function describeSources(sources: readonly DigestSource[]): string {
  const label = sources.length === 1 ? 'Source' : `Sources (${sources.length})`;
  const items = sources.map((source) => {
    const name = source.siteName ?? hostOf(source.url) ?? source.title;
    return source.url === undefined ? name : `${name} ${source.url}`;
  });
  return `${label}: ${items.join(' · ')}`;
}

/**
 * When a digest window starts, as a reader in `timeZone` would say it: "Tuesday 08:00" within
 * the last week of `windowEnd`, "3 March 08:00" before that. UTC when no zone is given.
 */
export function describeSince(windowStart: string, windowEnd: string, timeZone?: string): string {
  const start = new Date(windowStart);
  if (Number.isNaN(start.getTime())) return windowStart;
  const zone = timeZone !== undefined && isTimeZone(timeZone) ? timeZone : 'UTC';
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(start);
  const withinWeek = Date.parse(windowEnd) - start.getTime() < 6 * 24 * 3_600_000;
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    ...(withinWeek ? { weekday: 'long' } : { day: 'numeric', month: 'long' }),
  }).format(start);
  return `${day} ${time}${zone === 'UTC' && timeZone !== 'UTC' ? ' UTC' : ''}`;
}

/** A digest must still go out when a stored subscription names a zone this runtime lacks. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
