import type { Article } from '../model/article.ts';
import type { Brief } from '../model/brief.ts';
import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';
import { buildBriefMessage } from './build-brief-message.ts';
import { describeBriefFooter } from './describe-source.ts';

/**
 * `/news quotes <url>`: only the verified key quotes with their speakers, under the linked
 * headline. Reuses the brief message's blocks so quotes render the same everywhere.
 */
export function buildQuotesMessage(article: Article, brief: Brief): ChatMessage {
  const briefBlocks = buildBriefMessage(article, brief).blocks;
  const heading = briefBlocks.find((block) => block.type === 'heading');
  const quotes = briefBlocks.filter((block) => block.type === 'quote');
  const blocks: ChatBlock[] = [
    ...(heading === undefined ? [] : [heading]),
    ...(quotes.length > 0
      ? quotes
      : [
          {
            type: 'paragraph' as const,
            text: 'This article has no direct quotes with a named speaker.',
          },
        ]),
    { type: 'context', text: describeBriefFooter(article, brief) },
  ];
  const count = quotes.length;
  return {
    fallbackText: `${count} key quote${count === 1 ? '' : 's'} from “${brief.headline}”`,
    blocks,
  };
}
