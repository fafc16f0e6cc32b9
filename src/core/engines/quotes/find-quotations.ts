import { resumesAfterAttribution } from './resumed-after-attribution.ts';
import type { Quotation } from '../../model/quote.ts';
import { findAttribution } from './find-attribution.ts';
import type { Attribution } from './speaker-types.ts';
import { classifyQuotation } from './classify-quotation.ts';
import { clauseAfterAccordingTo } from './clause-after-according-to.ts';
import { reportedSpeechWeave } from './german-reported-speech-weave.ts';
import { intervieweeOf, isInterviewAnswer } from './interview-answers.ts';
import { detectLanguage } from '../../text/detect-language.ts';
import { attributeInLanguage, type LanguageAttribution } from './language-attribution.ts';
import { indexPeople } from './person-index.ts';
import { resolveSpeaker, type SpeakerConfidence } from './resolve-speaker.ts';
import { scanQuoteSpans, type QuoteSpan } from './scan-quote-spans.ts';
import { splitIncises } from './split-incise.ts';
import { lexiconFor } from '../../text/lexicon/index.ts';
import { withPersonEvidence } from './german-person-evidence.ts';
import { creditHeadlineEchoes } from './headline-echo.ts';

export type { SpeakerConfidence };

/** A quotation with what the finder knows beyond the public model. */
export interface AnalyzedQuotation extends Quotation {
  speakerConfidence: SpeakerConfidence;
  paragraphStart: number;
  paragraphEnd: number;
  /** How often the speaker is mentioned in the text (for ranking). */
  speakerMentions: number;
  /**
   * The named rule that gave the speaker: an English rule of find-attribution's list (with the
   * clause's shape, and "(pronoun)" or "(role)" when the subject was resolved to someone), a
   * rule of the article's language, or one of the rules here that carry a speaker over
   * ("split-quote", "continues-previous-quote", "interview-answer").
   */
  attributionRule?: string;
}

/** The list rule's name, with how a pronoun or role subject was then resolved. */
function ruleOf(attribution: Attribution | undefined): string | undefined {
  if (attribution?.rule === undefined) return undefined;
  return attribution.subjectKind === 'name'
    ? attribution.rule
    : `${attribution.rule} (${attribution.subjectKind})`;
}

/** Splits quotes joined by an attribution ("…,” Putin said. “…”) share a group and a speaker. */
function joinsPrevious(
  text: string,
  previous: AnalyzedQuotation | undefined,
  previousSpan: QuoteSpan | undefined,
  span: QuoteSpan,
  attribution: Attribution | undefined,
): boolean {
  if (!previous || !previousSpan || previous.kind !== 'direct') return false;
  if (span.continuesFromPreviousParagraph && previousSpan.continuesInNextParagraph) return true;
  if (span.resumesAfterIncise) return true;
  if (previousSpan.paragraphStart !== span.paragraphStart) return false;
  const between = text.slice(previousSpan.closeEnd, span.openIndex);
  if (between.length > 160 || previous.speaker === null) return false;
  return attribution === undefined || attribution.index < span.openIndex;
}

/**
 * Every quotation in an article, in text order, with speaker attribution, kind, split-quote
 * groups and nesting depth. Offsets cover the words inside the marks: a trailing comma inside
 * the closing mark is left out ("…today,” he said → "…today"); a final . ? ! stays.
 */
