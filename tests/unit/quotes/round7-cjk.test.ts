import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { expectDirectQuote, quoteIn } from './score-quote-set.ts';

const japaneseQuote = quoteIn('ja');
const chineseQuote = quoteIn('zh');

/**
 * Round 7: invented sentences (new names, new topics) for each general cause of a missing or
 * wrong Japanese or Chinese speaker found on blind7. Each asserts the quote's exact text, that it
 * is a full quote, and its speaker.
 */

describe('Japanese: a name written right before a long office', () => {
  it('ends the name at a three-character given name, and a later surname expands to it', () => {
    const text =
      '　県は臨時の会議を開いた。鈴木由美子危機管理防災課長は「避難所の開設を急ぐ」と述べた。\n\n　鈴木課長は「夜間の移動は控えてほしい」と話した。';
    expectDirectQuote(japaneseQuote(text, '避難所'), '避難所の開設を急ぐ', '鈴木由美子');
    expectDirectQuote(japaneseQuote(text, '夜間の'), '夜間の移動は控えてほしい', '鈴木由美子');
  });

  it('ends the name at two characters when the third opens the office', () => {
    const text = '　高橋正和道路整備計画課長は「橋の点検は今月中に終える」と説明した。';
    expectDirectQuote(japaneseQuote(text, '橋の点検'), '橋の点検は今月中に終える', '高橋正和');
  });
});

describe('Japanese: a given name written in hiragana before an honorific', () => {
  it('reads the surname and the hiragana given name as the name', () => {
    const text = '　駅前で花屋を営む森本さくらさん（45）は「春の花がよく売れる」と話した。';
    expectDirectQuote(japaneseQuote(text, '春の花'), '春の花がよく売れる', '森本さくら');
  });
});

describe('Japanese: a bracket after the quote that closes on a titled name', () => {
  it('credits the named person, not the whole office and name', () => {
    const text =
      '　町内では断水が続いている。\n\n　「仮設住宅の建設を急ぐ」（白馬町の吉田健一町長）\n\n　「株価はまだ下がる」（国内運用会社のストラテジスト）';
    expectDirectQuote(japaneseQuote(text, '仮設住宅'), '仮設住宅の建設を急ぐ', '吉田健一');
    expectDirectQuote(
      japaneseQuote(text, '株価は'),
      '株価はまだ下がる',
      '国内運用会社のストラテジスト',
    );
  });
});

describe("Japanese: a reporter's question at the start of an indented paragraph", () => {
  it('shows the source without the full-width space of the indent', () => {
    const text =
      '　会見は１時間に及んだ。\n\n　記者から「再開の見通しは」と問われると、山田正人社長は「来月には戻したい」と答えた。';
    expectDirectQuote(japaneseQuote(text, '再開の'), '再開の見通しは', '記者');
  });
});

describe('Japanese: 同社 or 同行 points back to the organisation named before', () => {
  it('gives the quote to the company a report came from', () => {
    const text =
      '　北陸ガスによると、市内の一部でガスの供給が止まっている。同社は「復旧には２日ほどかかる」としている。';
    expectDirectQuote(japaneseQuote(text, '復旧には'), '復旧には２日ほどかかる', '北陸ガス');
  });

  it('gives the quote to the bank the paragraph before named as its subject', () => {
    const text =
      '　ひまわり銀行は５日、駅前に新しい店舗を開くと発表した。\n\n　同行は発表文で「地域の声に応えたい」とコメントした。';
    expectDirectQuote(japaneseQuote(text, '地域の声'), '地域の声に応えたい', 'ひまわり銀行');
  });
});

describe('Japanese: a quote with no subject in a paragraph about one person', () => {
  it('gives the quote to the one person the paragraph names', () => {
    const text =
      '　佐野一郎さんが店を開いたのは１９６０年。商店街の店が次々に閉じるなか、毎朝６時には店に立った。亡くなる前年、地元紙の取材に「パンを焼くのが生きがいだ」と語っていた。';
    expectDirectQuote(japaneseQuote(text, 'パンを'), 'パンを焼くのが生きがいだ', '佐野一郎');
  });
});

describe('Japanese: headline quotes', () => {
  it('credits a headline that condenses the body quote, in a new order', () => {
    const text =
      '川の水位が上昇　市長「川の近くに住む人は早めに避難」\n\n　市内では朝から大雨が続いている。北村浩二市長は「早めに避難してほしい。特に川の近くに住んでいる人は」と述べた。';
    expectDirectQuote(
      japaneseQuote(text, '川の近くに住む'),
      '川の近くに住む人は早めに避難',
      '北村浩二',
    );
  });

  it('leaves a headline nickname the body sets off as a term without a speaker', () => {
    const text =
      '「図書館のおばあちゃん」逝く\n\n　子どもたちからは「図書館のおばあちゃん」と呼ばれていた。孫の小川健さんは「おばあちゃんの本を残したい」と話した。';
    const headline = japaneseQuote(text, '図書館の');
    expect(headline?.kind).not.toBe('direct');
    expect(headline?.speaker).toBeNull();
  });
});

