import type { BriefDraft } from '../ports/brief-writer.ts';
import { splitSentences } from '../text/sentences.ts';
import { isStopword } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * Sentences in an article that talk to a model instead of a reader ("ignore your previous
 * instructions…"). They stay in the article text, but nothing a model writes may rest on them.
 */
const instructionPattern =
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|guidelines|directions)\b|\b(?:system prompt|you are now|as an ai|new instructions|developer mode|jailbreak)\b/i;

/** Share of a bullet's content words that must occur in the article (outside injected sentences). */
const minimumGroundedShare = 0.6;

export interface InstructionSpan {
  start: number;
  end: number;
}

export function findInstructionSpans(text: string): InstructionSpan[] {
  return splitSentences(text)
    .filter((sentence) => instructionPattern.test(sentence.text))
    .map((sentence) => ({ start: sentence.start, end: sentence.end }));
}

export interface GuardResult {
  draft: BriefDraft;
  droppedBullets: string[];
  /** Quote candidates removed because they lie inside injected instructions. */
  droppedQuotes: number;
}

/**
 * Keeps a model's brief to what the article says: a bullet or headline whose content words are
 * mostly absent from the article (or found only in injected instructions) is dropped, and a
 * quote taken from an injected instruction is dropped. Skipped when the output is in another
 * language than the article, where words cannot be compared.
 */
export function guardModelOutput(
  articleText: string,
  draft: BriefDraft,
  translated: boolean,
): GuardResult {
  if (translated) return { draft, droppedBullets: [], droppedQuotes: 0 };
  const spans = findInstructionSpans(articleText);
  const evidence = vocabularyOf(withoutSpans(articleText, spans));
  const grounded = (line: string) => groundedShare(line, evidence) >= minimumGroundedShare;
  const bullets = draft.bullets.filter(grounded);
  const injected = spans.map((span) => normalizeSpace(articleText.slice(span.start, span.end)));
  const quoteCandidates = draft.quoteCandidates.filter((candidate) => {
    const text = normalizeSpace(candidate.text);
    return !injected.some((sentence) => sentence.includes(text) || text.includes(sentence));
  });
  return {
    draft: {
      ...draft,
      headline: grounded(draft.headline) ? draft.headline : '',
      bullets,
      quoteCandidates,
    },
    droppedBullets: draft.bullets.filter((bullet) => !grounded(bullet)),
    droppedQuotes: draft.quoteCandidates.length - quoteCandidates.length,
  };
}

function withoutSpans(text: string, spans: readonly InstructionSpan[]): string {
  let result = text;
  for (const span of [...spans].reverse())
    result = result.slice(0, span.start) + ' ' + result.slice(span.end);
  return result;
}

/** Content words, reduced to a five-letter stem so "cut"/"cuts" and "signal"/"signalled" meet. */
function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((word) => !isStopword(word) && /\p{L}/u.test(word))
    .map((word) => word.slice(0, 5));
}

function vocabularyOf(text: string): Set<string> {
  return new Set(contentStems(text));
}

function groundedShare(line: string, evidence: Set<string>): number {
  const stems = contentStems(line);
  if (stems.length === 0) return 1;
  return stems.filter((stem) => evidence.has(stem)).length / stems.length;
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
