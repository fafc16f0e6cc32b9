import type { ChatBlock, ChatMessage } from '../../../core/model/chat-message.ts';

const lineWidth = 88;

/**
 * Renders a chat message for a terminal: plain text, wrapped, readable when piped to a file.
 * Quote parts keep their exact text; wrapping only adds line breaks between words.
 */
export function renderConsoleText(message: ChatMessage): string {
  const sections = message.blocks.map(renderBlock).filter((section) => section.length > 0);
  return `${sections.join('\n\n')}\n`;
}

function renderBlock(block: ChatBlock): string {
  switch (block.type) {
    case 'heading':
      return block.url === undefined
        ? block.text.toUpperCase()
        : `${block.text.toUpperCase()}\n${block.url}`;
    case 'paragraph':
      return wrap(block.text, '', '');
    case 'bullets':
      return block.items.map((item) => wrap(item, '  • ', '    ')).join('\n');
    case 'quote': {
      const text = block.parts.map((part) => `“${part.text}”`).join(' … ');
      const link = block.url === undefined ? '' : `\n      ${block.url}`;
      return `${wrap(text, '  ', '  ')}\n      — ${block.speaker}${link}`;
    }
    case 'context':
      return wrap(block.text, '', '');
    case 'actions':
      return '';
    case 'divider':
      return '─'.repeat(24);
  }
}

/** Greedy word wrap with a first-line prefix and a hanging indent. */
export function wrap(text: string, firstPrefix: string, restPrefix: string): string {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let current = firstPrefix;
  let currentHasWord = false;
  for (const word of words) {
    if (currentHasWord && current.length + 1 + word.length > lineWidth) {
      lines.push(current);
      current = restPrefix + word;
    } else {
      current = currentHasWord ? `${current} ${word}` : current + word;
    }
    currentHasWord = true;
  }
  lines.push(current);
  return lines.join('\n');
}
