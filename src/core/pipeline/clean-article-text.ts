import {
  isAdLabel,
  isBoilerplate,
  isEmbedPlaceholder,
  isNewsletterPromo,
  isReadMoreLink,
  isTrailingPromo,
} from './cleaning/promo-rules.ts';
import {
  isArticleMetaLine,
  isAuthorBio,
  isBylineLine,
  isCaptionOrCredit,
  isMediaPlayerText,
  isNameWithOutlet,
  isRoleLabel,
  isShareWidget,
  isTimestampLine,
} from './cleaning/debris-rules.ts';
import { findAboutSectionStart } from './cleaning/about-section.ts';
import { splitParagraphs } from './cleaning/split-paragraphs.ts';
import { comparable, endsLikeSentence, looksLikeNameList } from './cleaning/text-shape.ts';
import { countWords } from '../text/words.ts';

export interface CleanArticleHints {
  title?: string;
  byline?: string;
}

export interface CleanedArticleText {
  /** The article text: kept paragraphs, verbatim, separated by a blank line. */
  text: string;
  /** Every paragraph that was dropped, in order, for logs and tests. */
  removedLines: string[];
}

/** The names in a byline hint: "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"]. */
function bylineNames(byline: string | undefined): string[] {
  if (byline === undefined) return [];
  return byline
    .replace(/^by\s+/iu, '')
    .split(/\s*(?:,|\band\b|&|\||\s[-–—]\s)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 1);
}

/** Debris wherever it appears: these shapes are never body sentences. */
function isDebrisAnywhere(
  paragraph: string,
  title: string,
  names: readonly string[],
  byline: string,
): boolean {
  const key = comparable(paragraph);
  if (key.length === 0) return true;
  if (title.length > 0 && key === title) return true;
  if (byline.length > 0 && (key === byline || key === `by ${byline}`)) return true;
  if (names.length > 0 && names.some((name) => comparable(name) === key)) return true;
  return (
    isShareWidget(paragraph) ||
    isTimestampLine(paragraph) ||
    isArticleMetaLine(paragraph) ||
    isMediaPlayerText(paragraph) ||
    isCaptionOrCredit(paragraph) ||
    isBylineLine(paragraph) ||
    isRoleLabel(paragraph) ||
    isAdLabel(paragraph) ||
    isReadMoreLink(paragraph) ||
    isNewsletterPromo(paragraph) ||
    isEmbedPlaceholder(paragraph) ||
    isBoilerplate(paragraph)
  );
}

/**
 * Short non-sentences above the body: kickers ("Local News"), names, "Jane Doe, Reuters".
 * A longer line without a period may be a subhead that opens the body, so it stays.
 */
function isHeaderDebris(paragraph: string): boolean {
  if (paragraph.length >= 100 || endsLikeSentence(paragraph)) return false;
  // A transcript's speaker label ("A MARTÍNEZ, HOST:") opens the body, it is not a kicker.
  if (/^[\p{Lu}][\p{Lu} .'’-]*,\s*[\p{Lu} ]+:$/u.test(paragraph)) return false;
  const words = countWords(paragraph);
  return (
    words <= 3 ||
    looksLikeNameList(paragraph) ||
    isNameWithOutlet(paragraph) ||
    // Shouting caps; a script without case (Japanese, Chinese…) is always its own uppercase.
    (/\p{Lu}/u.test(paragraph) && paragraph === paragraph.toUpperCase())
  );
}

/** Author boxes and sign-offs: trusted only below the last body paragraph. */
function isFooterDebris(paragraph: string, names: readonly string[]): boolean {
  if (isAuthorBio(paragraph, names) || isTrailingPromo(paragraph)) return true;
  // "Write to us at letters@…", "Contact the author: jane@…": contact boxes end with an address.
  if (paragraph.length < 400 && /[\w.+-]+@[\w-]+\.[\w.]+/u.test(paragraph)) return true;
  if (endsLikeSentence(paragraph)) return false;
  return looksLikeNameList(paragraph) || isNameWithOutlet(paragraph);
}

/** A paragraph that is clearly prose: it ends like a sentence and is not a one-line fragment. */
function isBodyParagraph(paragraph: string): boolean {
  return endsLikeSentence(paragraph) && paragraph.length >= 60;
}

/**
 * Removes page debris from an article's text while keeping every body sentence verbatim.
 * Whole paragraphs are dropped (captions, credits, timestamps, bylines, player times, share
 * words, ads, "Read more" links, newsletter promos, a repeated title, the author box); kept
 * paragraphs are never edited beyond whitespace normalisation, which happens before any quote
 * offsets exist. Used for plain text and for text extracted from HTML alike.
 */
export function cleanArticleText(text: string, hints: CleanArticleHints): CleanedArticleText {
  const paragraphs = splitParagraphs(text);
  const title = comparable(hints.title ?? '');
  const names = bylineNames(hints.byline);
  const byline = comparable((hints.byline ?? '').replace(/^by\s+/iu, ''));
  const keep = paragraphs.map((paragraph) => !isDebrisAnywhere(paragraph, title, names, byline));

  // Above the first prose paragraph sit kickers, names and datelines.
  const firstBody = paragraphs.findIndex(
    (paragraph, index) => keep[index] === true && isBodyParagraph(paragraph),
  );
  for (let index = 0; index < (firstBody === -1 ? 0 : firstBody); index += 1) {
    if (isHeaderDebris(paragraphs[index] ?? '')) keep[index] = false;
  }

  // A press release ends with the issuer's "About …" description, contacts and source line.
  const aboutStart = findAboutSectionStart(paragraphs);
  if (aboutStart > firstBody && firstBody !== -1) keep.fill(false, aboutStart);

  // Below the last body paragraph sits the author box: walk up while it looks like one.
  for (let index = paragraphs.length - 1; index > firstBody; index -= 1) {
    if (keep[index] === false) continue;
    if (!isFooterDebris(paragraphs[index] ?? '', names)) break;
    keep[index] = false;
  }

  // A pull quote repeats a sentence of the body as its own paragraph: keep the body's copy.
  paragraphs.forEach((paragraph, index) => {
    if (keep[index] !== true || paragraph.length < 40) return;
    const repeated = paragraphs.some(
      (other, otherIndex) =>
        otherIndex !== index &&
        keep[otherIndex] === true &&
        other.length > paragraph.length &&
        other.includes(paragraph),
    );
    if (repeated) keep[index] = false;
  });

  const kept: string[] = [];
  const removedLines: string[] = [];
  const seen = new Set<string>();
  paragraphs.forEach((paragraph, index) => {
    // A paragraph repeated word for word (a pull quote, a doubled byline) is kept once.
    const duplicate = paragraph.length < 400 && seen.has(paragraph);
    if (keep[index] === true && !duplicate) {
      kept.push(paragraph);
      seen.add(paragraph);
    } else {
      removedLines.push(paragraph);
    }
  });
  return { text: kept.join('\n\n'), removedLines };
}
