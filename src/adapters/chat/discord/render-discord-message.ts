import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import type { ChatBlock, ChatMessage } from '../../../core/model/chat-message.ts';
import { encodeCustomId } from './discord-custom-ids.ts';
import { discordLimits } from './discord-limits.ts';
import { embedLength, renderDiscordEmbeds } from './render-discord-embeds.ts';
import { clipDiscordText, splitDiscordText } from './split-discord-text.ts';

/** One Discord message body, ready for POST /channels/{id}/messages or an interaction edit. */
export interface DiscordMessagePayload {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Article text may contain "@everyone" or role mentions: never ping anyone. */
  allowed_mentions: { parse: [] };
}

type ActionsBlock = Extract<ChatBlock, { type: 'actions' }>;

/**
 * Renders a platform-neutral message as one or more Discord messages, each within every
 * Discord limit (2,000 content characters; 10 embeds and 6,000 embed characters per message;
 * 4,096 per description, 256 per title, 2,048 per footer). Short notices (no heading, bullets,
 * quotes or buttons) are plain content; everything else is embeds. Buttons go on the first
 * message, so the message that starts the thread is the one that carries "Ask a question".
 */
export function renderDiscordMessage(message: ChatMessage): DiscordMessagePayload[] {
  const components = renderComponents(message.blocks);
  const richBlocks = message.blocks.some(
    (block) => block.type === 'heading' || block.type === 'bullets' || block.type === 'quote',
  );
  const payloads =
    richBlocks || components.length > 0
      ? packEmbeds(renderDiscordEmbeds(message.blocks))
      : renderContent(message);
  const [first, ...rest] =
    payloads.length > 0 ? payloads : [payload(clipDiscordText(message.fallbackText, 2_000), [])];
  return [{ ...(first ?? payload('newsbrief', [])), components }, ...rest];
}

function renderContent(message: ChatMessage): DiscordMessagePayload[] {
  const text = message.blocks
    .map((block) => {
      if (block.type === 'paragraph') return block.text;
      if (block.type === 'context') return `-# ${block.text.replace(/\n/g, '\n-# ')}`;
      return '';
    })
    .filter((text) => text.trim() !== '')
    .join('\n\n');
  const source = text.trim() === '' ? message.fallbackText : text;
  if (source.trim() === '') return [];
  return splitDiscordText(source, discordLimits.content).map((piece) => payload(piece, []));
}

/** Fills messages with embeds until the next one would pass 10 embeds or 6,000 characters. */
function packEmbeds(embeds: readonly APIEmbed[]): DiscordMessagePayload[] {
  const payloads: DiscordMessagePayload[] = [];
  let batch: APIEmbed[] = [];
  let characters = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (
      batch.length > 0 &&
      (batch.length >= discordLimits.embedsPerMessage ||
        characters + length > discordLimits.embedCharactersPerMessage)
    ) {
      payloads.push(payload('', batch));
      batch = [];
      characters = 0;
    }
    batch.push(embed);
    characters += length;
  }
  if (batch.length > 0) payloads.push(payload('', batch));
  return payloads;
}

/** Buttons in rows of five: links open the article, the others carry the article id back to us. */
function renderComponents(
  blocks: readonly ChatBlock[],
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = blocks
    .filter((block): block is ActionsBlock => block.type === 'actions')
    .flatMap((block) => block.buttons)
    .flatMap((button): APIButtonComponent[] => {
      const label = clipDiscordText(button.label, discordLimits.buttonLabel);
      if (button.url !== undefined) {
        // Discord accepts link buttons up to 512 characters of http(s) URL.
        if (!/^https?:\/\//i.test(button.url) || button.url.length > 512) return [];
        return [{ type: ComponentType.Button, style: ButtonStyle.Link, label, url: button.url }];
      }
      return [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label,
          custom_id: encodeCustomId(button.id, button.value),
        },
      ];
    });
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const maximum = discordLimits.buttonsPerRow * discordLimits.rowsPerMessage;
  for (
    let index = 0;
    index < Math.min(buttons.length, maximum);
    index += discordLimits.buttonsPerRow
  )
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(index, index + discordLimits.buttonsPerRow),
    });
  return rows;
}

function payload(content: string, embeds: APIEmbed[]): DiscordMessagePayload {
  return { content, embeds, components: [], allowed_mentions: { parse: [] } };
}
