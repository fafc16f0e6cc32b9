import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { ChatBlock } from '../../../core/model/chat-message.ts';
import { discordLimits } from './discord-limits.ts';
import { clipDiscordText, splitDiscordText } from './split-discord-text.ts';

/** One colour for every embed of a message, so continuation embeds read as one card. */
export const newsbriefEmbedColor = 0x2f6fb3;

type QuoteBlock = Extract<ChatBlock, { type: 'quote' }>;

/**
 * Renders content blocks as embeds, each within Discord's per-embed limits: a heading starts
 * an embed (title linked to the source), bullets, paragraphs and quotes become description
 * lines, context lines become small print (`-# `), and the message's closing context line
 * (how the text was obtained, which engine) becomes the footer of the last embed. Text too
 * long for one description continues in an untitled embed; nothing is cut except titles.
 */
export function renderDiscordEmbeds(blocks: readonly ChatBlock[]): APIEmbed[] {
  const content = blocks.filter((block) => block.type !== 'actions');
  const last = content.at(-1);
  const footer = last?.type === 'context' ? last.text : undefined;
  const body = footer === undefined ? content : content.slice(0, -1);

  const embeds: APIEmbed[] = [];
  let current: APIEmbed = { color: newsbriefEmbedColor };
  let pendingGap = false;
  const open = (title?: string, url?: string) => {
    if (!isEmpty(current)) embeds.push(current);
    current = { color: newsbriefEmbedColor };
    if (title !== undefined && title.trim() !== '')
      current.title = clipDiscordText(title.trim(), discordLimits.embedTitle);
    if (url !== undefined && isLinkable(url)) current.url = url;
    pendingGap = false;
  };
  const addLine = (line: string) => {
    for (const piece of splitDiscordText(line, discordLimits.embedDescription)) {
      const description = current.description ?? '';
      const separator = description === '' ? '' : pendingGap ? '\n\n' : '\n';
      const next = description + separator + piece;
      if (next.length > discordLimits.embedDescription) {
        open();
        current.description = piece;
      } else current.description = next;
      pendingGap = false;
    }
  };

  for (const block of body) {
    switch (block.type) {
      case 'heading':
        open(block.text, block.url);
        break;
      case 'paragraph':
        addLine(block.text);
        pendingGap = true;
        break;
      case 'bullets':
        for (const item of block.items) addLine(`• ${escapeMarkdown(item)}`);
        pendingGap = true;
        break;
      case 'quote':
        // Two lines added apart, so a quote long enough to be split never splits its link.
        addLine(formatQuoteText(block));
        addLine(formatAttribution(block));
        pendingGap = true;
        break;
      case 'context':
        addLine(formatSmallPrint(block.text));
        break;
      case 'divider':
        pendingGap = true;
        break;
    }
  }
  if (footer !== undefined) {
    const text = clipDiscordText(footer, discordLimits.footer);
    if (embedLength(current) + text.length > discordLimits.embedCharactersPerMessage) open();
    current.footer = { text };
  }
  if (!isEmpty(current)) embeds.push(current);
  return embeds;
}

/** Words of the link to the quote in the article; the URL carries the text fragment. */
export const quoteLinkLabel = 'in context';

/** “part … part” on quote lines (then the attribution line): the parts are verbatim spans of the article. */
function formatQuoteText(block: QuoteBlock): string {
  const text = block.parts.map((part) => escapeMarkdown(part.text.trim())).join(' … ');
  return `“${text}”`
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * "> — **Speaker** · [in context](url)". Parentheses in the URL would end the Markdown link,
 * so they are percent-encoded (the fragment's own are already); a URL Discord would not link
 * is left out rather than cut.
 */
function formatAttribution(block: QuoteBlock): string {
  const speaker = `> — **${escapeMarkdown(block.speaker)}**`;
  if (block.url === undefined || !isLinkable(block.url)) return speaker;
  const target = block.url.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll(' ', '%20');
  return `${speaker} · [${quoteLinkLabel}](${target})`;
}

function formatSmallPrint(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : `-# ${line}`))
    .join('\n');
}

/** Characters Discord counts toward the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function isEmpty(embed: APIEmbed): boolean {
  return embedLength(embed) === 0;
}

function isLinkable(url: string): boolean {
  return /^https?:\/\//i.test(url) && url.length <= 2_048;
}
