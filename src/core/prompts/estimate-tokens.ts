/**
 * A tokenizer-free estimate of how many tokens a text costs, erring high so budgets hold.
 * English-like text runs about 4 characters a token; Cyrillic, Greek, Arabic and Hebrew take
 * more tokens per character, Indic and Southeast Asian scripts more still, and CJK about one
 * token per character, so "chars / 4" alone would under-count non-Latin articles badly.
 */
export function estimateTokens(text: string): number {
  let total = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    total += costOf(code);
  }
  return Math.ceil(total);
}

function costOf(code: number): number {
  if (code < 0x250) return 0.25; // ASCII, Latin-1, Latin Extended
  if (code >= 0x370 && code < 0x800) return 0.45; // Greek, Cyrillic, Armenian, Hebrew, Arabic
  if (code >= 0x900 && code < 0x1000) return 0.8; // Indic scripts, Thai, Lao, Tibetan
  if (
    (code >= 0x3000 && code < 0xa000) ||
    (code >= 0xac00 && code < 0xd7b0) ||
    (code >= 0xf900 && code < 0xfb00)
  ) {
    return 1.1; // CJK, kana, Hangul
  }
  if (code >= 0x1f000) return 1.5; // emoji and other astral symbols
  return 0.35;
}
