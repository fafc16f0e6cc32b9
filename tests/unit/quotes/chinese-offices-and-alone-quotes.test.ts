import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('Chinese unnamed offices, title chains and quotes standing alone', () => {
  it('describes 有关负责人 with the office written before it', () => {
    const text =
      '据统计，今年进口量明显增加。海关总署统计分析司有关负责人表示：“外贸形势总体平稳。”';
    expect(speakerOf(text, '外贸形势')).toBe('海关总署统计分析司有关负责人');
  });

  it('reads titles joined by 、 after the quote', () => {
    const text = '“这项技术可以节水三成。”省农科院研究员、课题组负责人周明远介绍说。';
    expect(speakerOf(text, '这项技术')).toBe('周明远');
  });

  it('reads a time word between the name and the verb', () => {
    const text = '衛生局長李國華昨天在議會表示：「流感疫苗將提前開打。」';
    expect(speakerOf(text, '流感疫苗')).toBe('李國華');
  });

  it('gives a quote alone to the speaker of the sentence before it', () => {
    const text = '在車站等車的大學生林志偉說，他每天都搭這班車。「票價再漲就只能騎車了。」';
    expect(speakerOf(text, '票價再漲')).toBe('林志偉');
  });

  it('drops 受訪時 from a described source', () => {
    const text = '一名計程車司機受訪時表示：「生意少了一半。」';
    expect(speakerOf(text, '生意少了')).toBe('一名計程車司機');
  });
});
