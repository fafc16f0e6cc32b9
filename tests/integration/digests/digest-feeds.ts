/**
 * Two outlets' feeds about the same local story, as a channel following both would read
 * them: the Chronicle sends the full body in content:encoded, the Gazette only a teaser that
 * links to its article page (read through the real fetcher and extractor). The Gazette also
 * runs an unrelated story, which must stay a story of its own.
 */

export const bridgeQuote = 'This is the day the east side stops being an afterthought';

export const chronicleBridgeParagraphs = [
  'Harbourside city council approved £42m of funding for the long-delayed east harbour bridge on Wednesday night, after a debate that ran past eleven o’clock.',
  'Councillors voted seven to four to release the money, ending three years of arguments over the crossing’s cost and its route across the working docks.',
  `“${bridgeQuote},” said Mayor Ellen Okafor after the vote, adding that construction could begin next spring if the contract is signed in January.`,
  'Opposition leader Tomasz Wisniewski said the council had not explained how it would cover any overrun. “We have been shown a price, not a plan,” he said.',
  'The bridge would link the Eastgate estates to the city centre for pedestrians, cyclists and buses, cutting a forty-minute detour around the docks to about ten minutes.',
  'The council will now ask three construction firms to submit final bids, and a decision on the contractor is expected before the end of January.',
];

export const gazetteBridgeParagraphs = [
  'Harbourside councillors backed the £42m east harbour bridge in a late-night vote on Wednesday, clearing the way for work to start on the crossing next year.',
  'The council voted seven to four in favour after a debate of more than four hours, in which residents of the Eastgate estates filled the public gallery.',
  `Mayor Ellen Okafor told the chamber the vote was historic. “${bridgeQuote},” Okafor said, to applause from the gallery.`,
  'Opposition councillors, led by Tomasz Wisniewski, argued that the cost estimate left no room for inflation and called for an independent review of the budget.',
  'Council officers said bids from contractors would be invited this month, with the bridge due to open to pedestrians, cyclists and buses in 2027.',
];

export const marathonParagraphs = [
  'Kenyan runner Mercy Chebet won the Harbourside marathon on Sunday in a course record of two hours, twenty-one minutes and nine seconds.',
  'Chebet broke away from the leading group at the twenty-eighth kilometre and finished almost two minutes ahead of Ethiopia’s Tigist Alemu.',
  '“The wind on the sea front was hard, but I felt strong after the bridge,” Chebet said at the finish line, where more than eleven thousand runners crossed this year.',
  'Organisers said next year’s race would move to April to avoid the autumn storms that forced the cancellation of the 2022 edition.',
];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function htmlParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
}

export function chronicleFeed(base: string): string {
  const link = `${base}/chronicle/2024/11/27/bridge-funding-approved`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbourside Chronicle</title>
  <link>${base}/chronicle/</link>
  <description>News from the Harbourside Chronicle</description>
  <item>
    <title>Council approves £42m east harbour bridge funding after late-night vote</title>
    <link>${link}?utm_source=rss</link>
    <guid isPermaLink="false">chronicle-48213</guid>
    <pubDate>Wed, 27 Nov 2024 23:40:00 +0000</pubDate>
    <description>${escapeXml(chronicleBridgeParagraphs[0] ?? '')}</description>
    <content:encoded><![CDATA[${htmlParagraphs(chronicleBridgeParagraphs)}]]></content:encoded>
  </item>
</channel>
</rss>`;
}

export const gazetteBridgePath = '/gazette/news/harbour-bridge-vote';
export const gazetteMarathonPath = '/gazette/sport/marathon-record';

export function gazetteFeed(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Coastal Gazette</title>
  <link>${base}/gazette/</link>
  <description>The Coastal Gazette</description>
  <item>
    <title>Harbourside councillors back £42m bridge in late-night vote</title>
    <link>${base}${gazetteBridgePath}</link>
    <guid>${base}${gazetteBridgePath}</guid>
    <pubDate>Thu, 28 Nov 2024 07:15:00 +0000</pubDate>
    <description>Councillors voted seven to four for the east harbour bridge.</description>
  </item>
  <item>
    <title>Chebet breaks Harbourside marathon course record</title>
    <link>${base}${gazetteMarathonPath}</link>
    <guid>${base}${gazetteMarathonPath}</guid>
    <pubDate>Sun, 24 Nov 2024 14:00:00 +0000</pubDate>
    <description>Mercy Chebet won in a course record time.</description>
  </item>
</channel>
</rss>`;
}

function articlePage(title: string, paragraphs: readonly string[], canonical: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Coastal Gazette</title>
<link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="Coastal Gazette">
<meta property="og:title" content="${title}"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Sam Porter</p>
${htmlParagraphs(paragraphs)}
</article></main><footer><p>© Coastal Gazette</p></footer></body></html>`;
}

export function gazetteBridgePage(base: string): string {
  return articlePage(
    'Harbourside councillors back £42m bridge in late-night vote',
    gazetteBridgeParagraphs,
    `${base}${gazetteBridgePath}`,
  );
}

export function gazetteMarathonPage(base: string): string {
  return articlePage(
    'Chebet breaks Harbourside marathon course record',
    marathonParagraphs,
    `${base}${gazetteMarathonPath}`,
  );
}
