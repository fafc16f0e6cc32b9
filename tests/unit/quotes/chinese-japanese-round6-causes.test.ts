import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

/** The quote opening with quoteStart, the article's language declared. */
const quoteIn = (language: string) => (text: string, quoteStart: string) =>
  analyzeQuotations(text, { language }).find(
    (quote) => quote.depth === 0 && quote.text.startsWith(quoteStart),
  );

const japaneseQuote = quoteIn('ja');
const japaneseSpeakerOf = (text: string, quoteStart: string): string | null | undefined =>
  japaneseQuote(text, quoteStart)?.speaker;

/**
 * Round 6: one invented case (new names, new topics) for each general cause of a missing or
 * wrong Japanese or Chinese speaker found on an unseen set.
 */

describe('Japanese: titles of business, forecasting and analysis after a name', () => {
  it('reads 執行役員 and a katakana title with its modifier as titles', () => {
    const text =
      '新型センサーの開発を指揮する松岡由紀子執行役員は「来年には量産に入れる」と語った。ひかり証券の堀内誠一シニアアナリストは「利益への寄与は大きい」と指摘する。';
    expect(japaneseSpeakerOf(text, '来年には')).toBe('松岡由紀子');
    expect(japaneseSpeakerOf(text, '利益への')).toBe('堀内誠一');
  });

  it('expands a surname with a two-part title to the full name written before', () => {
    const text =
      '気象台の石原美咲主任予報官は「今夜から雪が強まる」と述べた。\n\n石原予報官は「車の運転は控えてほしい」と話している。';
    expect(japaneseSpeakerOf(text, '車の運転')).toBe('石原美咲');
  });
});

describe('Japanese: an office written right before the name', () => {
  it('reads 元会長 + name + 被告 as the name, so a later surname expands to it', () => {
    const text =
      '食品会社の元会長長谷部宏明被告（６１）の初公判が開かれた。長谷部被告は「間違いありません」と述べた。';
    expect(japaneseSpeakerOf(text, '間違いありません')).toBe('長谷部宏明');
  });

  it('takes a company named in brackets with its address for a name, not speech', () => {
    const text =
      '運送会社「スカイライン・ロジ」（大阪市北区）元社長長谷部宏明被告（６１）は「反省しています」と述べた。';
    expect(japaneseQuote(text, 'スカイライン')?.kind).not.toBe('direct');
    expect(japaneseSpeakerOf(text, '反省して')).toBe('長谷部宏明');
  });
});

describe('Japanese: a side, a body or someone described, before an insert', () => {
  it('reads 検察側 and 弁護側 as speakers, with an occasion between subject and quote', () => {
    const text =
      '検察側は論告で「犯行は悪質だ」と指摘した。これに対し弁護側は「深く反省している」と述べた。';
    expect(japaneseSpeakerOf(text, '犯行は')).toBe('検察側');
    expect(japaneseSpeakerOf(text, '深く反省')).toBe('弁護側');
  });

  it('reads a described person whose own first clause stands before the quote', () => {
    const text = '説明会には地元の６０代男性が出席し、「工事の騒音が心配だ」と話した。';
    expect(japaneseSpeakerOf(text, '工事の騒音')).toBe('地元の６０代男性');
  });

  it('reads a subject opening in Latin capitals as an organisation', () => {
    const text = 'ＮＥＸＣＯ西日本は「渋滞に注意してほしい」としている。';
    expect(japaneseSpeakerOf(text, '渋滞に')).toBe('ＮＥＸＣＯ西日本');
  });
});

describe('Japanese: a quoted term earlier in the sentence', () => {
  it('gives the quote after it to the subject of the previous sentence', () => {
    const text =
      '会見した北条真一社長は「撤退はしない」と述べた。工場の閉鎖が「事業の縮小」と受け止められるとの質問には「逆に投資を増やす」と答えた。';
    expect(japaneseSpeakerOf(text, '逆に投資')).toBe('北条真一');
  });
});
