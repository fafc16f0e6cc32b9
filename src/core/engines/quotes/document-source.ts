import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { lastSentenceStart, type LatinContext } from './latin-context.ts';
import { escapePhrase } from '../../text/escape-pattern.ts';

/**
 * "«…», dice la misiva, promovida por la Red Colombiana de Investigadores Jóvenes", "“…”, si
 * legge in una nota dell'Agenzia spaziale italiana", "«…», lê-se na nota da associação" after
 * "A Deco reagiu em comunicado", "El documento advierte … y pide “…”": in French, Spanish,
 * Portuguese and Italian copy a written text (a letter, a statement, a note) can be the subject
 * that speaks. Its words are its author's: the body named after the document ("por / dell' /
 * par …"), else the author of the last document the text introduced, else the subject of the
 * sentence that said the body issued one ("A Deco reagiu em comunicado"). Never the last person
 * named, whom such a sentence does not point back to.
 */

const documentNouns: Readonly<Record<string, readonly string[]>> = {
  fr: ['communiqué', 'lettre', 'note', 'courrier', 'document', 'déclaration', 'missive', 'texte'],
  es: ['comunicado', 'carta', 'misiva', 'nota', 'documento', 'escrito', 'declaración', 'texto'],
  pt: ['comunicado', 'carta', 'missiva', 'nota', 'documento', 'declaração', 'texto'],
  it: ['nota', 'comunicato', 'lettera', 'documento', 'missiva', 'dichiarazione', 'testo'],
};

/** The impersonal "one reads" before "in a note": no person is its subject. */
const readingVerbs: Readonly<Record<string, readonly string[]>> = {
  fr: ['peut-on lire', 'on peut lire', 'lit-on', 'pouvait-on lire'],
  es: ['se lee', 'puede leerse', 'se puede leer'],
  pt: ['lê-se', 'pode ler-se', 'pode-se ler'],
  it: ['si legge', 'si leggeva'],
};

/** "in / en / dans / na" before the document the words are read in. */
const inWords: Readonly<Record<string, string>> = {
  fr: 'dans',
  es: 'en',
  pt: '(?:em|na|no|numa|num)',
  it: '(?:in|nella|nel)',
};

/** "by" and "of" before a document's author: "promovida por la", "dell'", "par le", "da". */
const authorWords: Readonly<Record<string, string>> = {
  fr: String.raw`(?:par|de|du|des|d['’])`,
  es: String.raw`(?:por|de|del)`,
  pt: String.raw`(?:por|pelo|pela|de|do|da)`,
  it: String.raw`(?:da|dal|dalla|dallo|di|del|della|dello|dell['’]|dall['’])`,
};

/** A participle that ends an author's name ("del Ministerio publicada ayer"). */
const participle = /^\p{Ll}+(?:ad[oa]s?|at[oa]|it[oa]|id[oa]s?|ée?s?)$/u;

const list = (words: readonly string[]): string => words.map(escapePhrase).join('|');

function articlePattern(lexicon: SpeechLexicon): string {
  const articles = [...lexicon.articles, ...(lexicon.indefiniteArticles ?? [])];
  return String.raw`(?:(?:${list(articles)})\s+|(?:${list(articles)})(?<=['’]))`;
}

/**
 * The capitalised author named right after a document noun ("…, promovida por la Red …",
 * "dell'Agenzia spaziale italiana, che …"), up to a comma, a relative pronoun or a participle.
 */
function authorAfter(text: string, at: number, lexicon: SpeechLexicon): string | undefined {
  const by = authorWords[lexicon.language];
  if (by === undefined) return undefined;
  const phrase = new RegExp(
    String.raw`^(?:,?\s+\p{Ll}+)?\s*${by}(?:\s+|(?<=['’]))(?:${articlePattern(lexicon)})?(\p{Lu}[^,.;:!?«»“”"()\n]*)`,
    'u',
  ).exec(text.slice(at, at + 160));
  if (phrase === null) return undefined;
  const words = (phrase[1] ?? '').trim().split(/\s+/u);
  const kept: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if ((lexicon.relativePronouns ?? []).includes(lower) || participle.test(word)) break;
    if (kept.length >= 7) return undefined;
    kept.push(word);
  }
  while (kept.length > 1 && /^\p{Ll}/u.test(kept.at(-1) ?? '')) {
    const last = (kept.at(-1) ?? '').toLowerCase();
    if (!lexicon.prepositions.includes(last) && !lexicon.articles.includes(last)) break;
    kept.pop();
  }
  return kept.length === 0 ? undefined : kept.join(' ');
}

