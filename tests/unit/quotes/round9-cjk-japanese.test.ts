import { describe, expect, it } from 'vitest';
import { directSpeaker } from './score-quote-set.ts';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  directSpeaker(text, 'ja', quoteStart);

/**
 * Round 9 (tuned on quotes-languages-blind9): each class of Japanese construction behind a miss,
 * with invented sentences (new names, topics, verbs and word orders).
 */

describe('Japanese: a name with no title, set off by a school year in brackets', () => {
  it('reads 名前（２年） as a name, before the quote and for a surname after it', () => {
    expect(
      speakerOf('先発の左腕、小池大翔（２年）は「緊張はしなかった」と話した。', '緊張は'),
    ).toBe('小池大翔');
    expect(
      speakerOf(
        '主将の久保航平（３年）が決勝打を放った。\n\n「仲間を信じて振った」。久保は胸を張った。',
        '仲間を',
      ),
    ).toBe('久保航平');
    expect(
      speakerOf('敗れた南陵の捕手、野村陸斗（１年生）は「次は必ず勝つ」と唇をかんだ。', '次は必ず'),
    ).toBe('野村陸斗');
  });

  it('takes the surname for the nearest full name written before it, not a relative after', () => {
    const text =
      'エースの菅原颯太（３年）が完投した。\n\n「最後まで腕を振れた」。菅原は笑った。\n\nスタンドの母、菅原由美子さん（４５）は「よく頑張った」と話した。';
    expect(speakerOf(text, '最後まで')).toBe('菅原颯太');
  });
});

describe("Japanese: an office before の and a name is that name's office", () => {
  it('credits the name after 教諭の, 職員の, 課長の in the sentence after a lone quote', () => {
    expect(
      speakerOf(
        '「もう一度、町に本屋を」。元中学校教諭の片山和子さんは、そう言って店を開けた。',
        'もう一度',
      ),
    ).toBe('片山和子');
    expect(
      speakerOf('「水は引いたが、泥が残る」。市役所職員の大橋健一さんは、そう話す。', '水は引いた'),
    ).toBe('大橋健一');
    expect(
      speakerOf(
        '「子どもたちの安全が第一だ」。元小学校校長の松尾正人さんは、そう語った。',
        '子どもたちの',
      ),
    ).toBe('松尾正人');
  });
});

describe('Japanese: a speech verb in the passive credits its agent (に, からは)', () => {
  it('gives the quote to whoever に or から marks before 聞かれた, 言われた, 渋られた', () => {
    expect(
      speakerOf('卒業式の日、近所のおばあさんに「また顔を見せてね」と言われた。', 'また顔を'),
    ).toBe('近所のおばあさん');
    expect(
      speakerOf('入院中、担当の看護師に「焦らなくていい」と励まされたという。', '焦らなく'),
    ).toBe('担当の看護師');
    expect(
      speakerOf('県の担当者からは「予算がない」と断られたが、諦めなかった。', '予算がない'),
    ).toBe('県の担当者');
  });

  it('takes no time (午後３時に, 最後に) for an agent', () => {
    expect(
      speakerOf('田中美咲さんは最後に「ありがとう」と言われた。', 'ありがとう') ?? null,
    ).not.toBe('最後');
  });
});

describe('Japanese: a subjectless paragraph goes on about the person last written about', () => {
  it('credits the coach named a paragraph before', () => {
    const text =
      '南陵の宮田浩二監督は試合後、「選手がよく粘った」と話した。\n\n創部５０年目でつかんだ初の決勝。「夢のようだ。まだ信じられない」と目を潤ませた。';
    expect(speakerOf(text, '夢のようだ')).toBe('宮田浩二');
  });

  it("credits a portrait's subject over paragraphs that name no one", () => {
    const text =
      '【ひと】山あいで古民家カフェを営む　荒木直美さん（６４）\n\n　築百年の家を改装した店を、元看護師の荒木直美さんが切り盛りする。\n\n　開店当初は客が来なかった。銀行には「採算が合わない」と融資を断られた。\n\n　今では県外からも客が訪れる。「人が集まる場所をつくりたかった」と話す。';
    expect(speakerOf(text, '人が集まる')).toBe('荒木直美');
  });

  it('credits no one when someone unnamed spoke in between', () => {
    const text =
      '南陵の宮田浩二監督は「選手がよく粘った」と話した。\n\n観戦した会社員の男性は「いい試合だった」と話した。\n\n夏の決勝は初めて。「また来たい」と笑った。';
    expect(speakerOf(text, 'また来たい')).not.toBe('宮田浩二');
  });
});

describe('Japanese: a lone quote, then a sentence about what the named person owns', () => {
  it('credits 川村さんの夢は / 高田さんの表情は, not a relative (佐藤さんの母親は)', () => {
    expect(
      speakerOf('目標は全国大会。「もっと強くなれる」。高田さんの表情は明るい。', 'もっと強く'),
    ).toBe('高田');
    expect(
      speakerOf('畑は再び緑になった。「来年も植えたい」。村上さんの挑戦は続く。', '来年も'),
    ).toBe('村上');
    expect(
      speakerOf('式は終わった。「本当にうれしい」。佐藤さんの母親は涙ぐんだ。', '本当に') ?? null,
    ).not.toBe('佐藤');
  });
});

describe('Japanese: a described speaker placed by a kana place noun (近く, そば)', () => {
  it('keeps 工場近くの, 駅のそばの in the description', () => {
    expect(
      speakerOf('港近くの食堂の男性店主（５８）は「客が半分に減った」と話した。', '客が半分'),
    ).toBe('港近くの食堂の男性店主');
    expect(speakerOf('駅のそばの花屋の女性は「朝から人が少ない」と話す。', '朝から')).toBe(
      '駅のそばの花屋の女性',
    );
    expect(speakerOf('学校の向かいの文具店の店主は「寂しくなる」と肩を落とした。', '寂しく')).toBe(
      '学校の向かいの文具店の店主',
    );
  });
});

describe('Japanese: a headline labels its quote with an office alone', () => {
  it('credits the one person the body names with that office, however short the words', () => {
    expect(
      speakerOf(
        '東邦化学、堺工場を売却　社長「断腸の思い」\n\n　東邦化学の岡本雅之社長は記者会見で「断腸の思いだ」と述べた。',
        '断腸の思い',
      ),
    ).toBe('岡本雅之');
    expect(
      speakerOf(
        '新庁舎計画を白紙に　市長「財政が先」\n\n　北山市の中西康夫市長は「財政の立て直しが先だ」と述べた。',
        '財政が先',
      ),
    ).toBe('中西康夫');
    expect(
      speakerOf(
        '南陵が初優勝　監督「選手に感謝」\n\n　南陵の宮田浩二監督は「選手に感謝したい」と話した。',
        '選手に感謝',
      ),
    ).toBe('宮田浩二');
  });
});
