import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

/**
 * The common ways Japanese and Chinese papers attribute a direct quotation, each with invented
 * sentences (new names, new topics), written before tuning on any article: a first-contact
 * check of the languages, not of one set.
 */

describe('Japanese attribution constructions', () => {
  it('reads 「…」と + verb after a name with さん', () => {
    const text = '商店街で店を営む山本健太さんは「客足が戻ってきた」と話した。';
    expect(speakerOf(text, '客足が')).toBe('山本健太');
  });

  it('reads the name and office after 「…」と', () => {
    const text = '「予算の見直しは避けられない」と田中一郎市長は述べた。';
    expect(speakerOf(text, '予算の見直し')).toBe('田中一郎');
  });

  it('expands a surname with its title to the full name given earlier', () => {
    const text =
      '市立病院の森本和子院長が１日、記者会見を開いた。\n\n　森本院長は「医師の確保が最大の課題だ」と語った。';
    expect(speakerOf(text, '医師の確保')).toBe('森本和子');
  });

  it('expands a surname with さん to the full name given earlier', () => {
    const text =
      '農家の今村直樹さん（５８）は今年、田植えを遅らせた。\n\n　「暑さで米が白く濁った。もう同じ失敗はしない」と今村さんは話す。';
    expect(speakerOf(text, '暑さで米')).toBe('今村直樹');
  });

  it('reads 氏 and 社長 after a name', () => {
    const critic = '経済評論家の石川誠氏は「円安の影響はまだ続く」と指摘する。';
    expect(speakerOf(critic, '円安の')).toBe('石川誠');
    const boss = 'ＡＢＣ食品の中村隆社長は「値上げは最小限にとどめる」と強調した。';
    expect(speakerOf(boss, '値上げは')).toBe('中村隆');
  });

  it('gives a second quote of a paragraph to the same named speaker', () => {
    const text =
      '研究チームの小林美香教授は「結果には驚いた」と話す。「次は実用化を目指したい」とも語った。';
    expect(speakerOf(text, '次は実用化')).toBe('小林美香');
  });

  it('keeps two speakers apart when the second is named before her own quote', () => {
    const text =
      '町長の岡田誠さんは「観光客を呼び戻したい」と話した。\n\n　一方、観光協会の村上千尋会長は「宿泊施設が足りない」と訴える。';
    expect(speakerOf(text, '宿泊施設')).toBe('村上千尋');
    expect(speakerOf(text, '観光客を')).toBe('岡田誠');
  });
});

describe('Chinese attribution constructions', () => {
  it('reads 说 with a colon after an office and a name', () => {
    const text = '市长王建国说：“新的公交线路下个月开通。”';
    expect(speakerOf(text, '新的公交')).toBe('王建国');
  });

  it('reads the name and 表示 after the quote', () => {
    const text = '“我们会继续加大投入。”王建国表示。';
    expect(speakerOf(text, '我们会继续')).toBe('王建国');
  });

  it('reads 指出 with a comma before the quote', () => {
    const text = '专家李明指出，“气温升高会影响粮食产量。”';
    expect(speakerOf(text, '气温升高')).toBe('李明');
  });

  it('reads 据…介绍 before the quote', () => {
    const text = '据村支书张海涛介绍，“今年全村新修了三条路。”';
    expect(speakerOf(text, '今年全村')).toBe('张海涛');
  });

  it('shows an unnamed villager as described, without what they were doing (边…边)', () => {
    const both = '一位村民一边晒谷一边说：“今年收成不错。”';
    expect(speakerOf(both, '今年收成')).toBe('一位村民');
  });

  it('reads traditional characters with 說 after the quote', () => {
    const text = '「這次颱風的雨量超過預期。」陳志明說。';
    expect(speakerOf(text, '這次颱風')).toBe('陳志明');
  });

  it('gives a quote alone to the person the sentence before names', () => {
    const text = '教练刘洋对队员们的表现很满意。“她们练得很刻苦，进步很大。”';
    expect(speakerOf(text, '她们练得')).toBe('刘洋');
  });

  it('reads a named speaker in traditional text after 表示 with a comma', () => {
    const text = '農會總幹事黃明德表示，「今年茶葉價格比去年好。」';
    expect(speakerOf(text, '今年茶葉')).toBe('黃明德');
  });
});

describe('Chinese and Japanese readings added this round', () => {
  it('reads a quote between commas and 他說 as the man named before', () => {
    const text =
      '負責訓練的教練張文彬表示，球員進步很快。「他們每天都提早到」，他說，「從不抱怨。」';
    expect(speakerOf(text, '他們每天')).toBe('張文彬');
  });

  it('reads a township head (鎮長) as a title before a name', () => {
    const text = '鎮長吳建宏也到場。他表示，「明年會增加預算」。';
    expect(speakerOf(text, '明年會')).toBe('吳建宏');
  });

  it('reads two titles in a row after a Japanese name and a polite verb', () => {
    const text =
      '県水産試験場の大西恵美主任研究員は「海水温の上昇が続いている」と説明しました。同研究員は「漁期の見直しも必要だ」とも指摘した。';
    expect(speakerOf(text, '海水温の')).toBe('大西恵美');
    expect(speakerOf(text, '漁期の')).toBe('大西恵美');
  });

  it('expands a surname in the sentence before a quote alone to the full name', () => {
    const text =
      '県立大の平野智子准教授が調査を率いた。\n\n平野准教授はこう話す。「住民の声を次の計画に生かしたい」';
    expect(speakerOf(text, '住民の声')).toBe('平野智子');
  });

  it('shows an organisation’s member with no name as described', () => {
    const text = '訓練に参加した県警の機動隊員は「実戦に近い内容だった」と評価していました。';
    expect(speakerOf(text, '実戦に近い')).toBe('県警の機動隊員');
  });
});
