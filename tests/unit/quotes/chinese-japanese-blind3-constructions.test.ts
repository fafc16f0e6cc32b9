import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('Chinese speakers in blind3 constructions', () => {
  it('points 该负责人 after a clause back to the person named before', () => {
    const text =
      '市交通局局长赵国华说：“新线路下月开通。”说到资金压力，该负责人坦言：“今年预算很紧。”';
    expect(speakerOf(text, '今年预算')).toBe('赵国华');
  });

  it('reads a parent, a relative or a teacher as a title before a name', () => {
    const text = '在学校门口，家长周丽芳告诉记者：“孩子回家更开心了。”';
    expect(speakerOf(text, '孩子回家')).toBe('周丽芳');
  });

  it('shows someone unnamed after a place clause or 也有, as described', () => {
    const after = '在车站外，一名外地旅客焦急地说：“我已经等了三个小时。”';
    expect(speakerOf(after, '我已经等')).toBe('一名外地旅客');
    const also = '也有一位社区医生向记者反映：“药品供应还不稳定。”';
    expect(speakerOf(also, '药品供应')).toBe('一位社区医生');
  });

  it('credits the named speaker whose verb opens the sentence before a paraphrase', () => {
    const text = '市教師工會理事長吳雅雯指出，課後輔導時數過長，「老師根本沒有時間備課。」';
    expect(speakerOf(text, '老師根本')).toBe('吳雅雯');
  });

  it('reads 回應 as a speech verb, so 她 finds the official', () => {
    const text =
      '醫師公會理事長張志明表示：「人力不足。」衛生局局長蔡淑芬回應，將增加補助。她強調：「經費已經到位。」';
    expect(speakerOf(text, '經費已經')).toBe('蔡淑芬');
  });
});

describe('Japanese readings and described sources', () => {
  it('takes a full name written with its reading in brackets (森田蒼（あおい）投手)', () => {
    const text =
      '３年生の川口陽斗（はると）投手が完投した。\n\n　川口投手は「最後まで投げ切れた」と振り返った。';
    expect(speakerOf(text, '最後まで投げ')).toBe('川口陽斗');
    const captain = '主将の高田翼（つばさ）選手（２年）は「全員でつないだ」と話した。';
    expect(speakerOf(captain, '全員で')).toBe('高田翼');
  });

  it('shows "one of the parents" (保護者の一人) as described', () => {
    const text = '応援席で見守った保護者の一人は「よく頑張った」と涙ぐんだ。';
    expect(speakerOf(text, 'よく頑張')).toBe('保護者の一人');
  });
});
