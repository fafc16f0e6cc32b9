import type { AnalyzedQuotation } from './find-quotations.ts';

/**
 * A headline quotes words the body quotes again at more length, and the body says who spoke
 * them: "Jahrhundertflut im Kamptal: „Das Wasser kam in zehn Minuten“", "Kamer debatteert over
 * advies informateur: “Geen tijd meer voor spelletjes”", 投资诈骗的元社长 「被害者に申し訳ない」,
 * 导演：“想让观众闻到煤烟味”. The headline's words go to the speaker of the body quote that
 * repeats them, and they are a full quote though they stand in no sentence. Measured in German,
 * Dutch, Japanese and Chinese copy; in German and Dutch the body's speaker also replaces whatever
 * the headline's own words seem to name (a place, a body), since capitalised nouns mislead there.
 */

const echoLanguages = new Set(['de', 'nl', 'ja', 'zh', 'fr', 'es', 'pt', 'it']);
const spacelessLanguages = new Set(['ja', 'zh']);
// French, Spanish, Portuguese and Italian headlines set a topic before the colon as often as a
// speaker ("Cyberattaque à Yverdon-les-Bains: «Nous ne paierons pas»"): the body's speaker wins.
const overridingLanguages = new Set(['de', 'nl', 'fr', 'es', 'pt', 'it']);

/** Headlines are short: one line at the top of the text. */
export const headlineLength = 220;
/** Fewer words (or, without spaces, characters) than this are a name or a term, not a quote. */
const minimumWords = 3;
const minimumCharacters = 6;

/** The end of the first line when it reads as a headline: short, and no sentence of its own. */
function headlineEnd(text: string): number | undefined {
  const start = text.length - text.trimStart().length;
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const line = text.slice(start, end);
  const outsideQuotes = line.replace(/[「“„»«『"][^」”“«»』"]*[」”“«»』"]/gu, '');
  if (line.trim() === '' || line.length > headlineLength || /[。！？]/u.test(outsideQuotes))
    return undefined;
  return end;
}

const comparable = (words: string): string =>
  words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const bare = (words: string): string => words.replace(/[\s\p{P}]/gu, '');

/** The longest run of characters both texts share. */
function longestSharedRun(left: string, right: string): number {
  let longest = 0;
  let previousRow = new Array<number>(right.length + 1).fill(0);
  for (let row = 1; row <= left.length; row += 1) {
    const currentRow = new Array<number>(right.length + 1).fill(0);
    for (let column = 1; column <= right.length; column += 1) {
      if (left.charAt(row - 1) !== right.charAt(column - 1)) continue;
      const length = (previousRow[column - 1] ?? 0) + 1;
      currentRow[column] = length;
      if (length > longest) longest = length;
    }
    previousRow = currentRow;
  }
  return longest;
}

/**
 * How much of the headline quote the body quote repeats (0 when it does not): the words in
 * order where words are spaced, else the longest shared run of characters, at least half.
 */
function echoStrength(headline: string, body: string, spaceless: boolean): number {
  if (!spaceless) {
    const words = comparable(headline);
    if (words.split(' ').length < minimumWords) return 0;
    return comparable(body).includes(words) ? words.length : 0;
  }
  const characters = bare(headline);
  if (characters.length < minimumCharacters) return 0;
  const shared = longestSharedRun(characters, bare(body));
  if (shared * 2 >= characters.length) return shared;
  // 気象庁「1週間は同程度の揺れに注意」 for 「…今後1週間程度…の地震に注意してほしい」: a headline
  // condenses the words, so what they share is pairs of characters in a new order, at least half.
  const pairs = characterPairs(characters);
  const bodyPairs = new Set(characterPairs(bare(body)));
  const sharedPairs = pairs.filter((pair) => bodyPairs.has(pair)).length;
  return sharedPairs * 2 >= pairs.length ? sharedPairs : 0;
}

function characterPairs(characters: string): string[] {
  const list = [...characters];
  return list.slice(0, -1).map((character, at) => `${character}${list[at + 1] ?? ''}`);
}

/** Gives each headline quote the speaker of the body quote that repeats it most. */
export function creditHeadlineEchoes(
  text: string,
  quotations: AnalyzedQuotation[],
  language: string | undefined,
): void {
  if (!echoLanguages.has(language ?? '')) return;
  const end = headlineEnd(text);
  if (end === undefined) return;
  const spaceless = spacelessLanguages.has(language ?? '');
  const overriding = overridingLanguages.has(language ?? '');
  for (const headline of quotations) {
    if (headline.depth !== 0 || headline.start >= end) continue;
    if (headline.kind !== 'direct' && headline.kind !== 'partial') continue;
    if (headline.speaker !== null && !overriding) continue;
    // 「旗振りおじさん」逝く … 「旗振りおじさん」と呼ばれていた: the body sets the same words off as a
    // term no one is credited with, so the headline's are that term too, whatever quote shares
    // some of its words.
    const sameTerm = quotations.find(
      (body) =>
        body.start >= end &&
        body.kind !== 'direct' &&
        body.speaker === null &&
        bare(body.text) === bare(headline.text),
    );
    if (sameTerm !== undefined) {
      if (headline.speaker === null) headline.kind = sameTerm.kind;
      continue;
    }
    let best: { quotation: AnalyzedQuotation; strength: number } | undefined;
    for (const body of quotations) {
      if (body.depth !== 0 || body.start < end || body.kind !== 'direct' || body.speaker === null)
        continue;
      const strength = echoStrength(headline.text, body.text, spaceless);
      if (strength > (best?.strength ?? 0)) best = { quotation: body, strength };
    }
    if (best === undefined) continue;
    headline.speaker = best.quotation.speaker;
    headline.speakerConfidence = best.quotation.speakerConfidence;
    if (best.quotation.speakerKind === undefined) delete headline.speakerKind;
    else headline.speakerKind = best.quotation.speakerKind;
    headline.kind = 'direct';
    headline.attributionRule = 'headline-echo';
  }
}
