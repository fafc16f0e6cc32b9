/**
 * The tunable numbers of the offline answer engine in one place: the BM25 constants, the
 * boosts and penalties rankSentences applies, the re-ranking shares of the lede, lead-fact and
 * first-speech rules, and the thresholds answerOffline uses to choose between an answer, the
 * closest passages and "the article doesn't say". The engine reads defaultRankingWeights; the
 * weight-fitting bench (bench/fit-answer-weights.ts) threads other values through.
 */
export interface RankingWeights {
  /** BM25's k1: how quickly a term's repeats stop adding to a sentence's score. */
  termSaturation: number;
  /**
   * BM25's b: how much a long sentence is damped; less than the usual 0.75, because a news lead
   * is long and usually holds the main fact.
   */
  lengthDamping: number;
  /** A paraphrase ("attackers" for "hackers") earns this share of the word's own weight. */
  paraphraseShare: number;
  /** Share of a name's weight carried into the sentence after the one naming it. */
  carriedShare: number;
  /** Share of a name's weight in a sentence that goes on about it with a pronoun ("His advice…"). */
  continuedShare: number;
  /** Multiplier for a sentence holding a fact of the shape asked for (a count, a date …). */
  shapeBoost: number;
  /** "How many fans": extra multiplier when a number stands right before the counted word. */
  countNearBoost: number;
  /** Multiplier for a sentence without the figure a factual question asks for. */
  missingShapeFactor: number;
  /** Score added to a sentence holding the shape when the question is its shape alone. */
  shapeOnlyScore: number;
  /** Lead prior when the question is its shape alone ("how much will it cost?"). */
  shapeOnlyLeadBoost: number;
  /** Share of a borrowed follow-up word's weight in the sentence the bot's last answer gave. */
  repeatedShare: number;
  /** The sentence after the previous answer, for a follow-up with no words of its own. */
  nextSentenceBoost: number;
  /** A topicless question's lead score: above a sentence matching only a generic word. */
  topiclessLeadScore: number;
  /** Articles put the main fact first: the lead gets up to this much extra. */
  leadBoost: number;
  /**
   * "Why did she quit?": a news lead states the event with its cause ("resigned after admitting
   * …"), while a later sentence repeating the event's word ("Her departure comes days after …")
   * rarely gives the reason; "why" questions get this stronger lead prior.
   */
  reasonLeadBoost: number;
  /** The lead prior fades to nothing over this many sentences. */
  leadFadeSentences: number;
  /**
   * A sentence with fewer than this many words the question lacks mostly echoes it ("She does
   * not wear gloves." for "why doesn't she wear gloves?"): each missing new word costs
   * echoFactor, so a sentence adding content wins a near tie.
   */
  echoNewWords: number;
  /** Multiplier per missing new word of an echoing sentence. */
  echoFactor: number;
  /** A question in the text (an explainer's subheading) restates, never answers. */
  questionSentenceFactor: number;
  /** A section heading in capitals names a topic, never a fact. */
  headingFactor: number;
  /** A line ending in a bare word is a link, caption or heading, not a reported sentence. */
  unpunctuatedFactor: number;
  /** "What did X say": multiplier for a quoted or attributed sentence. */
  attributedBoost: number;
  /** "What did X say": further multiplier for a sentence with quotation marks. */
  quotationBoost: number;
  /** "What did X say": multiplier for a sentence where X is the subject of a speech verb. */
  speakerBoost: number;
  /** "Who is X": multiplier for the sentence that introduces the name. */
  firstMentionBoost: number;
  /** The lede must score at least this share of the best sentence to be preferred. */
  ledeScoreShare: number;
  /** A lead sentence with the figure must score this share of the best to be preferred. */
  leadFactScoreShare: number;
  /** The speaker's first statement must score at least this share of the best sentence. */
  firstSpeechScoreShare: number;
  /** Below this IDF-weighted share of the question's terms, the best sentences are about something else. */
  minimumCoverage: number;
  /** Share of the question's key terms the article may lack and still answer it. */
  maxMissingShare: number;
  /** A runner-up joins the answer when it scores at least this share of the best sentence. */
  runnerUpShare: number;
  /** A neighbour of the best sentence that covers as much joins at this share of its score. */
  neighbourShare: number;
  /** A question without names must share this much of its weight with a closest passage. */
  minimumSubjectCoverage: number;
}

/** The hand-set values the engine was tuned with over the question sets. */
export const defaultRankingWeights: Readonly<RankingWeights> = Object.freeze({
  termSaturation: 1.2,
  lengthDamping: 0.5,
  paraphraseShare: 0.7,
  carriedShare: 0.4,
  continuedShare: 0.8,
  shapeBoost: 1.35,
  countNearBoost: 1.6,
  missingShapeFactor: 0.55,
  shapeOnlyScore: 1,
  shapeOnlyLeadBoost: 0.3,
  repeatedShare: 0.3,
  nextSentenceBoost: 1.6,
  topiclessLeadScore: 2,
  leadBoost: 0.18,
  reasonLeadBoost: 1,
  leadFadeSentences: 5,
  echoNewWords: 3,
  echoFactor: 0.9,
  questionSentenceFactor: 0.5,
  headingFactor: 0.2,
  unpunctuatedFactor: 0.5,
  attributedBoost: 1.2,
  quotationBoost: 1.15,
  speakerBoost: 1.4,
  firstMentionBoost: 1.35,
  ledeScoreShare: 0.6,
  leadFactScoreShare: 0.6,
  firstSpeechScoreShare: 0.35,
  minimumCoverage: 0.34,
  maxMissingShare: 0.3,
  runnerUpShare: 0.85,
  neighbourShare: 0.6,
  minimumSubjectCoverage: 0.2,
});
