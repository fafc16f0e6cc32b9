import { AppError } from '../errors.ts';

/** Above this many characters the input is not one news article. */
export const maxInputCharacters = 2_000_000;

/**
 * Refuses input that cannot be an article before any work is spent on it: nothing at all,
 * only whitespace, binary data (NUL bytes or many control characters), or far too much text.
 */
export function checkInputText(raw: string, location: string): void {
  if (raw.trim().length === 0) {
    throw new AppError({
      code: 'input-empty',
      userMessage: `There is no text to summarize in ${location}.`,
    });
  }
  if (raw.length > maxInputCharacters) {
    throw new AppError({
      code: 'input-too-large',
      userMessage: `${location} is too long to be one article (over 2 million characters).`,
      details: { characters: raw.length },
    });
  }
  const sample = raw.slice(0, 8192);
  let controlCharacters = 0;
  for (const character of sample) {
    const code = character.charCodeAt(0);
    if (code === 0 || code === 0xfffd) controlCharacters += 4;
    else if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)
      controlCharacters += 1;
  }
  if (controlCharacters / sample.length > 0.02) {
    throw new AppError({
      code: 'input-binary',
      userMessage: `${location} looks like binary data, not text.`,
      details: { controlCharacters },
    });
  }
}
