import { describe, expect, it } from 'vitest';
import { expectDirectQuote, quoteIn } from './score-quote-set.ts';

const japaneseQuote = quoteIn('ja');
const chineseQuote = quoteIn('zh');

/**
 * Round 8: invented sentences (new names, new topics, other word orders) for each general cause
 * of a missing or wrong Japanese or Chinese speaker found on blind8. Each asserts the quote's
 * exact text, that it is a full quote, and its speaker.
 */

describe('Japanese: a name with no title, set off by age and team in brackets', () => {
  const text =
    '　全日本選手権の女子１万メートルで、初出場の森下早苗（21＝東和製薬）が優勝した。\n\n' +
    '　序盤から先頭に立った。ゴール後、森下は「最後の一周は足が止まりかけた」と振り返った。終盤は苦しい展開だった。「それでも諦めなかった」。\n\n' +
    '「次は世界選手権に出たい」（森下）';

  it('expands the surname alone as the subject before the quote', () => {
    expectDirectQuote(japaneseQuote(text, '最後の'), '最後の一周は足が止まりかけた', '森下早苗');
  });

  it('expands a surname in the closing bracket credit', () => {
    expectDirectQuote(japaneseQuote(text, '次は'), '次は世界選手権に出たい', '森下早苗');
  });

  it('gives a quote standing alone to the one person the paragraph is about', () => {
    expectDirectQuote(japaneseQuote(text, 'それでも'), 'それでも諦めなかった', '森下早苗');
  });

  it('reads a name with an age only, and the next sentence goes on about them', () => {
    const young =
      '　高校生の部は地元の川口大翔（１７）が制した。「まさか勝てるとは思わなかった」と話した。';
    expectDirectQuote(japaneseQuote(young, 'まさか'), 'まさか勝てるとは思わなかった', '川口大翔');
  });
});

describe('Japanese: a headline whose subject is a surname', () => {
  it('credits the headline’s closing words to the full name the body gives', () => {
    const text =
      '全日本柔道　初出場の長谷部が優勝「夢みたいです」\n\n　全日本選手権は３日、東京で行われ、初出場の長谷部翔太（22＝東邦大）が頂点に立った。';
    expectDirectQuote(japaneseQuote(text, '夢みたい'), '夢みたいです', '長谷部翔太');
  });
});

describe('Japanese: a foreign name in katakana with no title', () => {
  it('is the subject of the previous sentence for a quote with no subject', () => {
    const text =
      '　男子シングルスはデンマークのラスムス・ヘンリクセンが制した。「東京の観客は温かかった」と話した。';
    expectDirectQuote(
      japaneseQuote(text, '東京の'),
      '東京の観客は温かかった',
      'ラスムス・ヘンリクセン',
    );
  });
});

describe('Japanese: a description with the age in brackets', () => {
  it('shows the description without the age', () => {
    const text =
      '　駅前で話を聞いた主婦の女性（65）は「物価が上がって毎日の買い物が大変だ」とこぼした。';
    expectDirectQuote(
      japaneseQuote(text, '物価が'),
      '物価が上がって毎日の買い物が大変だ',
      '主婦の女性',
    );
  });

  it('leaves out the clause before the description as well', () => {
    const text = '　沿道で旗を振った近所の男子中学生（14）が「すごく速くて驚いた」と声を弾ませた。';
    expectDirectQuote(japaneseQuote(text, 'すごく'), 'すごく速くて驚いた', '近所の男子中学生');
  });
});

describe('Japanese: a clause about a thing before the quote', () => {
  it('keeps the previous sentence’s speaker when a non-person subject closes its own clause', () => {
    const text =
      '　田島和彦首相は閣議後に会見した。電気料金の値上げ幅は１割を超え、「家計への影響を注視したい」と述べた。';
    expectDirectQuote(japaneseQuote(text, '家計への'), '家計への影響を注視したい', '田島和彦');
  });

  it('does the same after a clause closed by て', () => {
    const text =
      '　小松原恵子知事は定例会見に臨んだ。観光客の数は回復してきて、「秋の行楽に期待している」と語った。';
    expectDirectQuote(japaneseQuote(text, '秋の'), '秋の行楽に期待している', '小松原恵子');
  });
});

describe('Japanese: "also called" is no quotative', () => {
  it('credits no one with a nickname followed by とも呼ばれる', () => {
    const text = '　森下早苗選手は地元の期待を背負う。「浪速の怪物」とも呼ばれる右腕だ。';
    expect(japaneseQuote(text, '浪速')?.speaker ?? null).toBeNull();
  });
});

