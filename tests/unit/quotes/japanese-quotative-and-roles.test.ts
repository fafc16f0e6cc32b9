import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { speakerOf } from './score-quote-set.ts';

const direct = (text: string, start: string): boolean =>
  analyzeQuotations(text).some(
    (quote) => quote.depth === 0 && quote.kind === 'direct' && quote.text.startsWith(start),
  );

describe('Japanese quotative と, roles and surnames', () => {
  const text =
    '港北ファルコンズの新人、山口翔太投手（２１）が初先発で勝利を挙げた。\n\n' +
    '「最後まで腕を振ることだけ考えた」。試合後、山口は胸を張った。\n\n' +
    '石田和夫監督は「まだ伸びる」と話した。守備についても「今日は満点だ。言うことはない」と表情を緩めた。\n\n' +
    'マスクをかぶった捕手の森本健吾は「変化球が低めに決まっていた」と語り、「度胸がある」と後輩を褒めた。\n\n' +
    '同投手は「家族に勝ち星を届けられた」と笑みを浮かべた。\n\n' +
    '球場に来ていた６０代の女性会社員は「いい試合だった」と話した。';

  it('gives a quote with と and any verb to the previous sentence speaker', () => {
    expect(direct(text, '今日は満点')).toBe(true);
    expect(speakerOf(text, '今日は満点')).toBe('石田和夫');
  });

  it('reads a role の name with no title, in both quotes of its sentence', () => {
    expect(speakerOf(text, '変化球が')).toBe('森本健吾');
    expect(speakerOf(text, '度胸が')).toBe('森本健吾');
  });

  it('resolves 同投手 and a surname alone to the full name written with that title', () => {
    expect(speakerOf(text, '家族に')).toBe('山口翔太');
    expect(speakerOf(text, '最後まで')).toBe('山口翔太');
  });

  it('describes an unnamed person without the clause before the description', () => {
    expect(speakerOf(text, 'いい試合')).toBe('６０代の女性会社員');
    const office =
      '大雨が続いている。\n\n市防災課の担当者は「早めに避難してほしい」と呼びかけています。';
    expect(speakerOf(office, '早めに')).toBe('市防災課の担当者');
  });

  it('reads a katakana given name and そう話した in the next sentence', () => {
    const next =
      '川があふれた。\n\n「一晩中眠れなかった」。避難した木村ハナ子さん（８０）はそう話しました。';
    expect(speakerOf(next, '一晩中')).toBe('木村ハナ子');
  });
});