describe('Chinese: a pronoun after a connective or before an unlisted verb', () => {
  it('resolves 不过她 and 他批评说 to the person named before, not a name 不过她', () => {
    const text =
      '市卫生局局长许文静昨天宣布辞职。她说，调查仍在进行。不过她坦言，“我对下属的监督做得不够”，并表示愿意配合调查。\n\n议员郑家豪并不满意。他批评说：“辞职不能代替调查，真相必须公开。”';
    expectDirectQuote(chineseQuote(text, '我对下属'), '我对下属的监督做得不够', '许文静');
    expectDirectQuote(chineseQuote(text, '辞职不能'), '辞职不能代替调查，真相必须公开。', '郑家豪');
  });

  it('resolves 他在信中写道 to the person the text named last, wherever it named him again', () => {
    const text =
      '省农业厅厅长韩立军的妻子经营的农资公司被指承接多个项目。韩立军前天递交辞呈。他在公开信中写道：“我问心无愧，但愿意接受调查。”';
    expectDirectQuote(chineseQuote(text, '我问心无愧'), '我问心无愧，但愿意接受调查。', '韩立军');
  });
});

describe('Chinese: how someone unnamed spoke is no part of the description', () => {
  it('leaves 私下 out of 一名…官员私下透露', () => {
    const text = '财政部内部气氛紧张。一名财政部资深官员私下透露：“这几天几乎没有人能正常下班。”';
    expectDirectQuote(
      chineseQuote(text, '这几天'),
      '这几天几乎没有人能正常下班。',
      '一名财政部资深官员',
    );
  });
});

describe('Chinese: an organisation that issued its words', () => {
  it('reads 发布消息称 after an organisation as that organisation speaking', () => {
    const text = '国家林业和草原局今天发布消息称：“今年春季全国共发现大熊猫新个体十二只。”';
    expectDirectQuote(
      chineseQuote(text, '今年春季'),
      '今年春季全国共发现大熊猫新个体十二只。',
      '国家林业和草原局',
    );
  });
});

describe('Chinese: short quoted terms inside the sentence', () => {
  it('does not let a term earlier in the sentence cut the speaker off the quote', () => {
    const text =
      '总工程师钱海涛指出，与上一代“天梭号”相比，新船的续航时间增加了一倍，“船上的主要设备全部实现了国产化”。';
    expectDirectQuote(chineseQuote(text, '船上的主要'), '船上的主要设备全部实现了国产化', '钱海涛');
  });

  it('reads a term right before the noun it names as no quote', () => {
    const text =
      '“天梭号”科考船昨天返回母港。\n\n“天梭号”项目总工程师钱海涛说：“这次航行收集的样本超过三千份。”';
    const terms = analyzeQuotations(text, { language: 'zh' }).filter(
      (quote) => quote.text === '天梭号',
    );
    expect(terms.map((quote) => quote.kind)).toEqual(['scare', 'scare']);
  });
});

describe('Chinese: a pronoun with how it was said, and to whom', () => {
  it('reads 她对着观众说 after the quote as the person named before', () => {
    const text =
      '音乐会进行到尾声，歌手白若涵放下话筒停顿了很久。“这些年你们一直在等我。”她对着观众说。';
    expectDirectQuote(chineseQuote(text, '这些年'), '这些年你们一直在等我。', '白若涵');
  });
});

describe('Chinese: a pronoun that points back to someone the copy only described', () => {
  it('gives 他说 after the quote to 一位… introduced in the sentence before', () => {
    const text =
      '总指挥孙建国宣布试验成功。\n\n在控制大厅，一位年轻技术员红了眼眶。“为了今天，我们准备了整整五年。”他说。';
    expectDirectQuote(
      chineseQuote(text, '为了今天'),
      '为了今天，我们准备了整整五年。',
      '一位年轻技术员',
    );
  });

  it('gives a quote after 她表示 in a later clause to the described mother', () => {
    const text =
      '球迷王雅琳说：“等了十年终于等到了。”一位母亲带着儿子赶来，她表示，自己年轻时就看这支球队比赛，“现在轮到孩子了”。';
    expectDirectQuote(chineseQuote(text, '现在轮到'), '现在轮到孩子了', '一位母亲');
  });
});

describe('Chinese: the clause with the speech verb after a clause that sets the scene', () => {
  it('gives the quote to the organisation named after its kind', () => {
    const text =
      '对于网上流传的“即将解散”消息，乐队所属的唱片公司青禾音乐昨晚回应称，成员们正在录制新专辑，“解散的说法毫无根据”。';
    expectDirectQuote(chineseQuote(text, '解散的说法'), '解散的说法毫无根据', '青禾音乐');
  });
});

describe('Chinese: what the new readings leave alone', () => {
  it('does not read 她母亲说 as the woman named before', () => {
    const text = '选手刘晓燕夺得冠军。她母亲说：“她从小就喜欢跑步。”';
    expect(chineseQuote(text, '她从小')?.speaker).not.toBe('刘晓燕');
  });

  it('keeps a short quote a pronoun credits right after the mark', () => {
    const text = '记者问教练周国平是否满意。“非常满意”他笑着说。';
    expectDirectQuote(chineseQuote(text, '非常满意'), '非常满意', '周国平');
  });
});

describe('Chinese: a word after 的 that opens with a role character names no one', () => {
  it('does not read 工程顾问 as a name, so 他 points back to the official', () => {
    const text =
      '交通厅厅长马建军的弟弟经营的工程顾问公司承接了多个项目。他在声明中写道：“我从未干预任何招标。”';
    expectDirectQuote(chineseQuote(text, '我从未'), '我从未干预任何招标。', '马建军');
  });
});
