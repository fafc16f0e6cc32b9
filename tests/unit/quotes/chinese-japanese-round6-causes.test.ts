import { describe, expect, it } from 'vitest';
import { quoteIn } from './score-quote-set.ts';

const japaneseQuote = quoteIn('ja');
const chineseQuote = quoteIn('zh');
const chineseSpeakerOf = (text: string, quoteStart: string): string | null | undefined =>
  chineseQuote(text, quoteStart)?.speaker;
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

describe('Chinese: titles and names the reading missed', () => {
  it('reads 醫師 with a time word before the circumstance, in traditional characters', () => {
    const text = '台北榮總復健科主治醫師蔡明哲今天在記者會上表示：「久坐對脊椎的傷害比想像中大。」';
    expect(chineseSpeakerOf(text, '久坐')).toBe('蔡明哲');
  });

  it('reads 孙 after a role noun as the surname, not the end of 子孙', () => {
    const text = '“这出戏我们排了整整两年。”编导孙向明在演出后说。';
    expect(chineseSpeakerOf(text, '这出戏')).toBe('孙向明');
  });

  it('reads a transliterated foreign name joined by a middle dot', () => {
    const text = '美国海洋学家露西·格兰特在接受采访时指出，这次观测“改写了人们对深海热泉的认识”。';
    expect(chineseSpeakerOf(text, '改写了')).toBe('露西·格兰特');
  });
});

describe('Chinese: a quote after a sentence whose speaker is a pronoun', () => {
  it('gives a quote standing alone to whom 他 points back to', () => {
    const text =
      '骨科医生钟振华表示，青少年脊柱侧弯越来越常见。\n\n他指出，书包过重是原因之一。“孩子的书包不应超过体重的一成。”';
    expect(chineseSpeakerOf(text, '孩子的书包')).toBe('钟振华');
  });

  it('points 她 to a person called by surname and a noun (李姓女子)', () => {
    const text = '医生王建国说，手术很成功。接受手术的李姓女子今年65岁。她說：「現在走路不痛了。」';
    expect(chineseSpeakerOf(text, '現在走路')).toBe('李姓女子');
  });
});

describe('Chinese: an organisation, someone described, and woven clauses', () => {
  it('reads X方面 as the organisation X, and a two-character verb with 时 as when', () => {
    const text =
      '国家大剧院方面称：“演出将如期举行。”市文旅局回应时表示，“将加强现场安全管理”，并增派人员。';
    expect(chineseSpeakerOf(text, '演出将')).toBe('国家大剧院');
    expect(chineseSpeakerOf(text, '将加强')).toBe('市文旅局');
  });

  it('reads someone described who opens the sentence before a colon quote', () => {
    const text = '一位游客下车后告诉记者，他专程从广州赶来：“这里的日出比照片上还美。”';
    expect(chineseSpeakerOf(text, '这里的日出')).toBe('一位游客');
  });

  it('gives a clause woven into a reported sentence to its speaker, not a term', () => {
    const text =
      '评论家柯文静指出，这本小说最可贵的是“没有回避普通人的软弱”，读来令人动容。评论家柯文静还说，书中提出了“慢生活”的理念。';
    expect(chineseQuote(text, '没有回避')?.kind).toBe('direct');
    expect(chineseSpeakerOf(text, '没有回避')).toBe('柯文静');
    expect(chineseQuote(text, '慢生活')?.kind).not.toBe('direct');
  });
});

describe('Japanese and Chinese: a headline quote repeats a body quote', () => {
  it('gives a Japanese headline quote the speaker of the body quote it condenses', () => {
    const text =
      '老舗旅館が廃業へ　「お客様に感謝しかない」\n\n　創業１２０年の旅館「松風荘」の女将、石田和子さん（７８）は「長い間、お客様に感謝しかない気持ちです」と語った。';
    expect(japaneseQuote(text, 'お客様に感謝')?.kind).toBe('direct');
    expect(japaneseSpeakerOf(text, 'お客様に感謝')).toBe('石田和子');
  });

  it('gives a Chinese headline quote the speaker of the body quote, not a short term', () => {
    const text =
      '“冰雪之城”迎来首批游客 馆长：“想让孩子们摸到真正的冰”\n\n“我们想让孩子们摸到真正的冰，听到冰裂的声音。”馆长邱明远在开幕式上说。';
    expect(chineseSpeakerOf(text, '想让孩子们摸到')).toBe('邱明远');
    expect(chineseQuote(text, '冰雪之城')?.speaker ?? null).toBeNull();
  });
});
