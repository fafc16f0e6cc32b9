import { describedJapaneseSource } from './japanese-sources.ts';
import { japaneseOrganisation } from './japanese-credits.ts';

/**
 * Japanese drops a subject the reader already knows: in a portrait or a match report a
 * paragraph with no one named (就任１２年目で初めてたどり着いた準々決勝の舞台。「…」と笑顔を見せた)
 * goes on about the person the copy last wrote about, however many paragraphs back, so long as no
 * one else spoke in between.
 */

/** How many paragraphs back the person a subjectless paragraph is about may have been named. */
const paragraphsBack = 4;

/** The words inside 「」 and 『』 left out: a name quoted is no one the paragraph is about. */
const withoutQuotations = (text: string): string => text.replace(/[「『][^「」『』]*[」』]/gu, '');

/** 会社員の女性は「…」 / 北陸精機労働組合は「…」: someone unnamed or a body spoke in the paragraph. */
function someoneUnnamedSpoke(paragraph: string): boolean {
  return [...paragraph.matchAll(/「/gu)].some((open) => {
    const sentence =
      paragraph
        .slice(0, open.index)
        .split(/[。！？]/u)
        .at(-1) ?? '';
    return (
      describedJapaneseSource(sentence) !== undefined ||
      japaneseOrganisation(sentence) !== undefined
    );
  });
}

/**
 * The one person the nearest earlier paragraph that names anyone writes about (names outside
 * quotes, each as its full form); none when that paragraph names two people, or when someone
 * unnamed spoke in a paragraph on the way back.
 */
export function personOfEarlierParagraphs(
  text: string,
  paragraphStart: number,
  peopleIn: (paragraph: string) => string[],
): string | undefined {
  const paragraphs = text
    .slice(0, paragraphStart)
    .split(/\n/u)
    .filter((paragraph) => paragraph.trim() !== '')
    .reverse()
    .slice(0, paragraphsBack);
  for (const paragraph of paragraphs) {
    if (someoneUnnamedSpoke(paragraph)) return undefined;
    const people = new Set(peopleIn(withoutQuotations(paragraph)));
    if (people.size > 1) return undefined;
    const [only] = people;
    if (only !== undefined) return only;
  }
  return undefined;
}
