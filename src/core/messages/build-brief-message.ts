import type { Article } from '../model/article.ts';
import type { Brief } from '../model/brief.ts';
import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';
import type { KeyQuote } from '../model/quote.ts';
import { describeBriefFooter } from './describe-source.ts';
import { quoteLink } from './quote-text-fragment.ts';

/** Button ids the chat adapters route back to commands. */
export const briefActionIds = {
  keyQuotes: 'brief-key-quotes',
  askQuestion: 'brief-ask-question',
  openArticle: 'brief-open-article',
} as const;

/**
 * The platform-neutral brief: headline (linked when there is a URL), summary bullets, key
 * quotes with speakers, and a footer saying what was read and which engine wrote it.
 */
export function buildBriefMessage(article: Article, brief: Brief): ChatMessage {
  const url = articleUrl(article);
  const blocks: ChatBlock[] = [
    { type: 'heading', text: brief.headline, ...(url === undefined ? {} : { url }) },
    { type: 'bullets', items: brief.bullets },
  ];
  const quoteBlocks = linkQuotes(groupQuotes(brief.keyQuotes), url, article.text);
  if (quoteBlocks.length > 0) blocks.push({ type: 'divider' }, ...quoteBlocks);
  else
    blocks.push({
      type: 'context',
      text: 'No direct quotes with a named speaker in this article.',
    });
  blocks.push({ type: 'context', text: describeBriefFooter(article, brief) });
  blocks.push({
    type: 'actions',
    buttons: [
      { id: briefActionIds.keyQuotes, label: 'Key quotes', value: article.id },
      { id: briefActionIds.askQuestion, label: 'Ask a question', value: article.id },
      ...(url === undefined
        ? []
        : [{ id: briefActionIds.openArticle, label: 'Open article', url }]),
    ],
  });
  return { fallbackText: `${brief.headline} — ${brief.bullets[0] ?? ''}`.trim(), blocks };
}

/** The parts of a split quote are shown together, in article order, under one speaker. */
function groupQuotes(quotes: readonly KeyQuote[]): ChatBlock[] {
  const blocks: Extract<ChatBlock, { type: 'quote' }>[] = [];
  const byGroup = new Map<number, Extract<ChatBlock, { type: 'quote' }>>();
  for (const quote of quotes) {
    const part = { text: quote.text, start: quote.start, end: quote.end };
    const existing = quote.group === undefined ? undefined : byGroup.get(quote.group);
    if (existing !== undefined && existing.speaker === quote.speaker) {
      existing.parts.push(part);
      existing.parts.sort((left, right) => left.start - right.start);
      continue;
    }
    const block = { type: 'quote' as const, parts: [part], speaker: quote.speaker };
    if (quote.group !== undefined) byGroup.set(quote.group, block);
    blocks.push(block);
  }
  return blocks;
}

/** Each quote links to the article at the quote itself, when the article has a URL. */
function linkQuotes(
  blocks: ChatBlock[],
  url: string | undefined,
  articleText: string,
): ChatBlock[] {
  if (url === undefined) return blocks;
  return blocks.map((block) => {
    if (block.type !== 'quote') return block;
    const link = quoteLink(url, block.parts, articleText);
    return link === undefined ? block : { ...block, url: link };
  });
}

function articleUrl(article: Article): string | undefined {
  const candidate = article.source.canonicalUrl ?? article.source.location;
  return /^https?:\/\//i.test(candidate) ? candidate : undefined;
}
