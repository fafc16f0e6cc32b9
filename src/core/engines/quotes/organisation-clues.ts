import { genderOfFirstName } from './first-name-gender.ts';

/**
 * Clues that a capitalised run names an organisation, a place or a work rather than a
 * person: "Rio Bravo Water Co.", "the King Soopers store", "Caritas, the Church's aid
 * network,", "Apple's shares", "her album, Southside Hymns," — and the reverse clue that
 * "Marianne Lake" is a woman, not a lake.
 */

export const followingOrganisationNoun =
  /^\s+(?:group|company|firm|organi[sz]ation|union|coalition|network|chain|agency|utility|foundation|charity|stores?|shops?|supermarkets?|restaurants?)\b/u;
export const precedingOrganisationNoun =
  /(?:(?:group|company|firm|organi[sz]ation|union|agency|charity|nonprofit|network),?|(?:the|rival)\s+(?:[\p{Ll}-]+\s+)?(?:service|platform|start-?up|app|retailer|carrier|airline|automaker|carmaker|chipmaker|drugmaker|manufacturer|supplier|lender|insurer|broadcaster|publisher|brand|conglomerate|giant|developer|operator))\s+$/u;

/** "Rio Bravo Water Co.", "Acme Inc": a company's legal form right after the run. */
export const legalSuffix = /^ (?:Co|Corp|Inc|Ltd|LLC|PLC|plc|AG|SA|NV|GmbH)(?![\p{L}])/u;

/** Capitalised abbreviations of things, not of organisations ("AI features", "GDP"). */
export const commonAcronyms = new Set('AI GDP TV EV PC ID CEO CFO COO CTO DNA HIV VR'.split(' '));

/** "Apple's shares", "Orsted's chief executive": a lone name owning a company's things. */
export const businessPossessive =
  /^\p{Lu}[\p{L}&-]*[’']s (?:shares|stock|revenue|sales|profits?|earnings|ceo|cfo|headquarters|employees|products|website|app|spokes(?:man|woman|person)|market value|share price)(?![\p{L}])/u;

/** "Marianne Lake", "Tom Banks": a given name and a surname that is also a place word. */
const surnameWords = new Set(
  'lake park hall church house brook brooks bridge bridges castle field fields wood woods hill hills bank banks cross temple'.split(
    ' ',
  ),
);
export function surnameLikeOrganisationWord(raw: string): boolean {
  const tokens = raw.split(' ');
  return (
    tokens.length === 2 &&
    genderOfFirstName(raw) !== undefined &&
    surnameWords.has((tokens[1] ?? '').toLowerCase())
  );
}

/**
 * "Caritas Internationalis, the Catholic Church's global aid network,": described as a body;
 * "Bike Harbour, an advocacy group that pushed for it," closes the description with a clause.
 */
export const organisationAppositive =
  /^,\s+(?:the|a|an)\s+(?:(?! (?:of|at|for|with|in) )[^,;.]){0,60}?(?<![\p{L}])(?:network|group|company|firm|charity|organi[sz]ation|agency|nonprofit|non-profit|union|association|coalition|alliance|foundation|institute|think tank|bank|chain|retailer|broadcaster|newspaper|party|watchdog|regulator|publisher|insurer|lender|startup|start-up|maker|operator)(?:,|\s+(?:that|which|whose)\s)/u;

export const titledWork =
  /(?<![\p{L}])(?:album|song|single|book|novel|memoir|film|movie|documentary|show|series|play|podcast|record|ship|boat|yacht|restaurant|bakery|shop|store|bar|brand|app|game)(?:,| called| titled| named)?[ \t]+$/u;

/**
 * "Arriva, which runs several of the routes, said", "its owner, Norland Packaging, which said
 * in August": only a body is a "which" that speaks (a person is a "who").
 */
export const whichThenSaid =
  /^,\s+which\s+(?:[^.;:"“”]{1,100}?,\s+)?(?:said|says|told|added|announced|confirmed|wrote)(?![\p{L}])/u;
