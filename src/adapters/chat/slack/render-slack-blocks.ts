import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { ChatBlock } from '../../../core/model/chat-message.ts';
import { escapeSlackText } from './escape-slack-text.ts';
import { slackLimits } from './slack-limits.ts';
import { splitSlackText } from './split-slack-text.ts';

/**
 * One platform-neutral block as Block Kit blocks, each within Slack's per-block limits. Long
 * text becomes several sections (split at sentence or word boundaries), never one over 3,000.
 */
export function renderSlackBlocks(block: ChatBlock): KnownBlock[] {
  switch (block.type) {
    case 'heading':
      return renderHeading(block.text, block.url);
    case 'paragraph':
      return sections(escapeSlackText(block.text));
    case 'bullets':
      return renderBullets(block.items);
    case 'quote':
      return renderQuote(
        block.parts.map((part) => part.text).join(' … '),
        block.speaker,
        block.url,
      );
    case 'context':
      return splitSlackText(escapeSlackText(block.text), slackLimits.sectionText).map((text) => ({
        type: 'context',
        elements: [{ type: 'mrkdwn', text }],
      }));
    case 'actions':
      return renderActions(block.buttons);
    case 'divider':
      return [{ type: 'divider' }];
  }
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function sections(text: string): KnownBlock[] {
  return splitSlackText(text, slackLimits.sectionText).map(section);
}

function renderHeading(title: string, url: string | undefined): KnownBlock[] {
  if (url === undefined && title.length <= slackLimits.headerText) {
    return [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }];
  }
  const escaped = escapeSlackText(title).replaceAll('|', '¦');
  const linked = url === undefined ? `*${escaped}*` : `*<${linkTarget(url)}|${escaped}>*`;
  if (linked.length <= slackLimits.sectionText) return [section(linked)];
  // A title this long is not a title; show it as text, the link on its own line.
  return [
    ...sections(escapeSlackText(title)),
    ...(url === undefined ? [] : [section(`<${linkTarget(url)}|Open the article>`)]),
  ];
}

/** A URL inside `<…|…>` must not contain the delimiters themselves. */
function linkTarget(url: string): string {
  return url.replaceAll('|', '%7C').replaceAll('>', '%3E').replaceAll('<', '%3C');
}

function renderBullets(items: readonly string[]): KnownBlock[] {
  const lines = items.flatMap((item) =>
    splitSlackText(`• ${escapeSlackText(item)}`, slackLimits.sectionText),
  );
  const blocks: KnownBlock[] = [];
  let current = '';
  for (const line of lines) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= slackLimits.sectionText) current = joined;
    else {
      blocks.push(section(current));
      current = line;
    }
  }
  if (current !== '') blocks.push(section(current));
  return blocks;
}

/** Words of the link to the quote in the article; the URL carries the text fragment. */
export const quoteLinkLabel = 'in context';

function renderQuote(text: string, speaker: string, url: string | undefined): KnownBlock[] {
  const attribution = `— ${escapeSlackText(speaker)}${quoteLinkSuffix(url)}`;
  // Each line costs its "> " prefix; leave room for it and the attribution line.
  const budget = slackLimits.sectionText - attribution.length - 64;
  const chunks = splitSlackText(escapeSlackText(text), Math.max(500, Math.floor(budget * 0.9)));
  return chunks.map((chunk, index) => {
    const quoted = chunk
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    return section(index === chunks.length - 1 ? `${quoted}\n${attribution}` : quoted);
  });
}

/**
 * " · <url|in context>" after the speaker. A link too long to leave room for the quote in its
 * section is left out rather than shortened: a cut URL would point nowhere.
 */
function quoteLinkSuffix(url: string | undefined): string {
  if (url === undefined) return '';
  const suffix = ` · <${linkTarget(url)}|${quoteLinkLabel}>`;
  return suffix.length > slackLimits.sectionText - 1_000 ? '' : suffix;
}

function renderActions(buttons: Extract<ChatBlock, { type: 'actions' }>['buttons']): KnownBlock[] {
  const elements: Button[] = buttons.map((button) => ({
    type: 'button',
    action_id: button.id,
    text: { type: 'plain_text', text: truncate(button.label, slackLimits.buttonText), emoji: true },
    ...(button.url === undefined || button.url.length > slackLimits.buttonUrl
      ? {}
      : { url: button.url }),
    ...(button.value === undefined
      ? {}
      : { value: truncate(button.value, slackLimits.buttonValue) }),
  }));
  const blocks: ActionsBlock[] = [];
  for (let index = 0; index < elements.length; index += slackLimits.buttonsPerActions) {
    blocks.push({
      type: 'actions',
      elements: elements.slice(index, index + slackLimits.buttonsPerActions),
    });
  }
  return blocks;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
