/**
 * The boilerplate that closes a press release or a sponsored post: "About Helix Water
 * Technologies" followed by the company's standard description, contacts and the source line.
 * It describes the issuer, not the news, so everything from the first such heading on is cut.
 */

/** "About Acme Corp", "About the Company", "Über die Stadtwerke": a short heading, not a sentence. */
const aboutHeading = /^(?:about|über|à propos de|acerca de|sobre)\s+(.{2,80}?)\s*:?$/iu;

/** Words too common to tell whether the next paragraph describes the heading's subject. */
const commonWords = new Set([
  'the',
  'company',
  'us',
  'inc',
  'corp',
  'ltd',
  'llc',
  'group',
  'die',
  'der',
  'das',
]);

/** What a company or organisation description says about itself. */
const boilerplateCue =
  /\b(?:founded|headquartered|based in|is an? (?:[\p{L}-]+ ){0,3}(?:company|provider|developer|maker|manufacturer|organi[sz]ation|firm|platform|agency|district|nonprofit|non-profit|leader)|for more information|visit\s|www\.|nasdaq|nyse|serves|gegründet|sitz in)\b/iu;

function significantWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !commonWords.has(word));
}

function isAboutHeading(paragraph: string, next: string | undefined): boolean {
  const match = aboutHeading.exec(paragraph.trim());
  const name = match?.[1];
  if (name === undefined || next === undefined || /[.!?]$/u.test(name)) return false;
  if (name.split(/\s+/u).length > 8 || !/^\p{Lu}|^the\s/iu.test(name)) return false;
  // The description names its subject ("Helix Water Technologies, founded in 2018 …").
  const words = significantWords(name);
  if (!boilerplateCue.test(next)) return false;
  const opening = next.slice(0, 200).toLowerCase();
  if (words.length === 0) return /\b(?:is|was|are)\b/u.test(opening);
  return words.some((word) => opening.includes(word));
}

/**
 * The index of the paragraph where the issuer's "About …" boilerplate starts, or -1. The first
 * third is not searched (a short release's boilerplate can be as long as its news), and the
 * next paragraph must read like a company description, so a subhead such as "About the study"
 * that opens a section of an article is left alone.
 */
export function findAboutSectionStart(paragraphs: readonly string[]): number {
  const from = Math.max(3, Math.ceil(paragraphs.length / 3));
  for (let index = from; index < paragraphs.length; index += 1) {
    if (isAboutHeading(paragraphs[index] ?? '', paragraphs[index + 1])) return index;
  }
  return -1;
}