/** "A Deco reagiu em comunicado": the capitalised subject of a sentence naming a document. */
function issuerOf(sentence: string, lexicon: SpeechLexicon, nouns: string): string | undefined {
  if (!new RegExp(String.raw`(?<![\p{L}])(?:${nouns})(?![\p{L}])`, 'iu').test(sentence))
    return undefined;
  const articles = list(lexicon.definiteArticles);
  const subject = new RegExp(
    String.raw`^\s*(?:(?:${articles})\s+|(?:${articles})(?<=['’]))?(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)*)\s+\p{Ll}`,
    'u',
    // "A Deco", "L'Ordre": only an opening article's own capital is lowered.
  ).exec(
    sentence.replace(/^\s*(\p{L}+['’]?)/u, (word) =>
      lexicon.definiteArticles.includes(word.trim().toLowerCase()) ? word.toLowerCase() : word,
    ),
  )?.[1];
  if (subject === undefined) return undefined;
  const lower = subject.toLowerCase();
  return lexicon.articles.includes(lower) || lexicon.prepositions.includes(lower)
    ? undefined
    : subject;
}

/**
 * "Em nota, o Sindicato dos Rodoviários afirmou …", "En un comunicado difundido ayer, el comité
 * de empresa pidió …": the document opens the sentence as a circumstance, and the subject after
 * its comma issued it. A capitalised body is its name; a lower-case one is shown as written,
 * with its article, up to the speech verb.
 */
function subjectAfterDocumentPhrase(
  sentence: string,
  lexicon: SpeechLexicon,
  nouns: string,
): string | undefined {
  const opening = new RegExp(
    String.raw`(?<![\p{L}])(?:${nouns})(?![\p{L}])[^,.;:!?«»“”"]{0,60},\s*`,
    'iu',
  ).exec(sentence);
  // "18h30 – Em nota,", "Dans un communiqué publié lundi,": a short opening, no comma before.
  const prefix = opening === null ? '' : sentence.slice(0, opening.index);
  if (opening === null || prefix.includes(',') || prefix.trim().length > 40) return undefined;
  const tail = sentence.slice(opening.index + opening[0].length);
  const verbs = list(lexicon.speechVerbs);
  const articles = list(lexicon.definiteArticles);
  const clause = new RegExp(
    String.raw`^(?:${articles})(?:\s+|(?<=['’]))((?:[\p{L}'’-]+\s+){1,8}?)(?:${verbs})(?![\p{L}])`,
    'iu',
  ).exec(tail);
  if (clause === null) return undefined;
  const subject = (clause[1] ?? '').trim();
  // "l'association Rives Vivantes": a generic noun before the body's name is no part of it.
  const named = /(?:^|\s)(\p{Lu}.*)$/u.exec(subject)?.[1];
  if (named !== undefined) return named;
  return tail.slice(0, tail.indexOf(subject) + subject.length);
}

/** The author of the last document the text introduced before `before`, within ~two paragraphs. */
function earlierAuthor(context: LatinContext, before: number, nouns: string): string | undefined {
  const { text, lexicon } = context;
  const from = Math.max(0, before - 1200);
  const mentions = [
    ...text
      .slice(from, before)
      .matchAll(new RegExp(String.raw`(?<![\p{L}])(?:${nouns})(?![\p{L}])`, 'giu')),
  ];
  for (const mention of mentions.reverse()) {
    const at = from + mention.index;
    const named = authorAfter(text, at + mention[0].length, lexicon);
    if (named !== undefined) return named;
    const start = lastSentenceStart(text, Math.max(0, at - 300), at, lexicon);
    const issuer =
      issuerOf(text.slice(start, at + mention[0].length), lexicon, nouns) ??
      subjectAfterDocumentPhrase(text.slice(start, before), lexicon, nouns);
    if (issuer !== undefined) return issuer;
  }
  return undefined;
}

export function documentSource(context: LatinContext): string | null | undefined {
  const { text, lexicon, after, before, span } = context;
  const documents = documentNouns[lexicon.language];
  if (documents === undefined) return undefined;
  const nouns = list(documents);
  const article = articlePattern(lexicon);
  // "«…», dice la misiva", "“…”, si legge in una nota": the document speaks after the quote.
  const verbs = list([...lexicon.speechVerbs, ...(readingVerbs[lexicon.language] ?? [])]);
  const afterQuote = new RegExp(
    String.raw`^[\s,]*(?:${verbs})\s+(?:${inWords[lexicon.language] ?? ''}\s+)?(?:${article})?(?:${nouns})(?![\p{L}])`,
    'iu',
  ).exec(text.slice(after.from, after.to));
  if (afterQuote !== null) {
    const end = after.from + afterQuote[0].length;
    // The document that speaks here ("diz o texto") is not the one that introduced it.
    // A text with no author found is still no person named before: the speaker stays unknown.
    return authorAfter(text, end, lexicon) ?? earlierAuthor(context, span.openIndex, nouns) ?? null;
  }
  // "El documento advierte que … y pide al Congreso “…”": the document opens the sentence.
  const sentence = text.slice(before.from, span.openIndex);
  const opening = new RegExp(
    String.raw`^\s*(?:${list(lexicon.definiteArticles)})\s*(?:${nouns})\s`,
    'iu',
  );
  const speaks = new RegExp(
    String.raw`(?<![\p{L}])(?:${list(lexicon.speechVerbs)})(?![\p{L}])`,
    'iu',
  );
  if (!opening.test(sentence) || !speaks.test(sentence)) return undefined;
  return earlierAuthor(context, before.from, nouns);
}
