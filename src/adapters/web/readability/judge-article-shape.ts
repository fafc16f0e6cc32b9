import type { DomDocument } from './dom-types.ts';
import type { BlockText } from './collect-block-text.ts';
import { spacelessScript } from '../../../core/text/words.ts';

/**
 * Decides whether extracted text is an article, and whether a paywall cut it short. Readability
 * returns *something* for almost any page (a home page's teaser list, a login form's small
 * print), so the shape of the result is checked before anyone summarizes it.
 */

const paywallNames =
  /(?:^|[\s_-])(?:paywall|paywalled|subscriber-only|subscribers-only|subscriber-content|premium-content|premium-only|meter|metered|regwall|piano-(?:offer|template)|tp-modal|article-locked|locked-content|gate)(?:$|[\s_-])/iu;
const paywallPhrases =
  /\b(?:subscribe to (?:continue|read)|to continue reading|this (?:article|story|content) is (?:for|available to|exclusive to) (?:paid |premium )?(?:subscribers|members)|subscribers only|you(?:'|’)ve reached your (?:free )?(?:article )?limit|log in to (?:continue|read)|become a (?:subscriber|member) to read)\b/iu;

/** Class/id markers and stub phrases that publishers put on a cut-off article. */
export function hasPaywallMarkers(document: DomDocument): boolean {
  const elements = Array.from(document.querySelectorAll('[class],[id]'));
  if (
    elements.some((element) =>
      paywallNames.test(
        `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`,
      ),
    )
  ) {
    return true;
  }
  return paywallPhrases.test(document.body?.textContent ?? '');
}

/**
 * A character of Chinese or Japanese carries about what three Latin characters do (a word is
 * one or two characters, against five letters and a space), so sizes below are measured in
 * Latin-equivalent characters: a 250-character Japanese story is not "too short".
 */
const spacelessCharacterWeight = 3;
const spacelessCharacters = new RegExp(spacelessScript.source, 'gu');

/** Size of a text in Latin-equivalent characters. */
function proseSize(text: string): number {
  const spaceless = text.match(spacelessCharacters)?.length ?? 0;
  return text.length + (spacelessCharacterWeight - 1) * spaceless;
}

function sentenceCount(text: string): number {
  // Chinese and Japanese stops (。！？) are followed by the next sentence, not by a space.
  return text.match(/[.!?…]["'”’)\]]*(?=\s|$)|[。！？][”」』]*/gu)?.length ?? 0;
}

/** Paragraphs that read as prose: they end like a sentence and run past a headline's length. */
function proseCharacters(paragraphs: readonly string[]): number {
  return paragraphs
    .filter(
      (paragraph) => proseSize(paragraph) >= 80 && /[.!?…。！？]["'”’)\]」』]*$/u.test(paragraph),
    )
    .reduce((sum, paragraph) => sum + proseSize(paragraph), 0);
}

export type ArticleShape = 'article' | 'too-short' | 'index';

/** Minimum size of a body: a brief of two sentences and ~300 characters still counts. */
export const minimumArticleCharacters = 300;

/**
 * "index" when the text is mostly links or headline/teaser pairs, "too-short" when there is
 * not enough prose to summarize, otherwise "article".
 */
export function judgeArticleShape(blocks: BlockText, declaresArticle: boolean): ArticleShape {
  const text = blocks.paragraphs.join('\n\n');
  const prose = proseCharacters(blocks.paragraphs);
  if (blocks.linkDensity > 0.5) return 'index';
  // Headline + one-line teaser, repeated: a section front, unless the page says it is an article.
  const teaserLayout =
    blocks.headingCount >= 4 && blocks.headingCount * 2 >= blocks.paragraphs.length;
  if (!declaresArticle && (teaserLayout || blocks.linkDensity > 0.3)) return 'index';
  if (proseSize(text) < minimumArticleCharacters || sentenceCount(text) < 2 || prose < 150)
    return 'too-short';
  return 'article';
}
