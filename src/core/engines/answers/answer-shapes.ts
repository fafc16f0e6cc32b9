/**
 * The shape of the fact a question asks for ("how many" wants a count, "what was the score"
 * a result like 2-1, "when" a date) and whether a sentence holds a fact of that shape. The
 * words that only name the shape ("count", "toll", "old") are not topic words: the article
 * says "passed 68-31", not "the vote count was".
 */
export type AnswerShape =
  | 'count'
  | 'money'
  | 'amount'
  | 'percent'
  | 'tally'
  | 'odds'
  | 'age'
  | 'duration'
  | 'distance'
  | 'temperature'
  | 'time'
  | 'date'
  | 'place'
  | 'reason'
  | 'causeOfDeath'
  | 'method'
  | 'person';

interface ShapeRule {
  shape: AnswerShape;
  question: RegExp;
  /** Words of the question that only name the shape; dropped from its topic words. */
  shapeWords: string[];
}

// Order matters: the first rule whose question pattern matches decides.
const rules: ShapeRule[] = [
  // "What were her odds?": bookmakers' prices ("150-1", "5/2"), not a score.
  {
    shape: 'odds',
    question: /\b(?:odds|bookmakers?|bookies|betting)\b/i,
    shapeWords: ['odds', 'bookmaker', 'bookie', 'betting'],
  },
  { shape: 'age', question: /\bhow old\b|\bwhat age\b|\bage\b/i, shapeWords: ['old', 'age'] },
  {
    shape: 'temperature',
    question: /\bhow (?:hot|cold|warm)\b|\btemperature/i,
    shapeWords: ['hot', 'cold', 'warm', 'temperature'],
  },
  {
    shape: 'distance',
    question: /\bhow (?:far|deep|high|tall|wide)\b|\bdistance\b/i,
    shapeWords: ['far', 'deep', 'high', 'tall', 'wide', 'away', 'distance'],
  },
  {
    shape: 'duration',
    question:
      /\bhow long\b|\bhow much (?:time|longer)\b|\bfor how many (?:days|weeks|months|years)\b/i,
    shapeWords: ['long', 'time', 'longer'],
  },
  {
    shape: 'tally',
    question:
      /\b(?:score|tally|vote count|final result|result of the (?:vote|game|match))\b|\bwhat was the vote\b|\bwhat (?:was|is) the (?:senate|house|council|board|final) vote\b/i,
    shapeWords: ['score', 'tally', 'count', 'result', 'final'],
  },
  {
    shape: 'percent',
    question: /\b(?:rates?|percent(?:age)?|share|inflation)\b/i,
    shapeWords: ['percentage', 'level', 'new', 'current', 'now'],
  },
  // "How much warmer", "by how much": a difference, in whatever unit the article uses.
  {
    shape: 'amount',
    question:
      /\bby how much\b|\bhow much (?:more|less|higher|lower|bigger|smaller|larger|greater|warmer|hotter|colder|cheaper|faster|slower|better|worse)\b|\bhow (?:big|large|strong|powerful|severe|bad|fast|quick(?:ly)?)\b/i,
    shapeWords: ['big', 'large', 'strong', 'powerful', 'severe', 'bad', 'fast', 'quick', 'quickly'],
  },
  // "How much did the sea rise?", "how much has it grown?": a change, in the article's own unit
  // (centimetres, percent, dollars).
  {
    shape: 'amount',
    question:
      /\bhow much (?:(?:did|does|do|has|have|had|will|would|could|is|was|are|were) )(?:\p{L}+ ){0,4}?(?:rise|risen|rose|fall|fallen|fell|grow|grown|drop|dropped|increase|increased|decrease|decreased|climb|climbed|sink|sunk|shrink|shrunk|gain|gained|jump|jumped|slide|slid|plunge|plunged|tank|tanked|soar|soared|go up|gone up|go down|gone down)\b/iu,
    shapeWords: [],
  },
  // "How much water", "how much rain": a quantity of something, in the article's own unit.
  {
    shape: 'amount',
    question:
      /\bhow much (?!money|cash|profit|revenue|funding|debt)(?!(?:is|was|are|were|will|would|did|does|do|has|have|had|can|could|should|it|they|he|she|we|you|of|for|in|on|to|more|less|longer|time)\b)\p{L}+/iu,
    shapeWords: [],
  },
  // "How did she pay for the house?": the means, not a sum.
  {
    shape: 'method',
    question:
      /^\s*(?:and\s+)?how (?:did|do|does|will|would|can|could) (?:\p{L}+ ){1,3}(?:pay|afford|fund|finance)\b/iu,
    shapeWords: [],
  },
  {
    shape: 'money',
    question:
      /\bhow much\b|\b(?:cost|price|worth|value|paid|pay|paying|fee|salary|budget|amount)\b/i,
    // "How much did Arsenal pay for Harlow?": the verb only says money is asked for; the article
    // says "joined Arsenal from Brentford for £42million".
    shapeWords: [
      'amount',
      'money',
      'cash',
      'total',
      'extra',
      'cost',
      'price',
      'worth',
      'value',
      'pay',
      'paid',
      'spend',
      'spent',
    ],
  },
  {
    shape: 'count',
    question: /\bhow many\b|\b(?:number|toll|count|total|figure)\b/i,
    shapeWords: ['number', 'toll', 'count', 'total', 'figure'],
  },
  {
    shape: 'time',
    question: /\bwhat time\b|\bat what hour\b/i,
    shapeWords: ['time', 'hour'],
  },
  // Only an asking "when" ("when is", "when will"): in "how strong was it when it hit?" the
  // clause says which moment, the question asks something else.
  {
    shape: 'date',
    question:
      /^\s*(?:and\s+|so\s+|but\s+)?when\b|\bwhen (?:is|was|will|did|does|do|are|were|can|could|should|would|has|have)\b|\bwhat (?:date|day|year|month)\b|\bwhich (?:day|year|month)\b|\bhow soon\b/i,
    shapeWords: ['date', 'day', 'year', 'month', 'soon'],
  },
  // "Where was it held?": the verb only says that a place is asked for; the article says "at a
  // press conference in Astana", not "was held in".
  {
    shape: 'place',
    question: /\bwhere\b|\bwhich (?:city|country|town|place)\b/i,
    shapeWords: ['held', 'hold', 'located', 'based', 'situated', 'venue', 'place'],
  },
  // "What did she die of?": obituaries say "the cause was …", never "she died of" near "why".
  {
    shape: 'causeOfDeath',
    question:
      /\b(?:die|died)\s+(?:of|from)\b|\bhow did (?:he|she|they|\p{Lu}\p{Ll}+) die\b|\bcause of (?:death|(?:his|her|their) death)\b|\bwhat killed\b/iu,
    shapeWords: ['die', 'died', 'death', 'killed', 'kill', 'cause'],
  },
  {
    shape: 'reason',
    question: /\bwhy\b|\bwhat (?:caused|causes|is causing|led to)\b/i,
    shapeWords: [],
  },
  {
    shape: 'method',
    question: /^\s*(?:and\s+)?how (?:did|do|does|was|were|is|are|can|could|will|would)\b/i,
    shapeWords: [],
  },
  {
    shape: 'person',
    question: /^\s*who(?:m|se)?\b|\bwhich (?:person|official)\b/i,
    shapeWords: [],
  },
];

