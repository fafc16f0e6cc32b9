import type { LatinContext } from './latin-context.ts';

/**
 * A quote that is its own sentence, credited by the next one: "«…». Así lo explicó ayer la
 * concejala de Urbanismo, Begoña Quirós, en el pleno.", "«…». Lo ha spiegato l'assessore allo
 * Sport, Cosimo Guccione.", "«…». Assim o afirmou o presidente da câmara, Rui Vale.", "« … »
 * C'est ce qu'a déclaré la maire, Anne Hidalgo." The next sentence opens with a pronoun for
 * the quote ("lo", "o", "ce que") before its verb; the speaker is read after the verb as after
 * a quote.
 */
const credits: Readonly<Record<string, RegExp>> = {
  es: /^(?:Así\s+)?(?:lo|Lo)\s+(?=\p{Ll})/u,
  it: /^(?:Così\s+)?(?:lo|Lo|l['’]|L['’])\s*(?=(?:ha|hanno)\s|\p{Ll})/u,
  pt: /^(?:Assim\s+)?(?:o|O)\s+(?=\p{Ll})/u,
  fr: /^(?:C['’]est\s+(?:du\s+moins\s+|en\s+tout\s+cas\s+)?ce\s+qu['’]|Ainsi\s+(?:s['’]exprim\p{L}+|parl\p{L}+)\s+)(?=\p{L})/u,
};

/** Where the words after the quote's sentence start and their sentence ends. */
function nextSentence(context: LatinContext): { from: number; to: number } | undefined {
  const { text, span, after } = context;
  // "« Les travaux dureront un an. » C'est ce qu'a déclaré …": the quote ended its sentence.
  const closedInside = /[.!?…]\s*$/u.test(text.slice(span.openIndex, span.closeIndex));
  const start = closedInside ? after.from : after.to;
  if (!closedInside && !/^[\s.!?…]*$/u.test(text.slice(after.from, after.to))) return undefined;
  const from = start + (/^\s*/u.exec(text.slice(start))?.[0].length ?? 0);
  const end = /[.!?…](?=\s|$)/u.exec(text.slice(from, span.paragraphEnd));
  return end === null ? undefined : { from, to: from + end.index + 1 };
}

/**
 * The speaker the next sentence credits, read by `afterVerb` (the reading of "«…», dijo X")
 * over that sentence from its verb; undefined when the quote is not credited this way.
 */
export function nextSentenceCredit<Result>(
  context: LatinContext,
  afterVerb: (context: LatinContext) => Result | undefined,
): Result | undefined {
  const pattern = credits[context.lexicon.language];
  if (pattern === undefined) return undefined;
  const { text, before } = context;
  if (text.slice(before.from, before.to).trim() !== '') return undefined;
  const sentence = nextSentence(context);
  if (sentence === undefined) return undefined;
  const credit = pattern.exec(text.slice(sentence.from, sentence.to));
  if (credit === null) return undefined;
  // "Assim o afirmou", not "O presidente disse …": a speech verb right after the pronoun.
  const rest = text.slice(sentence.from + credit[0].length, sentence.to).toLowerCase();
  const verb = context.lexicon.speechVerbs.some(
    (candidate) => rest.startsWith(candidate) && !/^\p{L}/u.test(rest.slice(candidate.length)),
  );
  if (!verb) return undefined;
  return afterVerb({
    ...context,
    after: { from: sentence.from + credit[0].length, to: sentence.to },
  });
}
