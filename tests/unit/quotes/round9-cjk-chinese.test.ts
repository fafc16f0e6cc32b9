import { describe, expect, it } from 'vitest';
import { directSpeaker } from './score-quote-set.ts';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  directSpeaker(text, 'zh', quoteStart);

/**
 * Round 9 (tuned on quotes-languages-blind9): each class of Chinese construction behind a miss,
 * with invented sentences (new names, topics, verbs, simplified and traditional script).
 */

describe('Chinese: where it was said (庭外, 会后, 赛后) between a name and its verb', () => {
  it('reads the name before 庭外 / 会后 / 赛后 and the verb', () => {
    expect(speakerOf('原告代表律师何志恒庭外表示：“我们会考虑上诉。”', '我们会')).toBe('何志恒');
    expect(speakerOf('主教練梁家輝賽後說：「球員今天踢得很拚。」', '球員今天')).toBe('梁家輝');
    expect(speakerOf('镇长蒋文斌会后强调：“补偿款必须按时到位。”', '补偿款')).toBe('蒋文斌');
  });
});

describe('Chinese: a title alone as subject is the person named before with it', () => {
  it('credits 法官續指 / 局长又说 / 教授补充说 to the earlier holder of the title', () => {
    expect(
      speakerOf(
        '法官鄭美儀判刑時指出，案情嚴重。\n\n法官續指：「被告毫無悔意，必須判處阻嚇性刑罰。」',
        '被告毫無',
      ),
    ).toBe('鄭美儀');
    expect(
      speakerOf('水务局局长韩志强介绍了汛情。局长又说：“各水库水位都在安全线以下。”', '各水库'),
    ).toBe('韩志强');
    expect(
      speakerOf(
        '复旦大学教授严立群认为，房价仍将承压。教授补充说：“年轻人的购房意愿正在下降。”',
        '年轻人',
      ),
    ).toBe('严立群');
  });
});

describe('Chinese: "there is" a person noun (有记者提问, 有家长表示) who speaks', () => {
  it('gives the quote to the noun after 有', () => {
    expect(speakerOf('发布会上，有记者提问：“停水还要持续多久？”', '停水')).toBe('记者');
    expect(speakerOf('座谈会上，有家长表示：“校车太少，孩子要走很远。”', '校车')).toBe('家长');
    expect(speakerOf('現場也有村民說：「路一直沒修好。」', '路一直')).toBe('村民');
  });
});

describe('Chinese: a relative clause or a pointing phrase before 一位 is no part of the speaker', () => {
  it('drops 来自…的, 住在…的 and 該大廈 / 这所学校 before the numeral', () => {
    expect(speakerOf('在安置点，来自上河镇的一位老人说：“吃住都有人管。”', '吃住')).toBe(
      '一位老人',
    );
    expect(speakerOf('住在江边的一名渔民告诉记者：“今年鱼少了一半。”', '今年鱼')).toBe('一名渔民');
    expect(speakerOf('該屋苑一名居民則稱：「管理費年年加。」', '管理費')).toBe('一名居民');
  });

  it('keeps a place written before 一位 (寿光市一位大棚种植户)', () => {
    expect(speakerOf('寿光市一位大棚种植户说：“黄瓜长势不错。”', '黄瓜')).toBe(
      '寿光市一位大棚种植户',
    );
  });
});

describe('Chinese: quotes inside a sentence whose named speaker and verb open it', () => {
  it('credits a quote set off by commas, the sentence going on after it', () => {
    expect(
      speakerOf(
        '法官鄭美儀指出，被告身為會計，「明知公款不屬於自己，仍多次挪用」，實屬可恥。',
        '明知公款',
      ),
    ).toBe('鄭美儀');
    expect(
      speakerOf(
        '校长邹丽华表示，学校将加强管理，“每一笔经费都要公开，接受家长监督”，并将每月公布账目。',
        '每一笔',
      ),
    ).toBe('邹丽华');
  });

  it('credits a second quote woven later into the same sentence to the same speaker', () => {
    expect(
      speakerOf(
        '法官鄭美儀指出，被告身為會計，「明知公款不屬於自己，仍多次挪用」，行為「嚴重損害公眾信任」。',
        '嚴重損害',
      ),
    ).toBe('鄭美儀');
    expect(
      speakerOf(
        '局长韩志强强调，部分工程“拖了整整三年，群众意见很大”，这种做法“必须彻底整改到位”。',
        '必须彻底',
      ),
    ).toBe('韩志强');
  });
});
