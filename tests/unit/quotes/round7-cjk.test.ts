import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

/** The top-level quote opening with quoteStart, the article's language declared. */
const quoteIn = (language: string) => (text: string, quoteStart: string) =>
  analyzeQuotations(text, { language }).find(
    (quote) => quote.depth === 0 && quote.text.startsWith(quoteStart),
  );

const japaneseQuote = quoteIn('ja');
const chineseQuote = quoteIn('zh');

/**
 * Round 7: invented sentences (new names, new topics) for each general cause of a missing or
 * wrong Japanese or Chinese speaker found on blind7. Each asserts the quote's exact text, that it
 * is a full quote, and its speaker.
 */
function expectQuote(
  quote: ReturnType<typeof japaneseQuote>,
  text: string,
  speaker: string | null,
): void {
  expect(quote?.text).toBe(text);
  expect(quote?.kind).toBe('direct');
  expect(quote?.speaker ?? null).toBe(speaker);
}

describe('Japanese: a name written right before a long office', () => {
  it('ends the name at a three-character given name, and a later surname expands to it', () => {
    const text =
      '　県は臨時の会議を開いた。鈴木由美子危機管理防災課長は「避難所の開設を急ぐ」と述べた。\n\n　鈴木課長は「夜間の移動は控えてほしい」と話した。';
    expectQuote(japaneseQuote(text, '避難所'), '避難所の開設を急ぐ', '鈴木由美子');
    expectQuote(japaneseQuote(text, '夜間の'), '夜間の移動は控えてほしい', '鈴木由美子');
  });

  it('ends the name at two characters when the third opens the office', () => {
    const text = '　高橋正和道路整備計画課長は「橋の点検は今月中に終える」と説明した。';
    expectQuote(japaneseQuote(text, '橋の点検'), '橋の点検は今月中に終える', '高橋正和');
  });
});
