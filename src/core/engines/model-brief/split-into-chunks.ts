import { estimateTokens } from '../../prompts/estimate-tokens.ts';
import { splitSentences } from '../../text/sentences.ts';

/**
 * Splits a long text into parts of at most `maxTokens` (estimated), on paragraph boundaries;
 * a paragraph too long on its own is split between sentences, and a sentence too long on its
 * own is cut by length. Parts are exact substrings, so quotes found in them are spans of the whole.
 */
export function splitIntoChunks(text: string, maxTokens: number): string[] {
  const pieces = text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .flatMap((paragraph) =>
      estimateTokens(paragraph) <= maxTokens ? [paragraph] : splitParagraph(paragraph, maxTokens),
    );

  const chunks: string[] = [];
  let current: string[] = [];
  let currentTokens = 0;
  for (const piece of pieces) {
    const tokens = estimateTokens(piece) + 1;
    if (current.length > 0 && currentTokens + tokens > maxTokens) {
      chunks.push(current.join('\n\n'));
      current = [];
      currentTokens = 0;
    }
    current.push(piece);
    currentTokens += tokens;
  }
  if (current.length > 0) chunks.push(current.join('\n\n'));
  return chunks;
}

function splitParagraph(paragraph: string, maxTokens: number): string[] {
  const sentences = splitSentences(paragraph).map((sentence) => sentence.text);
  const units = sentences.flatMap((sentence) =>
    estimateTokens(sentence) <= maxTokens ? [sentence] : cutByLength(sentence, maxTokens),
  );
  const parts: string[] = [];
  let current = '';
  for (const unit of units) {
    const joined = current === '' ? unit : `${current} ${unit}`;
    if (current !== '' && estimateTokens(joined) > maxTokens) {
      parts.push(current);
      current = unit;
    } else current = joined;
  }
  if (current !== '') parts.push(current);
  return parts;
}

function cutByLength(text: string, maxTokens: number): string[] {
  const characters = [...text];
  const perToken = Math.max(1, Math.floor(characters.length / Math.max(1, estimateTokens(text))));
  const size = Math.max(1, maxTokens * perToken);
  const parts: string[] = [];
  for (let start = 0; start < characters.length; start += size)
    parts.push(characters.slice(start, start + size).join(''));
  return parts;
}
