import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { lexiconFor } from '../../text/lexicon/index.ts';
import { cjkAttribution } from './cjk-attribution.ts';
import {
  lastSentenceStart,
  latinContext,
  namesOutsideQuotes,
  previousPerson,
  pronounGender,
  type LatinContext,
} from './latin-context.ts';
import { describedSubjectStretches } from './circumstance-phrase.ts';
import { definiteSubjectSentence } from './definite-subject-sentence.ts';
import { reportedSpeechSentence } from './reported-speech-sentence.ts';
import { pronounAfterDescription } from './pronoun-after-description.ts';
import { describedBeforePronoun } from './pronoun-after-described-speaker.ts';
import { impersonalSource } from './impersonal-source.ts';
import { germanicSubjectlessClause } from './germanic-subjectless-clause.ts';
import { roleNounHolder } from './germanic-role-antecedent.ts';
import { definiteNewcomer } from './germanic-definite-newcomer.ts';
import { splitVerbBeforeWovenQuote } from './split-verb-before-woven-quote.ts';
import { pointingSubjectSentence } from './pointing-subject-sentence.ts';
import { germanicPronounSubjectSentence } from './germanic-pronoun-subject-sentence.ts';
import { nameAfterOrganisation } from './name-after-organisation.ts';
import { describedByIndefiniteArticle } from './described-by-indefinite-article.ts';
import { describedSource } from './described-source.ts';
import { bodySpeaker } from './body-noun-speaker.ts';
import { acronymSubject } from './acronym-subject.ts';
import { wovenBeforeClosingVerb } from './woven-before-closing-verb.ts';
import { separableVerbSubject } from './separable-verb-subject.ts';
import { documentSource } from './document-source.ts';
import { speechVerbEarlierInSentence } from './speech-verb-earlier-in-sentence.ts';
import { subjectPointsBack } from './germanic-subject-points-back.ts';
import { nextSentenceCredit, nextSentenceFrame } from './next-sentence-credit.ts';
import { personOfRolePhrase, pointedBackSpeaker } from './role-noun-antecedent.ts';
import { speechNounCredit } from './speech-noun-credit.ts';
import { pluralGroupSubject } from './plural-group-subject.ts';
import { pronounGenderBeforeQuote } from './pronoun-in-sentence-before.ts';
import { accordingToBefore } from './according-to-before-quote.ts';
import { appositiveName, singleName } from './single-name.ts';
import { subjectAfterOpeningClause, subjectlessClause } from './opening-clause-subject.ts';
import type { AttributionBounds } from './attribute-speaker.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';
import { phraseAlternatives, startsWithPhrase } from '../../text/escape-pattern.ts';
import { germanicFrameRules } from './germanic-frame-rules.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';

/**
 * Speakers of quotes in languages other than English, by an ordered list of named rules built
 * from each language's lexicon. The first rule that names someone wins, and the quotation
 * carries that rule's name (so a wrong speaker can be traced to the rule that gave it).
 */

export interface LanguageAttribution {
  /** The person's name, or null when the rule found the speaker is unnamed. */
  speaker: string | null;
  rule: string;
  /** The speaker is someone unnamed, shown as the text describes them ("ein Stammgast", "una vecina de …"). */
  described?: true;
}

