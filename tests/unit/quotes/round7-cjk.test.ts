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

describe('Japanese: a given name written in hiragana before an honorific', () => {
  it('reads the surname and the hiragana given name as the name', () => {
    const text = '　駅前で花屋を営む森本さくらさん（45）は「春の花がよく売れる」と話した。';
    expectQuote(japaneseQuote(text, '春の花'), '春の花がよく売れる', '森本さくら');
  });
});

describe('Japanese: a bracket after the quote that closes on a titled name', () => {
  it('credits the named person, not the whole office and name', () => {
    const text =
      '　町内では断水が続いている。\n\n　「仮設住宅の建設を急ぐ」（白馬町の吉田健一町長）\n\n　「株価はまだ下がる」（国内運用会社のストラテジスト）';
    expectQuote(japaneseQuote(text, '仮設住宅'), '仮設住宅の建設を急ぐ', '吉田健一');
    expectQuote(japaneseQuote(text, '株価は'), '株価はまだ下がる', '国内運用会社のストラテジスト');
  });
});

describe("Japanese: a reporter's question at the start of an indented paragraph", () => {
  it('shows the source without the full-width space of the indent', () => {
    const text =
      '　会見は１時間に及んだ。\n\n　記者から「再開の見通しは」と問われると、山田正人社長は「来月には戻したい」と答えた。';
    expectQuote(japaneseQuote(text, '再開の'), '再開の見通しは', '記者');
  });
});

describe('Japanese: 同社 or 同行 points back to the organisation named before', () => {
  it('gives the quote to the company a report came from', () => {
    const text =
      '　北陸ガスによると、市内の一部でガスの供給が止まっている。同社は「復旧には２日ほどかかる」としている。';
    expectQuote(japaneseQuote(text, '復旧には'), '復旧には２日ほどかかる', '北陸ガス');
  });

  it('gives the quote to the bank the paragraph before named as its subject', () => {
    const text =
      '　ひまわり銀行は５日、駅前に新しい店舗を開くと発表した。\n\n　同行は発表文で「地域の声に応えたい」とコメントした。';
    expectQuote(japaneseQuote(text, '地域の声'), '地域の声に応えたい', 'ひまわり銀行');
  });
});

describe('Japanese: a quote with no subject in a paragraph about one person', () => {
  it('gives the quote to the one person the paragraph names', () => {
    const text =
      '　佐野一郎さんが店を開いたのは１９６０年。商店街の店が次々に閉じるなか、毎朝６時には店に立った。亡くなる前年、地元紙の取材に「パンを焼くのが生きがいだ」と語っていた。';
    expectQuote(japaneseQuote(text, 'パンを'), 'パンを焼くのが生きがいだ', '佐野一郎');
  });
});

describe('Japanese: headline quotes', () => {
  it('credits a headline that condenses the body quote, in a new order', () => {
    const text =
      '川の水位が上昇　市長「川の近くに住む人は早めに避難」\n\n　市内では朝から大雨が続いている。北村浩二市長は「早めに避難してほしい。特に川の近くに住んでいる人は」と述べた。';
    expectQuote(japaneseQuote(text, '川の近くに住む'), '川の近くに住む人は早めに避難', '北村浩二');
  });

  it('leaves a headline nickname the body sets off as a term without a speaker', () => {
    const text =
      '「図書館のおばあちゃん」逝く\n\n　子どもたちからは「図書館のおばあちゃん」と呼ばれていた。孫の小川健さんは「おばあちゃんの本を残したい」と話した。';
    const headline = japaneseQuote(text, '図書館の');
    expect(headline?.kind).not.toBe('direct');
    expect(headline?.speaker).toBeNull();
  });
});