export function analyzeQuotations(
  text: string,
  options: { language?: string } = {},
): AnalyzedQuotation[] {
  const spans = scanQuoteSpans(text).sort((left, right) => left.openIndex - right.openIndex);
  const language = options.language ?? detectLanguage(text);
  // « …, explique X. … »: the incise inside the marks splits the quotation in two pieces.
  const outer = splitIncises(
    text,
    spans.filter((span) => span.depth === 0),
    lexiconFor(language),
  );
  const languageAttributions: (LanguageAttribution | undefined)[] = [];
  const attributions = outer.map((span, position) => {
    const previous = outer[position - 1];
    const next = outer[position + 1];
    const bounds = {
      previousCloseIndex:
        previous && previous.paragraphStart === span.paragraphStart ? previous.closeEnd - 1 : -1,
      nextOpenIndex:
        next && next.paragraphStart === span.paragraphStart ? next.openIndex : span.paragraphEnd,
    };
    // The article's own language is read first; English rules stay the fallback (and the
    // only reader of English text, which has no language rules of its own here).
    // The piece after an incise is the incise's speaker's (joined to the piece before).
    // „…“, so Krämer, „ist …“: the lower-case piece after the attribution is the same speaker's.
    if (span.resumesAfterIncise || resumesAfterAttribution(text, previous, span)) {
      languageAttributions.push(undefined);
      return undefined;
    }
    const inLanguage = attributeInLanguage(text, span, bounds, language);
    languageAttributions.push(inLanguage);
    // German copy: the English reader's name must pass the German evidence of a person.
    return inLanguage === undefined
      ? withPersonEvidence(text, findAttribution(text, span, bounds), lexiconFor(language))
      : undefined;
  });
  const insideQuote = (index: number): boolean =>
    outer.some((span) => index > span.openIndex && index < span.closeIndex);
  const named = attributions.flatMap((found) =>
    found?.subjectKind === 'name' ? [found.subject] : [],
  );
  const people = indexPeople(text, insideQuote, named);

  const interviewee = intervieweeOf(text, people);
  const results: AnalyzedQuotation[] = [];
  let group = -1;
  let previous: AnalyzedQuotation | undefined;
  let previousSpan: QuoteSpan | undefined;
  outer.forEach((span, position) => {
    const attribution = attributions[position];
    const before = text.slice(
      Math.max(
        span.paragraphStart,
        previousSpan?.paragraphStart === span.paragraphStart ? previousSpan.closeEnd : 0,
      ),
      span.openIndex,
    );
    const inLanguage = languageAttributions[position];
    const classified = classifyQuotation(text, span, {
      before,
      next: text.charAt(span.closeEnd),
      attributed:
        attribution?.reach === 'sentence' ||
        inLanguage !== undefined ||
        (previous?.kind === 'direct' && resumesAfterAttribution(text, previousSpan, span)),
    });
    const kind = reportedSpeechWeave(
      text,
      span,
      clauseAfterAccordingTo(
        classified,
        text.slice(span.start, span.end),
        language,
        inLanguage?.rule,
      ),
      language,
    );
    let rule = inLanguage?.rule ?? ruleOf(attribution);
    let { speaker, confidence } = attribution
      ? resolveSpeaker(attribution, people, text)
      : inLanguage?.speaker
        ? {
            speaker: inLanguage.speaker,
            confidence: (inLanguage.described === true
              ? 'described'
              : 'named') as SpeakerConfidence,
          }
        : { speaker: null as string | null, confidence: 'none' as SpeakerConfidence };
    if (
      speaker === null &&
      interviewee !== undefined &&
      isInterviewAnswer(text, span.paragraphStart, span.openIndex)
    ) {
      speaker = interviewee;
      confidence = 'resolved';
      rule = 'interview-answer';
    }
    // "…", disse um vizinho: the language rule found someone unnamed, not the previous speaker.
    const unnamedSource =
      inLanguage !== undefined && (inLanguage.speaker === null || inLanguage.described === true);
    const joined =
      kind === 'direct' &&
      !unnamedSource &&
      joinsPrevious(text, previous, previousSpan, span, attribution) &&
      (speaker === null || speaker === previous?.speaker);
    if (!joined) group += 1;
    if (joined && previous) {
      if (speaker === null) {
        speaker = previous.speaker;
        confidence = previous.speakerConfidence;
        rule = 'split-quote';
      }
    } else if (
      speaker === null &&
      // "“…?” one reporter asked": attributed to someone unnamed, so no one else's words.
      attribution === undefined &&
      !unnamedSource &&
      kind === 'direct' &&
      (previous?.kind === 'direct' || previous?.kind === 'partial') &&
      previous.speaker !== null &&
      previousSpan
    ) {
      // AP style: an unattributed quote paragraph right after a quote continues that speaker;
      // so does a full quote after a partial one in its paragraph ("he said it would
      // “reform as well as invest”. “I'm not going to…”").
      const gap = text.slice(previousSpan.paragraphEnd, span.paragraphStart);
      const opensParagraph = text.slice(span.paragraphStart, span.openIndex).trim() === '';
      const sameParagraph = previousSpan.paragraphStart === span.paragraphStart;
      if (sameParagraph || (previous.kind === 'direct' && gap.trim() === '' && opensParagraph)) {
        speaker = previous.speaker;
        confidence = previous.speakerConfidence === 'described' ? 'described' : 'resolved';
        rule = 'continues-previous-quote';
      }
    }
    const quotation: AnalyzedQuotation = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker,
      ...(confidence === 'described' ? { speakerKind: 'description' as const } : {}),
      kind,
      group,
      depth: 0,
      isKey: false,
      speakerConfidence: confidence,
      paragraphStart: span.paragraphStart,
      paragraphEnd: span.paragraphEnd,
      speakerMentions: speaker === null ? 0 : people.mentionCount(speaker),
      ...(rule === undefined ? {} : { attributionRule: rule }),
    };
    if (joined && previous && previous.speaker === null && speaker !== null) {
      for (const member of results)
        if (member.group === group) {
          member.speaker = speaker;
          member.speakerConfidence = confidence;
          if (confidence === 'described') member.speakerKind = 'description';
          member.attributionRule = 'split-quote';
        }
    }
    results.push(quotation);
    // "…,” Quill said on WKRT’s “Sideline Hour.” “…”: a title or a scare quote between two
    // pieces of one speaker's words does not part them.
    if (
      !(kind === 'name' || kind === 'scare') ||
      previous?.paragraphStart !== span.paragraphStart
    ) {
      previous = quotation;
      previousSpan = span;
    }
  });
  creditHeadlineEchoes(text, results, language);
  // Quotes inside quotes keep their own span; their speaker is whoever the outer quote cites.
  for (const span of spans) {
    if (span.depth === 0) continue;
    const container = results.find(
      (quotation) => quotation.start <= span.start && span.end <= quotation.end,
    );
    const content = text.slice(span.start, span.end);
    results.push({
      text: content,
      start: span.start,
      end: span.end,
      speaker: null,
      kind: content.split(/\s+/u).length > 3 ? 'direct' : 'scare',
      group: container?.group ?? 0,
      depth: 1,
      isKey: false,
      speakerConfidence: 'none',
      paragraphStart: span.paragraphStart,
      paragraphEnd: span.paragraphEnd,
      speakerMentions: 0,
    });
  }
  return results.sort((left, right) => left.start - right.start || left.depth - right.depth);
}

/** Every direct, partial, scare and name quotation in the text (see analyzeQuotations). */
export function findQuotations(text: string): Quotation[] {
  return analyzeQuotations(text).map((quotation) => ({
    text: quotation.text,
    start: quotation.start,
    end: quotation.end,
    speaker: quotation.speaker,
    ...(quotation.speakerKind === undefined ? {} : { speakerKind: quotation.speakerKind }),
    kind: quotation.kind,
    group: quotation.group,
    depth: quotation.depth,
    isKey: quotation.isKey,
  }));
}
