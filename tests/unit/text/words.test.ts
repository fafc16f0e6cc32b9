import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { tokenize } from '../../../src/core/text/tokenize.ts';
import { countWords } from '../../../src/core/text/words.ts';

describe('words counted without relying on spaces', () => {
  it('counts English words by whitespace, as before', () => {
    expect(countWords('The council voted 7-2 on Tuesday, officials said.')).toBe(8);
  });

  it('counts the words of a Japanese sentence that has no spaces', () => {
    // Split on whitespace this is one "word"; the segmenter finds its words.
    expect(countWords('岸川健一首相は首相官邸で記者団に述べた。')).toBeGreaterThanOrEqual(6);
  });

  it('counts the words of a Chinese and a Thai sentence', () => {
    expect(countWords('国家统计局发布数据，今年全国粮食总产量再创新高。')).toBeGreaterThanOrEqual(
      8,
    );
    expect(countWords('รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร')).toBeGreaterThanOrEqual(4);
  });

  it('tokenizes a Chinese clause into words, English words unchanged', () => {
    expect(tokenize("Don't cut 3.5 U.S. jobs")).toEqual(["don't", 'cut', '3.5', 'u.s.', 'jobs']);
    expect(tokenize('高速铁路正式开通运营').length).toBeGreaterThanOrEqual(3);
  });
});

describe('sentences of Chinese and Japanese', () => {
  it('ends a sentence at 。 with no space after it', () => {
    const sentences = splitSentences('地震があった。震源は浅い。政府は対策本部を設置した。');
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      '地震があった。',
      '震源は浅い。',
      '政府は対策本部を設置した。',
    ]);
  });

  it('keeps a closing quote with its sentence, and 「…。」と述べた as one sentence', () => {
    const text = '他说：“我们已经准备好了。”专家指出风险仍在。首相は「全力を挙げる。」と述べた。';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      '他说：“我们已经准备好了。”',
      '专家指出风险仍在。',
      '首相は「全力を挙げる。」と述べた。',
    ]);
  });
});