/** "la funcionaria", "der 52-Jährige", "ao PÚBLICO": no new subject, so the last person spoke. */
function pointsBack(rest: string, lexicon: SpeechLexicon): boolean {
  const elided = lexicon.definiteArticles.filter((article) => /['’]$/u.test(article));
  const elidedArticle =
    elided.length > 0 &&
    new RegExp(`^\\s*(?:${phraseAlternatives(elided)})\\p{L}`, 'iu').test(rest);
  // "declarou, em resposta a uma pergunta", "dijo, en rueda de prensa": a circumstance, no subject.
  const circumstance = lexicon.circumstancePrepositions ?? [];
  const circumstanceAfterComma =
    circumstance.length > 0 &&
    new RegExp(String.raw`^\s*,\s*(?:${phraseAlternatives(circumstance)})\s`, 'iu').test(rest);
  return (
    startsWithPhrase(rest, lexicon.definiteArticles) ||
    elidedArticle ||
    startsWithPhrase(rest, lexicon.prepositions) ||
    // "recuerda mientras aviva el fuego", "conta enquanto amassa": a clause of when.
    startsWithPhrase(rest, circumstance) ||
    circumstanceAfterComma
  );
}

/**
 * "contou, emocionada." / "lamentó, visiblemente afectado." / "racconta commossa.": after the
 * verb only how it was said (a participle, an adjective, an adverb), no subject; nothing at all
 * counts too. An article anywhere would bring in someone else ("sagte eine Nachbarin").
 */
function mannerOnly(rest: string, lexicon: SpeechLexicon): boolean {
  const words = rest.match(/[\p{L}'’-]+/gu) ?? [];
  // "dice, guardando i cancelli": a gerund's clause, whatever it holds.
  const gerund = /^[\s,]*(\p{Ll}+?)(?:si|se|lo|la|le|os|as)?(?![\p{L}])/u.exec(rest)?.[1] ?? '';
  if ((lexicon.gerundEndings ?? []).some((ending) => gerund.endsWith(ending))) return true;
  return (
    !/[\p{Lu}\p{N}«»"“”„‘’:]/u.test(rest) &&
    words.length <= 4 &&
    !words.some((word) => lexicon.articles.includes(word) || lexicon.pronouns.includes(word))
  );
}

/** A name, a description of someone unnamed, null for someone unnamed and undescribed. */
type Rule = (context: LatinContext) => string | { described: string } | null | undefined;

function described(text: string, from: number, to: number, lexicon: SpeechLexicon) {
  const description = describedSource(text, from, to, lexicon);
  return description === undefined ? undefined : { described: description };
}

/** The name stands inside the description that opens text at `from`, after its noun. */
function inside(
  text: string,
  from: number,
  opening: { described: string },
  named: { index: number },
): boolean {
  const start = text.indexOf(opening.described, from);
  return start >= 0 && named.index > start && named.index < start + opening.described.length;
}

/** «…», a déclaré X / „…“, sagte X / «…», ha aggiunto Basile / ‘…’, aldus Wiersma. */
const verbAfterQuote: Rule = (context) => {
  const { text, lexicon, after } = context;
  const window = text.slice(after.from, after.to);
  const verbs = phraseAlternatives([...lexicon.speechVerbs, ...lexicon.accordingTo]);
  const inverted = lexicon.invertedPronoun;
  // "raconte-t-elle", "dijo ella": a pronoun's gender rules out the last person of the other.
  const lastPerson = (phrase = '') =>
    previousPerson(
      context,
      context.span.openIndex,
      pronounGender(phrase, lexicon) ?? pronounGenderBeforeQuote(context),
    );
  if (inverted !== undefined && new RegExp(String.raw`^[\s,]*${inverted}`, 'u').test(window))
    return pointedBackSpeaker(context, '', () => lastPerson(window));
  const verb = new RegExp(
    String.raw`^[\s,]*(?:[\p{L}-]+\s+){0,1}?(?:${verbs})(?![\p{L}])`,
    'iu',
  ).exec(window);
  // "laat een woordvoerder van de gemeente weten": the subject between the verb's two parts.
  const split =
    verb === null ? separableVerbSubject(text, after.from, after.to, lexicon) : undefined;
  if (verb === null && split === undefined) return undefined;
  // "disse ainda a ministra", "dijo además el alcalde": an adverb before the subject.
  const adverb =
    verb === null
      ? null
      : new RegExp(
          String.raw`^\s*(?:${phraseAlternatives(lexicon.sentenceAdverbs ?? [])})(?=\s+(?:${phraseAlternatives(lexicon.definiteArticles)})(?:\s|(?<=['’])))`,
          'iu',
        ).exec(window.slice(verb[0].length));
  // "indique de son côté l'ARS", "dijo por su parte el alcalde": the contrast is no subject.
  const verbEnd = (verb?.[0].length ?? 0) + (adverb?.[0].length ?? 0);
  const ownPart =
    verb === null || (lexicon.ownPartPhrases ?? []).length === 0
      ? null
      : new RegExp(
          String.raw`^[\s,]*(?:${phraseAlternatives(lexicon.ownPartPhrases ?? [])})(?![\p{L}])[\s,]*`,
          'iu',
        ).exec(window.slice(verbEnd));
  const restFrom = split?.from ?? after.from + verbEnd + (ownPart?.[0].length ?? 0);
  const restTo = split?.to ?? after.to;
  const rest = text.slice(restFrom, restTo);
  if (startsWithPhrase(rest, lexicon.pronouns))
    return (
      describedBeforePronoun(context) ?? pointedBackSpeaker(context, '', () => lastPerson(rest))
    );
  // „…“, heißt es aus der Landeswarnzentrale: no person spoke; the body named after it did.
  const impersonal = impersonalSource(context, verb?.[0] ?? '', rest);
  if (impersonal !== undefined) return impersonal;
  // "il primo cittadino durante una conferenza stampa a Ca' Farsetti": the place is no speaker.
  const stretches = describedSubjectStretches(text, restFrom, restTo, lexicon);
  const named = stretches.flatMap((part) => namesOutsideQuotes(context, part.from, part.to))[0];
  // "escrevem os chefes de equipa no documento, a que o Correio … teve acesso": a group speaks.
  const group = verb === null ? undefined : pluralGroupSubject(verb[0], rest, lexicon);
  if (group !== undefined) return group;
  // "se quejaba un vecino de la calle del Pilar": a name inside the description's complement.
  const opening = named === undefined ? undefined : described(text, restFrom, restTo, lexicon);
  if (opening !== undefined && named !== undefined && inside(text, restFrom, opening, named))
    return opening;
  if (named !== undefined) return named.name;
  const single = singleName(rest, lexicon);
  if (single !== undefined) return single;
  // "meldt KNMI", "teilte der ADAC mit": an organisation's letters.
  const letters = acronymSubject(rest, lexicon);
  if (letters !== undefined) return letters;
  const organisation = nameAfterOrganisation(text, restFrom, stretches[0]?.to ?? restTo, lexicon);
  if (organisation !== undefined) return organisation.name;
  // "témoigne un ancien collègue de la victime, venu …": someone unnamed, as described.
  const source = described(text, restFrom, restTo, lexicon);
  if (source !== undefined)
    return appositiveName(text, restFrom, restTo, source, lexicon) ?? source;
  // "aldus het bedrijf", "teilte der Verband mit": a body, never the last person named.
  const body = bodySpeaker(context, rest, context.span.openIndex);
  if (body !== undefined) return body;
  // No subject after the verb ("ha assicurato.", "disse ao PÚBLICO", "agregó la funcionaria"):
  // the last person named spoke. An indefinite one ("sagte ein Sprecher") is someone unnamed.
  if (mannerOnly(rest, lexicon) || pointsBack(rest, lexicon))
    return (
      roleNounHolder(context, rest) ??
      definiteNewcomer(context, rest) ??
      pointedBackSpeaker(context, rest, lastPerson)
    );
  return startsWithPhrase(rest, lexicon.articles) ? null : undefined;
};

/** „…“, meint ein Stammgast, der … / Ein Schulleiter aus …, sagte: „…“ / Een badmeester die …. ‘…’ */
const describedSourceRule: Rule = (context) => {
  const { text, lexicon, after, before, previousSentence } = context;
  const window = text.slice(after.from, after.to);
  const verbs = phraseAlternatives(lexicon.speechVerbs);
  const verb = new RegExp(String.raw`^[\s,]*(?:${verbs})(?![\p{L}])`, 'iu').exec(window);
  const stretches = [
    verb === null
      ? separableVerbSubject(text, after.from, after.to, lexicon)
      : { from: after.from + verb[0].length, to: after.to },
    text.slice(before.from, before.to).trim() === '' ? previousSentence : before,
  ];
  for (const stretch of stretches) {
    if (stretch === undefined) continue;
    const described = describedByIndefiniteArticle(
      text.slice(stretch.from, stretch.to),
      lexicon.language,
    );
    // "Eine Schichtarbeiterin aus Wolfsburg, Sabine Kowalczyk, berichtet": the name wins.
    if (
      described !== undefined &&
      namesOutsideQuotes(context, stretch.from, stretch.to).length === 0
    )
      return described;
  }
  return undefined;
};

/** X a affirmé : «…» / Er erklärte: „…“ / El alcalde, Lluís Ferrer, afirmó: «…». */
const colonBeforeQuote: Rule = (context) => {
  const { text, lexicon, before, span } = context;
  if (!/:\s*$/u.test(text.slice(before.from, before.to))) return undefined;
  const own = colonClause(context, before.from);
  if (own !== undefined) return own;
  // "X calificó el acuerdo de “chapuza” y retó al Gobierno …: “…”": a short quote earlier in
  // the sentence cut the clause; its subject opens the sentence.
  const start = lastSentenceStart(text, span.paragraphStart, before.from, lexicon);
  return start < before.from ? colonClause(context, start) : undefined;
};

function colonClause(context: LatinContext, from: number): ReturnType<Rule> {
  const { text, lexicon, before } = context;
  const window = text.slice(from, before.to).trimEnd();
  if (startsWithPhrase(window, lexicon.pronouns)) return previousPerson(context, from);
  // "Interrogé sur le message passé …, il a souri :", "Questionado …, o governante respondeu:":
  // a participle's or a circumstance's clause opens the sentence; the subject follows its comma.
  const subject = subjectAfterOpeningClause(window, lexicon);
  if (subject !== undefined && startsWithPhrase(subject, lexicon.pronouns))
    return previousPerson(context, from);
  const named =
    namesOutsideQuotes(context, from, before.to)[0]?.name ??
    nameAfterOrganisation(text, from, before.to, lexicon)?.name;
  if (named !== undefined) return named;
  // "NS laat in een verklaring weten:": an organisation's letters.
  const letters = acronymSubject(window, lexicon);
  if (letters !== undefined) return letters;
  // "Het bedrijf laat weten:": a body, never the last person named.
  const body = bodySpeaker(context, window, from);
  if (body !== undefined) return body;
  // "Anfang Mai hatte er gewarnt:", "Der Entdecker bleibt bescheiden:": the person named before.
  if (subjectPointsBack(window, lexicon)) return previousPerson(context, from);
  // "Dans les tribunes, un abonné de longue date résumait : …": the clause's subject, unnamed.
  const clause = /^(?:[^,]*,)?/u.exec(window)?.[0].length ?? 0;
  return (
    // "Uma enfermeira do serviço, que pediu anonimato, desabafou: …": the subject opens it.
    described(text, from, before.to, lexicon) ??
    described(text, from + clause, before.to, lexicon) ??
    // "La alcaldesa lo resumió así: «…»": the holder of the office the text named before.
    personOfRolePhrase(context, window, from) ??
    personOfRolePhrase(context, window.slice(clause), from) ??
    (subject === undefined ? undefined : personOfRolePhrase(context, subject, from)) ??
    // "E ancora: …", "Sulla possibilità di un intervento è stato netto: …": no subject at all.
    (subjectlessClause(window, lexicon) || germanicSubjectlessClause(window, lexicon, text)
      ? previousPerson(context, from)
      : undefined)
  );
}

/** X dijo, «…» / X verklaarde ‘…’: a speech verb between the speaker and the quote. */
const verbBeforeQuote: Rule = (context) => {
  const { text, lexicon, before } = context;
  const window = text.slice(before.from, before.to);
  const verb = new RegExp(
    String.raw`(?<![\p{L}])(?:${phraseAlternatives(lexicon.speechVerbs)})(?![\p{L}])[^.!?]{0,40}$`,
    'iu',
  ).exec(window);
  if (verb === null) return undefined;
  if (startsWithPhrase(window, lexicon.pronouns)) return previousPerson(context, before.from);
  // „…“, betonte sie, „und …“: an incise between two quotes; its pronoun points back.
  const incise = new RegExp(String.raw`^[\s,–—]*$`, 'u').test(window.slice(0, verb.index));
  const pronounOnly = new RegExp(
    String.raw`^\S+\s+(?:${phraseAlternatives(lexicon.pronouns)})[\s,]*$`,
    'iu',
  );
  if (incise && pronounOnly.test(window.slice(verb.index).trim()))
    return previousPerson(context, before.from);
  return namesOutsideQuotes(context, before.from, before.from + verb.index)[0]?.name;
};

/**
 * "Directeur Linda Smit is trots. ‘…’" / "Der Forscher Henrik Lorenz sieht … »…«": a quote that
 * stands as its own sentence, with nothing said after it, after a sentence about someone.
 */
const previousSentenceSubject: Rule = (context) => {
  const { text, before, after, previousSentence } = context;
  if (text.slice(before.from, before.to).trim() !== '') return undefined;
  if (!/^[\s.!?…]*$/u.test(text.slice(after.from, after.to))) return undefined;
  if (previousSentence.to <= previousSentence.from) return undefined;
  const named = namesOutsideQuotes(context, previousSentence.from, previousSentence.to)[0]?.name;
  // Romance copy drops the subject of a clause that goes on about the last person.
  if (named !== undefined || !romanceLanguages.has(context.lexicon.language)) return named;
  // "Um fiscal de sala, que pediu anonimato, disse que … . “…”": someone unnamed who spoke.
  const verbs = phraseAlternatives(context.lexicon.speechVerbs);
  const spoke = new RegExp(String.raw`(?<![\p{L}])(?:${verbs})(?![\p{L}])`, 'iu').test(
    text.slice(previousSentence.from, previousSentence.to),
  );
  return spoke
    ? described(text, previousSentence.from, previousSentence.to, context.lexicon)
    : undefined;
};

const latinRules: readonly { name: string; rule: Rule }[] = [
  // Words woven into the reporter's sentence belong to its speech verb before any verb after.
  { name: 'speech-verb-earlier-in-sentence', rule: speechVerbEarlierInSentence },
  { name: 'described-source', rule: describedSourceRule },
  // "toen Gault&Millau hem ‘…’ noemde": the subject before words woven into a verb-last clause.
  { name: 'woven-before-closing-verb', rule: wovenBeforeClosingVerb },
  // "«…», dice la misiva, promovida por …", "si legge in una nota dell'…": a text speaks.
  { name: 'document-source', rule: documentSource },
  // "«…», la risposta di Vitali": a noun of speech and its owner, no verb.
  { name: 'speech-noun-credit', rule: speechNounCredit },
  { name: 'verb-after-quote', rule: verbAfterQuote },
  { name: 'next-sentence-credit', rule: (context) => nextSentenceCredit(context, verbAfterQuote) },
  { name: 'next-sentence-frame', rule: nextSentenceFrame },
  ...germanicFrameRules,
  { name: 'colon-before-quote', rule: colonBeforeQuote },
  { name: 'according-to-before-quote', rule: accordingToBefore },
  { name: 'verb-before-quote', rule: verbBeforeQuote },
  { name: 'split-verb-before-woven-quote', rule: splitVerbBeforeWovenQuote },
  { name: 'previous-sentence-subject', rule: previousSentenceSubject },
  { name: 'previous-sentence-definite-subject', rule: definiteSubjectSentence },
  { name: 'previous-sentence-reports-speech', rule: reportedSpeechSentence },
  { name: 'pronoun-after-description', rule: pronounAfterDescription },
  { name: 'previous-sentence-pointing-subject', rule: pointingSubjectSentence },
  { name: 'previous-sentence-pronoun-subject', rule: germanicPronounSubjectSentence },
];

/**
 * The speaker of a quote in the article's language, when that language has rules (fr, de, es,
 * pt, it, nl, ja, zh); undefined when no rule applies, so the English reader can try.
 */
export function attributeInLanguage(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
  language: string | undefined,
): LanguageAttribution | undefined {
  if (language === 'ja' || language === 'zh') return cjkAttribution(text, span, bounds, language);
  const lexicon = lexiconFor(language);
  if (lexicon === undefined) return undefined;
  const context = latinContext(text, span, bounds, lexicon);
  for (const { name, rule } of latinRules) {
    const speaker = rule(context);
    if (speaker === undefined) continue;
    if (typeof speaker === 'object' && speaker !== null)
      return { speaker: speaker.described, rule: name, described: true };
    return {
      speaker,
      rule: name,
      ...(name === 'described-source' ? { described: true as const } : {}),
    };
  }
  return undefined;
}