/** The shape the question asks for, and the words that only name it. */
export function shapeOfQuestion(question: string): { shape?: AnswerShape; shapeWords: string[] } {
  const rule = rules.find((candidate) => candidate.question.test(question));
  return rule === undefined
    ? { shapeWords: [] }
    : { shape: rule.shape, shapeWords: rule.shapeWords };
}

const number = String.raw`\d[\d,.]*`;
const spelled = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|millions)`;
const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const weekday = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const unitOfTime = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)`;

const sentencePatterns: Record<AnswerShape, RegExp> = {
  // A count, not an amount, a share, a time of day or a span of time ("two years"); nor the
  // digits after a sum's separator ("£90,000", "$1.01 billion" hold no count).
  count: new RegExp(
    String.raw`(?<![\d$£€]|[\d$£€][.,])(?:${number}|${spelled}\b)(?!\d)(?![\s-]*(?:%|percent|a\.m|p\.m|${unitOfTime}\b))`,
    'iu',
  ),
  amount: new RegExp(String.raw`\d|\b${spelled}\b`, 'iu'),
  money: new RegExp(
    String.raw`[$£€¥]\s?${number}|${number}\s*(?:(?:million|billion|trillion|bn|m)\s+)?(?:dollars|euros|pounds|yen|francs|rupees|yuan|kronor|kroner|crowns|pesos|rand)|\b(?:million|billion|trillion)\b(?![\s-]+(?:people|\p{L}+s)\b)`,
    'iu',
  ),
  percent: new RegExp(
    String.raw`${number}\s*(?:%|percent|per cent|percentage points?|basis points)|\b(?:a quarter|half) (?:of a )?(?:percentage )?point`,
    'iu',
  ),
  // "68-31", and the spelled-out "voted 31 to 22" of council reports.
  // "voted unanimously" is a tally too, with no numbers in it.
  tally: new RegExp(
    String.raw`\b\d{1,3}(?:\s?[-–]\s?|\s+to\s+)\d{1,3}\b(?![-–]\d)|\bunanimous(?:ly)?\b`,
    'u',
  ),
  // A person's age ("Weselsky, 64,", "aged 71") and a thing's ("lived 55 million years ago",
  // "a 300-year-old oak", "three years old", "born in 1958", "dates back to"). "Three years ago"
  // dates an event in a life; only an age of ages ("4,000 years ago") is a thing's age.
  // "had her at 150-1", "5/2 favourite", "odds-on"; not a set score ("6-1 6-2 on Saturday").
  odds: /\b(?:at|of|from)\s+\d{1,4}[-/]\d{1,2}\b|\b\d{1,4}(?:[-/]|\s+to\s+)\d{1,2}\s+(?:to win|against|favou?rites?|shot|outsiders?)\b|\b\d{2,4}-1\b|\bodds[- ]on\b/iu,
  age: new RegExp(
    String.raw`\b(?:was|is|aged?|age of)\s+\d{1,3}\b|,\s*\d{1,3},|\d{1,3}-year-old|(?:${number}|${spelled})[\s-]+(?:(?:million|billion|thousand)[\s-]+)?years?[\s-]+old\b|(?:\d[\d,]{2,}|(?:${number}|${spelled})[\s-]+(?:million|billion|thousand))[\s-]+years?[\s-]+ago\b|\bborn in (?:1[89]|20)\d\d\b|\bdat(?:es|ing|ed) (?:back|from)\b`,
    'iu',
  ),
  // "a 48-hour strike", "lasted 16 days", "until March 14"; not "in 17 years" or "two years ago".
  duration: new RegExp(
    String.raw`(?<!\b(?:in|within|since|first time in)\s)\b(?:${number}|${spelled}|a|an)[\s-]+${unitOfTime}\b(?!\s+ago)|\buntil\b|\bthrough\b`,
    'iu',
  ),
  distance: new RegExp(
    String.raw`${number}\s*(?:-?\s*)(?:miles?|km|kilometers?|kilometres?|feet|foot|ft|meters?|metres?|yards?|light[- ]years?|inches)\b`,
    'iu',
  ),
  temperature: new RegExp(String.raw`\d+\s?°?\s?(?:C|F)\b|\bdegrees\b`, 'u'),
  time: new RegExp(
    String.raw`\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\bmidnight\b|\bnoon\b`,
    'iu',
  ),
  // "by the end of May", "until March", "early June": a month alone, after a word that bounds a
  // time to come (so the verb "may" is not one, nor the past of "began in February").
  date: new RegExp(
    String.raw`\b(?:by|of|until|early|late|mid|next|this)[\s-]+${month}\b(?!\s*\d)|\b${month}\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+${month}\b|\b${weekday}\b|\b(?:19|20)\d\d\b|\b(?:yesterday|today|tomorrow|tonight|(?:next|this) (?:week|month|year|spring|summer|fall|autumn|winter)|midnight)\b`,
    'iu',
  ),
  place:
    /\b(?:in|at|near|from|outside|across|inside)\s+(?:the\s+)?\p{Lu}|\b(?:attic|home|house|city|town|village|hospital|station)\b/u,
  // Purposes and motives count as reasons too ("was needed to replace", "the idea is to shift").
  reason:
    /\b(?:because|due to|as a result|in order to|so that|caused by|reason|blam(?:ed|es|ing)|citing|hit by|over (?:a|an|the) (?:dispute|row|disagreement|allegations?|concerns?)|after|since|amid|driving|saying it|needed to|was needed|the idea is|the aim is|the goal is|designed to|intended to|as a way to|in a bid to|aimed at|ruling that|on the grounds|worried|concerns? (?:about|over))\b/i,
  causeOfDeath:
    /\b(?:the cause (?:of death )?was|died (?:of|from)|cause of (?:his|her|their) death|(?:was|were) killed (?:by|in|when))\b/i,
  method: /\bby (?:using|\w+ing)\b|\bthrough\b|\bvia\b|\busing\b|\bwith the help of\b/i,
  person: /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
};

/** True when the sentence holds a fact of the shape ("68-31" for a tally, "$212 million" for money). */
export function hasShape(text: string, shape: AnswerShape): boolean {
  return sentencePatterns[shape].test(text);
}

/**
 * A count next to what the question counts ("31,000 fans", "41 are children"): the strongest
 * sign that a sentence answers "how many fans".
 */
export function countsNear(
  words: readonly string[],
  isCounted: (word: string) => boolean,
): boolean {
  return words.some(
    (word, position) =>
      /^\d/.test(word) && words.slice(position + 1, position + 5).some((next) => isCounted(next)),
  );
}

/**
 * "How much did shares drop?", "what pay increase?": a change or a raise is stated as money or
 * as a share, and either answers a question asking for one of them.
 */
export function holdsShapeAskedFor(text: string, shape: AnswerShape): boolean {
  if (hasShape(text, shape)) return true;
  // "How many voted for it?": "91% of members backed a walkout" is the count, as a share.
  if (shape === 'count' && hasShape(text, 'percent')) return true;
  return (
    (shape === 'money' || shape === 'percent') &&
    hasShape(text, shape === 'money' ? 'percent' : 'money')
  );
}
