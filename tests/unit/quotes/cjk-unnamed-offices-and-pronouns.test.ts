import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { speakerOf } from './score-quote-set.ts';

const direct = (text: string, start: string): boolean =>
  analyzeQuotations(text).some(
    (quote) => quote.depth === 0 && quote.kind === 'direct' && quote.text.startsWith(start),
  );

describe('Japanese offices without a name', () => {
  const text =
    '大雪の影響で、北陸地方の物流が大きく乱れている。\n\n' +
    '大手運送会社の社長は「ドライバーの安全を最優先にしたい」と話した。\n\n' +
    '石川県の山本浩二知事は２日の記者会見で「除雪を急ぐ」と述べた。' +
    '同知事は「住民の皆さんには外出を控えてほしい」と呼びかけた。\n\n' +
    '日本商工会議所の会頭が「中小企業への支援が必要だ」とコメントした。';

  it('takes an organisation の office は「…」と<verb> as a direct quote, described as written', () => {
    expect(direct(text, 'ドライバーの')).toBe(true);
    expect(speakerOf(text, 'ドライバーの')).toBe('大手運送会社の社長');
    expect(direct(text, '中小企業への')).toBe(true);
    expect(speakerOf(text, '中小企業への')).toBe('日本商工会議所の会頭');
  });

  it('gives 同知事 / 同氏 to the person named before', () => {
    expect(speakerOf(text, '住民の皆さん')).toBe('山本浩二');
    const same =
      '円安が進み、輸入品の値上がりが続いている。\n\n' +
      '経済評論家の森田健一氏は「物価はまだ上がる」と語った。同氏は「賃上げが追いつかない」と述べた。';
    expect(speakerOf(same, '賃上げが')).toBe('森田健一');
  });
});

describe('Chinese circumstances and pronouns', () => {
  const text =
    '今年夏天，南方多地遭遇强降雨，部分城市出现内涝。\n\n' +
    '应急管理部新闻发言人张明在接受本报记者采访时表示：“各地要做好防汛准备。”\n\n' +
    '在武汉汉口，开了二十年小吃店的刘丽华说，今年店里进水三次。“水一来，东西全泡了。”她无奈地说。\n\n' +
    '市水务局局长陈国强于会议期间指出：“排水系统正在升级改造。”“明年情况会好很多。”他补充说。\n\n' +
    '家住江边的王桂英笑着说：“我们早就习惯了。”';

  it('does not take 在…时 / 于…期间 as a name', () => {
    expect(speakerOf(text, '各地要')).toBe('张明');
    expect(speakerOf(text, '排水系统')).toBe('陈国强');
  });

  it('resolves a pronoun with how it was said (无奈地说, 补充说) to the last person of its kind', () => {
    expect(speakerOf(text, '水一来')).toBe('刘丽华');
    expect(speakerOf(text, '明年情况')).toBe('陈国强');
  });

  it('names someone written with no title, by a common surname before the verb', () => {
    expect(speakerOf(text, '我们早就')).toBe('王桂英');
  });

  it('does the same in traditional characters (受訪時說, 她笑著說)', () => {
    const traditional =
      '颱風來襲，全台多地停班停課。\n\n' +
      '交通部長陳怡君在記者會上說：「各單位已全面戒備。」居民黃淑芬受訪時說，家裡已經準備好沙包。' +
      '「希望這次不要淹水。」她笑著說。';
    expect(speakerOf(traditional, '各單位')).toBe('陳怡君');
    expect(speakerOf(traditional, '希望這次')).toBe('黃淑芬');
  });
});
