import { describe, expect, it } from 'vitest';
import { createReadabilityExtractor } from '../../../src/adapters/web/readability/create-readability-extractor.ts';

const extractor = createReadabilityExtractor();

/** A news page as Japanese and Chinese sites print one: no spaces between words. */
function page(lang: string, title: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">トップ</a> <a href="/news">ニュース</a></nav></header>
<article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</article>
<footer><p>© 2024</p></footer></body></html>`;
}

describe('pages in scripts written without spaces', () => {
  it('extracts a Japanese news page instead of refusing it', async () => {
    const html = page('ja', '能登半島で震度6強　政府が緊急対策本部を設置', [
      '石川県能登地方で２日午後、震度６強の地震があった。気象庁によると、震源の深さは約１０キロで、地震の規模を示すマグニチュードは６．５と推定される。',
      '岸川健一首相は首相官邸で記者団に「人命第一で、被害状況の把握に全力を挙げる」と述べた。政府は首相官邸に緊急対策本部を設置した。',
      '石川県の山本和夫知事は「道路が寸断され、孤立している集落がある」と話し、自衛隊の派遣を要請した。県内では少なくとも３０棟の住宅が倒壊した。',
      '気象庁の担当者は「今後１週間程度は同じ規模の地震に注意してほしい」と呼びかけた。',
    ]);
    const extracted = await extractor.extract(html, 'https://news.example.jp/articles/1');
    expect(extracted.text).toContain('人命第一で');
  });

  it('extracts a Chinese news page instead of refusing it', async () => {
    const html = page('zh-CN', '新建高铁线路开通运营', [
      '新华社北京12月26日电　全长约300公里的新建高速铁路26日正式开通运营，沿线6个城市首次接入全国高铁网。据中国国家铁路集团有限公司介绍，开通初期每日安排动车组列车48对。',
      '国家铁路局局长费东斌在开通仪式上表示：“这条线路将有力促进沿线地区经济社会发展。”沿线居民李秀兰说：“以前去省城要坐五个小时汽车，现在一个多小时就到了。”',
      '专家指出，高铁网络的完善将进一步缩小区域发展差距，交通条件的改善是吸引投资的关键因素，沿线各地正在加紧规划站前新区和产业园区。',
    ]);
    const extracted = await extractor.extract(html, 'https://news.example.cn/2024/1226/a.html');
    expect(extracted.text).toContain('费东斌');
  });
});
