import { discordLimits } from './discord-limits.ts';

/** Custom ids of the modal that asks a question about a brief. */
export const askQuestionModal = { prefix: 'ask-question', input: 'question' } as const;

/**
 * A button's custom id: the neutral action id, then `|` and its value (an article id). Discord
 * caps custom ids at 100 characters; a value that would not fit is left out rather than cut,
 * so the handler never acts on half an id.
 */
export function encodeCustomId(id: string, value?: string): string {
  if (value === undefined) return id.slice(0, discordLimits.customId);
  const encoded = `${id}|${value}`;
  return encoded.length <= discordLimits.customId ? encoded : id.slice(0, discordLimits.customId);
}

/** Reads a custom id written by encodeCustomId. */
export function decodeCustomId(customId: string): { id: string; value?: string } {
  const separator = customId.indexOf('|');
  if (separator < 0) return { id: customId };
  return { id: customId.slice(0, separator), value: customId.slice(separator + 1) };
}
