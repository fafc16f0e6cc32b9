import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';
import { escapePhrase } from '../../text/escape-pattern.ts';

/**
 * The attribution written inside one pair of quotation marks, as French, Spanish, Italian and
 * Portuguese papers do: « Nous n'avons pas le choix, explique Marie Dupont, la directrice. Il
 * faut agir vite. » / "No queremos — dijo Ortega —, pero …". The incise is the reporter's
 * words: the span becomes two quoted pieces of the same speaker, each verbatim, and the incise
 * between them is read like an attribution after a closing mark.
 */

const cache = new Map<SpeechLexicon, RegExp>();
const narratorCache = new Map<SpeechLexicon, RegExp | undefined>();

/** Languages whose papers set the narrator's incise between rayas inside the quotation marks. */
const rayaIncises = new Set(['es', 'pt']);

/** ", explique Marie" / " — dijo el portavoz" / " - ha detto il sindaco": a delimiter, then a speech verb. */
function inciseOpening(lexicon: SpeechLexicon): RegExp {
  const cached = cache.get(lexicon);
  if (cached !== undefined) return cached;
  const verbs = [...lexicon.speechVerbs]
    .sort((left, right) => right.length - left.length)
    .map(escapePhrase)
    .join('|');
  const subjects = [...lexicon.articles, ...lexicon.titles]
    .sort((left, right) => right.length - left.length)
    .map(escapePhrase)
    .join('|');
  const inverted = lexicon.invertedPronoun ?? '(?!)';
  // After the verb, someone: a capitalised word, an article or an office ("dijo el portavoz");
  // or no one, the verb alone between the marks ("— explicó —", ", dice,").
  const pattern = new RegExp(
    String.raw`(,|\s[—–]|[—–]|\s-(?=\s))\s*(?:${inverted}|(?:${verbs})(?:\s+(?=\p{Lu}|(?:${subjects})(?![\p{L}]))|\s*(?=[—–,])))`,
    'giu',
  );
  cache.set(lexicon, pattern);
  return pattern;
}

/**
 * "“El próximo técnico —adelantó Ferreyra— tiene que …”": Spanish and Portuguese set the
 * narrator's words inside a quotation between two rayas, a verb then its subject. A lower-case
 * word of four letters or more right after the raya, neither a preposition nor an article, then
 * a capitalised word, opens such an incise whether or not the lexicon lists the verb (resumeAfter
 * still needs the closing raya). Case-sensitive, unlike the lexicon's pattern.
 */
function narratorIncise(lexicon: SpeechLexicon): RegExp | undefined {
  if (narratorCache.has(lexicon)) return narratorCache.get(lexicon);
  const functionWords = [...lexicon.prepositions, ...lexicon.articles].map(escapePhrase).join('|');
  const pattern = rayaIncises.has(lexicon.language)
    ? new RegExp(
        String.raw`(\s[—–]|[—–])\s*(?!(?:${functionWords})(?![\p{L}]))\p{Ll}{4,}(?=\s+\p{Lu})`,
        'gu',
      )
    : undefined;
  narratorCache.set(lexicon, pattern);
  return pattern;
}

/** Where the quotation resumes after an incise that starts at `from`, or undefined. */
function resumeAfter(
  text: string,
  from: number,
  end: number,
  dash: boolean,
  lexicon: SpeechLexicon,
): number | undefined {
  const rest = text.slice(from, Math.min(end, from + 200));
  if (dash) {
    // "- ha detto il sindaco -. Ora …": Italian agency copy writes the dashes as hyphens.
    const close = /(?:[—–]|\s-(?=[\s,.;]))[\s,.;]*/u.exec(rest);
    return close === null ? undefined : from + close.index + close[0].length;
  }
  // The incise is short and the sentence resumes after a comma (« Je crois, dit-il, que … »,
  // « Quand on perd, a lâché le capitaine, on se tait. ») unless what follows the comma is an
  // apposition to the speaker (« …, explique Marie Dupont, la directrice. Il faut … ») …
  const comma = /^[^,.!?]{0,60},\s*/u.exec(rest);
  const sentence = /[.!?]\s+(?=\p{Lu})/u.exec(rest);
  const resumed = comma === null ? '' : rest.slice(comma[0].length);
  // « …, explique le lieutenant X, du centre de secours de Lorient. Il a fallu … »: a
  // complement that runs to the sentence's end without another comma is the speaker's too.
  const complementToSentenceEnd =
    startsWithWord(resumed, lexicon.prepositions) && /^[^,!?]*?[.!?]\s+\p{Lu}/u.test(resumed);
  const apposition =
    /^\p{Lu}/u.test(resumed) ||
    startsWithWord(resumed, [...lexicon.articles, ...lexicon.titles]) ||
    complementToSentenceEnd;
  if (comma !== null && !apposition && (sentence === null || comma[0].length <= sentence.index))
    return from + comma[0].length;
  // … or the incise ends its sentence and the quotation goes on with the next one.
  if (sentence !== null) return from + sentence.index + sentence[0].length;
  return undefined;
}

function startsWithWord(text: string, list: readonly string[]): boolean {
  const first = /^[\p{L}'’.-]+/u.exec(text)?.[0]?.toLowerCase() ?? '';
  return list.some((word) => word === first || (/['’]$/u.test(word) && first.startsWith(word)));
}

/** The two pieces of a span with an incise inside its marks, or the span itself. */
function splitSpan(text: string, span: QuoteSpan, lexicon: SpeechLexicon): QuoteSpan[] {
  if (span.depth !== 0 || span.continuesInNextParagraph || span.continuesFromPreviousParagraph)
    return [span];
  const content = text.slice(0, span.end);
  const patterns = [inciseOpening(lexicon), narratorIncise(lexicon)];
  for (const pattern of patterns) {
    if (pattern === undefined) continue;
    pattern.lastIndex = span.start;
    const split = firstSplit(text, span, lexicon, pattern, content);
    if (split !== undefined) return split;
  }
  return [span];
}

/** The span split at the first incise `pattern` finds in it, or undefined. */
function firstSplit(
  text: string,
  span: QuoteSpan,
  lexicon: SpeechLexicon,
  pattern: RegExp,
  content: string,
): QuoteSpan[] | undefined {
  for (let match = pattern.exec(content); match !== null; match = pattern.exec(content)) {
    // The delimiter is the comma or the dash itself, not the space before " — dijo …".
    const opening = match[1] ?? ',';
    const delimiter = match.index + match[0].indexOf(opening) + opening.length - 1;
    const firstEnd = text.slice(span.start, delimiter).trimEnd().length + span.start;
    if (firstEnd - span.start < 3) continue;
    const resume = resumeAfter(
      text,
      match.index + match[0].length,
      span.end,
      match[1] !== ',',
      lexicon,
    );
    if (resume === undefined || span.end - resume < 8) continue;
    const first: QuoteSpan = {
      ...span,
      end: firstEnd,
      closeIndex: delimiter,
      closeEnd: delimiter + 1,
    };
    const second: QuoteSpan = {
      ...span,
      start: resume,
      openIndex: resume - 1,
      resumesAfterIncise: true,
    };
    return [first, ...splitSpan(text, second, lexicon)];
  }
  return undefined;
}

/** Every span, with those holding an incise split in two (outer spans only). */
export function splitIncises(
  text: string,
  spans: readonly QuoteSpan[],
  lexicon: SpeechLexicon | undefined,
): QuoteSpan[] {
  if (lexicon === undefined) return [...spans];
  return spans.flatMap((span) => splitSpan(text, span, lexicon));
}
