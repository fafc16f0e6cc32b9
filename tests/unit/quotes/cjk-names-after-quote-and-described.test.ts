import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { speakerOf } from './score-quote-set.ts';

const found = (text: string, start: string): boolean =>
  analyzeQuotations(text).some((quote) => quote.depth === 0 && quote.text.startsWith(start));

describe('Chinese speakers after the quote and unnamed sources', () => {
  it('closes “…，” after a Chinese comma, so both halves of a split quote are found', () => {
    const text = '张明对结果很满意。“我等了整整两年，”张明说，“现在总算有了结果。”';
    expect(found(text, '我等了整整两年')).toBe(true);
    expect(speakerOf(text, '我等了整整两年')).toBe('张明');
    expect(speakerOf(text, '现在总算')).toBe('张明');
  });

  it('reads a name with no title and a circumstance after the quote (在接受采访时说)', () => {
    const text = '“这个问题必须尽快解决。”李海峰在接受记者采访时说。他还强调：“不能再拖了。”';
    expect(speakerOf(text, '这个问题')).toBe('李海峰');
    expect(speakerOf(text, '不能再拖了')).toBe('李海峰');
  });

  it('reads a described name after the quote (「…」今年六十歲的陳國棟說)', () => {
    const text = '「生意真的很難做。」今年六十歲的陳國棟說，店租又漲了。';
    expect(speakerOf(text, '生意真的')).toBe('陳國棟');
  });

  it('gives 该负责人 / 這位教授 to the person named before', () => {
    const text =
      '记者联系了该公司，其负责人周文斌表示，公司会配合调查。“我们会尽快公布结果。”该负责人说。';
    expect(speakerOf(text, '我们会尽快')).toBe('周文斌');
  });

  it('shows an unnamed source as described (一位…的老人说：)', () => {
    const text = '一位每天都来散步的老人说：“这条路修好以后方便多了。”';
    expect(speakerOf(text, '这条路')).toBe('一位每天都来散步的老人');
    const traditional = '一名路過的市民表示：「希望工程早點完工。」';
    expect(speakerOf(traditional, '希望工程')).toBe('一名路過的市民');
  });
});

describe('Japanese titles, short names and described sources', () => {
  it('reads a field in brackets after the title (准教授（海洋学）は) and 同准教授 pointing back', () => {
    const text =
      '東北大の山口隆史准教授（海洋学）は「海水温の上昇が続いている。漁場は北へ移る」と指摘する。' +
      '同准教授は「対策は急ぐべきだ」とも話した。';
    expect(found(text, '海水温の上昇')).toBe(true);
    expect(speakerOf(text, '海水温の上昇')).toBe('山口隆史');
    expect(speakerOf(text, '対策は急ぐ')).toBe('山口隆史');
  });

  it('gives a surname and a title (中川社長は) the full name written earlier', () => {
    const text =
      '東和電機の中川義男社長は「海外生産を増やす」と述べた。中川社長は雇用について「削減はしない」と語った。';
    expect(speakerOf(text, '削減はしない')).toBe('中川義男');
  });

  it('shows ある… as described, not as unnamed', () => {
    const text = '円相場が急落した。ある外銀の為替担当者は「介入の可能性は高い」とみる。';
    expect(speakerOf(text, '介入の可能性')).toBe('ある外銀の為替担当者');
  });
});