describe('Chinese: a description running into the verb phrase', () => {
  it('ends the description at its person noun before V着 and an object', () => {
    const text = '村口，一位老人拄着拐杖说：“路修好了，孩子们回家方便多了。”';
    expectDirectQuote(chineseQuote(text, '路修好'), '路修好了，孩子们回家方便多了。', '一位老人');
  });

  it('ends it before what the person was recalling, in traditional characters', () => {
    const text = '一名護士回想疫情期間時哽咽說：「那段日子每天都不敢回家。」';
    expectDirectQuote(chineseQuote(text, '那段日子'), '那段日子每天都不敢回家。', '一名護士');
  });

  it('ends it before looking at something', () => {
    const text = '一位工程师看着屏幕上的数据说：“这次试验比预想的顺利。”';
    expectDirectQuote(chineseQuote(text, '这次试验'), '这次试验比预想的顺利。', '一位工程师');
  });
});

describe('Chinese: a person noun the lists lack, before V着', () => {
  it('ends the description at the role noun’s last character', () => {
    const text = '山坡上，一位茶农拿着刚采的茶叶说：“今年雨水足，茶叶品质好。”';
    expectDirectQuote(chineseQuote(text, '今年雨水'), '今年雨水足，茶叶品质好。', '一位茶农');
  });

  it('keeps a noun the role character only opens (民眾) whole', () => {
    const text = '一名民眾說：「看她們划船真熱血！」';
    expectDirectQuote(chineseQuote(text, '看她們'), '看她們划船真熱血！', '一名民眾');
  });
});

describe('Chinese: where it was said before someone unnamed', () => {
  it('leaves 台下 out of the description', () => {
    const text = '演出结束后，台下一名观众说：“这场演出值回票价。”';
    expectDirectQuote(chineseQuote(text, '这场演出'), '这场演出值回票价。', '一名观众');
  });

  it('leaves 会场 out as well', () => {
    const text = '会场一位代表表示：“希望明年还能再来。”';
    expectDirectQuote(chineseQuote(text, '希望明年'), '希望明年还能再来。', '一位代表');
  });
});

describe('Chinese: an act with 时 or 后 between a name and its verb', () => {
  it('reads the name before attending something when', () => {
    const text = '市长刘建华出席开幕式时说：“城市的活力来自年轻人。”';
    expectDirectQuote(chineseQuote(text, '城市的'), '城市的活力来自年轻人。', '刘建华');
  });

  it('reads the name before an act with 后, in traditional characters', () => {
    const text = '議員陳美玲參加座談會後表示：「長照的人力缺口必須正視。」';
    expectDirectQuote(chineseQuote(text, '長照'), '長照的人力缺口必須正視。', '陳美玲');
  });

  it('ends no name in 在, so the circumstance after it stays out', () => {
    const text = '律师吴晓峰说，合同要看清楚。吴晓峰在接受记者采访时说：“口头承诺很难举证。”';
    expectDirectQuote(chineseQuote(text, '口头'), '口头承诺很难举证。', '吴晓峰');
  });
});

describe('Chinese: a pronoun after a clause that sets the scene', () => {
  it('points back past a reporter’s question', () => {
    const text =
      '环保局局长孙志远表示：“今年将关停三家化工厂。”\n\n记者问到搬迁的时间表，他坦言：“明年年底前完成有难度。”';
    expectDirectQuote(chineseQuote(text, '明年年底'), '明年年底前完成有难度。', '孙志远');
  });
});

describe('Chinese: a colon with no speech verb sets the words off', () => {
  it('credits the titled name opening the sentence', () => {
    const text = '队长李明接过奖杯后红了眼眶：“这一天我们等了十年。”';
    expectDirectQuote(chineseQuote(text, '这一天'), '这一天我们等了十年。', '李明');
  });

  it('credits a band role and its name', () => {
    const text = '鼓手赵一鸣走下舞台时激动不已：“谢谢每一个来看演出的人。”';
    expectDirectQuote(chineseQuote(text, '谢谢'), '谢谢每一个来看演出的人。', '赵一鸣');
  });
});

describe('Chinese: a person noun and 的 before a name', () => {
  it('is whom a later pronoun points to', () => {
    const text =
      '当选年度最佳新人的林雨桐凭借首张专辑打动评委。她在后台接受采访时说，这张专辑是在宿舍里录完的，“每一首都是写给自己的信”。';
    expectDirectQuote(chineseQuote(text, '每一首'), '每一首都是写给自己的信', '林雨桐');
  });
});
