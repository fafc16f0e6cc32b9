import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';

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

/**
 * "«…». Foi assim que a diretora, Marta Sequeira, justificou …", "«…». Così il direttore, Luca
 * Ferretti, ha spiegato …", "«…». As palavras são do autarca Rui Vale.", "« … » Ce sont les mots
 * du maire, Jean Roux.": the next sentence frames the quote first and names its speaker before
 * or after the verb. Frames of manner ("Foi assim que", "Così") need a speech verb in the
 * sentence, as "Così la città …" is no credit; frames of words ("As palavras são de") need none.
 */
const frames: Readonly<Record<string, { manner: RegExp; words: RegExp }>> = {
  pt: {
    manner: /^(?:Foi\s+(?:assim|desta\s+forma|com\s+estas\s+palavras)\s+que|Assim)\s/u,
    words:
      /^(?:As\s+palavras\s+(?:são|foram)|A\s+(?:garantia|frase|afirmação|declaração)\s+(?:é|foi)|Palavras)\s+d[eoa]s?\s/u,
  },
  es: {
    manner:
      /^(?:Así\s+(?:se\s+expresó|se\s+ha\s+expresado)|Fue\s+así\s+como|Con\s+estas\s+palabras)\s/u,
    words:
      /^(?:Las\s+palabras\s+(?:son|fueron)|La\s+frase\s+(?:es|fue)|Palabras)\s+de(?:l|\s+la|\s+los)?\s/u,
  },
  it: {
    manner: /^(?:Così|È\s+quanto|Con\s+queste\s+parole)\s/u,
    words: /^(?:(?:Sono\s+le\s+)?[Pp]arole)\s+d(?:i|el|ella|ello|ei)\s/u,
  },
  fr: {
    manner: /^(?:C['’]est\s+ainsi\s+que|Ainsi)\s/u,
    words:
      /^(?:Ce\s+sont\s+les\s+(?:mots|propos)|Tels\s+sont\s+les\s+propos|Propos|Les\s+mots\s+sont)\s+d(?:e|u|es|['’])\s?/u,
  },
};

export function nextSentenceFrame(context: LatinContext): string | undefined {
  const frame = frames[context.lexicon.language];
  if (frame === undefined) return undefined;
  const { text, before, lexicon } = context;
  if (text.slice(before.from, before.to).trim() !== '') return undefined;
  const sentence = nextSentence(context);
  if (sentence === undefined) return undefined;
  const written = text.slice(sentence.from, sentence.to);
  const words = frame.words.exec(written);
  const manner = words === null ? frame.manner.exec(written) : null;
  const opening = words ?? manner;
  if (opening === null) return undefined;
  if (manner !== null) {
    const lower = written.toLowerCase();
    const spoken = lexicon.speechVerbs.some((verb) =>
      new RegExp(
        String.raw`(?<![\p{L}])${verb.replace(/ /gu, String.raw`\s+`)}(?![\p{L}])`,
        'u',
      ).test(lower),
    );
    if (!spoken) return undefined;
  }
  return namesOutsideQuotes(context, sentence.from + opening[0].length, sentence.to)[0]?.name;
}
