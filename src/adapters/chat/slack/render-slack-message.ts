import type { KnownBlock } from '@slack/types';
import type { ChatMessage } from '../../../core/model/chat-message.ts';
import { renderSlackBlocks } from './render-slack-blocks.ts';
import { slackLimits } from './slack-limits.ts';
import { splitSlackText } from './split-slack-text.ts';

/** One chat.postMessage / chat.update body: fallback text plus Block Kit blocks. */
export interface SlackMessagePayload {
  text: string;
  blocks: KnownBlock[];
}

/**
 * Renders a platform-neutral message as one or more Slack messages, each within Slack's
 * limits: at most 50 blocks, 3,000 characters per section, a fallback text under 3,000
 * characters, and about 12,000 characters of block text. The first payload is the message
 * itself; the rest are its continuation (the publisher posts them in the thread).
 */
export function renderSlackMessage(message: ChatMessage): SlackMessagePayload[] {
  const blocks = message.blocks.flatMap(renderSlackBlocks);
  const groups: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let currentChars = 0;
  for (const block of blocks) {
    const size = blockTextLength(block);
    const full =
      current.length >= slackLimits.blocksPerMessage ||
      (current.length > 0 && currentChars + size > slackLimits.textPerMessage);
    if (full) {
      groups.push(dropTrailingDividers(current));
      current = [];
      currentChars = 0;
    }
    // A divider never opens a continuation message.
    if (current.length === 0 && block.type === 'divider' && groups.length > 0) continue;
    current.push(block);
    currentChars += size;
  }
  if (current.length > 0 || groups.length === 0) groups.push(dropTrailingDividers(current));
  const fallback = message.fallbackText.trim() || 'newsbrief';
  return groups.map((group, index) => {
    const suffix = groups.length === 1 ? '' : ` (${index + 1}/${groups.length})`;
    return {
      text: `${shorten(fallback, slackLimits.fallbackText - suffix.length)}${suffix}`,
      blocks: group,
    };
  });
}

/** The text cut at a sentence or word boundary to fit, with an ellipsis when cut. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const [first = ''] = splitSlackText(text, limit - 1);
  return `${first}…`;
}

function dropTrailingDividers(blocks: KnownBlock[]): KnownBlock[] {
  let end = blocks.length;
  while (end > 1 && blocks[end - 1]?.type === 'divider') end -= 1;
  return blocks.slice(0, end);
}

/** Characters of visible text in a block, for the per-message budget. */
function blockTextLength(block: KnownBlock): number {
  switch (block.type) {
    case 'section':
    case 'header':
      return block.text?.text.length ?? 0;
    case 'context':
      return block.elements.reduce(
        (sum, element) => sum + ('text' in element ? element.text.length : 0),
        0,
      );
    default:
      return 32;
  }
}
