/**
 * What one language's news copy uses to say who spoke: speech verbs in their common inflected
 * forms, "according to" words, the titles and offices written before a name, the small words
 * that join a name (de, van der…), the prepositions that make a capitalised phrase an
 * organisation ("le ministre de la Santé"), subject pronouns and the most common words (for
 * telling the language apart). Each language has its lexicon once, in this folder; the regular
 * expressions of the attribution rules are built from these lists.
 */
export interface SpeechLexicon {
  /** BCP-47 code. */
  language: string;
  speechVerbs: readonly string[];
  accordingTo: readonly string[];
  titles: readonly string[];
  /** Compound titles written as one word (German "Bundesverkehrsminister"): their endings. */
  titleEndings: readonly string[];
  nameParticles: readonly string[];
  /** Particles that join a name only after another particle ("von der Leyen", "van der Maas"):
   * alone they are articles ("sagte Reinecke der Süddeutschen Zeitung"). */
  particlesAfterParticle?: readonly string[];
  /** A particle joins a given name to one surname only ("Karin van Dam"): after two names it
   * opens an organisation ("Anja Verhoeven van de Vereniging Omwonenden"). */
  particleAfterGivenNameOnly?: boolean;
  prepositions: readonly string[];
  /** Prepositions that open a circumstance (when, where), not an office's complement: after a
   * described speaker ("il primo cittadino durante una conferenza a Ca' Farsetti") what follows
   * them is a place or an event, never the speaker. */
  circumstancePrepositions?: readonly string[];
  articles: readonly string[];
  /** The definite ones: "a ajouté l'élu", "sagte der 52-Jährige" point back to a named person. */
  definiteArticles: readonly string[];
  /** Titles written short, whose full stop ends no sentence ("M. Dupont", "Sra. Ruiz"). */
  titleAbbreviations: readonly string[];
  /** Every noun is capitalised (German): a capitalised word alone is no sign of a name. */
  capitalisesNouns?: boolean;
  /** Endings of nouns for a person ("Bäckerin", "Rentner"): with capitalised nouns, such a word
   * before a full name is the person's occupation, not a given name. Where nouns are
   * lower-case, only endings no given name has ("Geriater", "Neuroloog") opening a sentence. */
  personNounEndings?: readonly string[];
  /** Adverbs and conjunctions that open a sentence before a name without being part of it ("Ook
   * Sanne Hofstede", "Auch Bäckerin …", "También Lucía Morales"). */
  sentenceAdverbs?: readonly string[];
  /** Phrases that set a speaker against the one before ("de son côté", "por su parte", "dal
   * canto suo"): between a speech verb and its subject they are no subject of their own. */
  ownPartPhrases?: readonly string[];
  /** Nouns of what someone said ("la risposta di Vitali", "la réponse du ministre"): a credit
   * with no verb names its speaker after "of". */
  speechNouns?: readonly string[];
  pronouns: readonly string[];
  /** Question words that also open a clause of whoever ("Wie Verhaeghe naar zijn succes vraagt",
   * "Wer Müller kennt"): capitalised at a sentence's start, never part of a name. */
  questionWords?: readonly string[];
  /** The subject pronouns of a woman ("elle", "ella"): the others in `pronouns` are a man's.
   * Set for the languages whose pronouns tell the gender of one person. */
  femininePronouns?: readonly string[];
  /** The definite articles of a feminine noun ("la cheffe", "a ministra"); the others in
   * `definiteArticles` are a masculine's or either's ("l'élue"). */
  feminineDefiniteArticles?: readonly string[];
  /** A verb with the pronoun after it, as one word (French "a-t-elle", "analyse-t-il"). */
  invertedPronoun?: string;
  stopwords: readonly string[];
  /** What pages print above an ad ("Anzeige", "Publicité"), removed with the paragraph. */
  advertisementLabels: readonly string[];
  /** Endings of the gerund ("dice, stringendosi nel giubbotto", "dijo, mirando al suelo"): a
   * clause of how it was said, after the verb, that names no one. */
  gerundEndings?: readonly string[];
  /** "un abonné", "una vecina", "um conselheiro": the articles of someone the text does not name. */
  indefiniteArticles?: readonly string[];
  /** "qui", "que", "che": a relative clause after a description is no part of it. */
  relativePronouns?: readonly string[];
  /** Endings of a verb or participle that ends a description ("un abonné de longue date
   * résumait", "um conselheiro do clube ouvido pela reportagem"). */
  clauseEndings?: readonly string[];
  /** Possessives, demonstratives and quantifiers ("Seine Botschaft", "Viele Beschäftigte"):
   * they open a noun phrase, never a name, even where the noun after them is capitalised. */
  determiners?: readonly string[];
  /** The possessives of a person ("Seine Bilanz:", "Zijn conclusie:"): a clause whose subject
   * opens with one points back to the person named before. */
  possessives?: readonly string[];
  /** Nouns for a company, an organisation or an authority, matched as a compound's last part
   * ("aldus het bedrijf", "teilte der Fahrgastverband mit"): as a subject they mean a body. */
  organisationNouns?: readonly string[];
  /** Nouns for a court ("oordeelde de kantonrechter", "urteilte das Gericht"): a body that
   * speaks through its ruling and is shown as the text writes it. */
  courtNouns?: readonly string[];
  /** Capitalised words of dates ("Ende Juni", "Anfang Mai", "Montag"): never part of a name. */
  timeWords?: readonly string[];
  /** Adjectives of origin that open a sentence before a place ("Originaire de Saint-Félicien,
   * elle …", "Natural de Cádiz, …"): the capitalised words after them name no person. */
  originWords?: readonly string[];
  /** What pages print before a link to another story ("Lire aussi", "Leggi anche"). */
  readAlsoLabels: readonly string[];
}

/** Splits a space-separated word list (one lexicon entry may hold spaces when quoted with _). */
export const words = (list: string): readonly string[] =>
  list
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/_/gu, ' '));
