/** Splits a whitespace-separated word list; `_` stands for a space inside a phrase. */
function words(list: string): string[] {
  return list
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/_/gu, ' '));
}

/**
 * Word lists for attribution. Kept as plain data so a reader can see at a glance which
 * wordings the offline quote finder understands.
 */

/** Verbs (and inflections) that introduce or attribute speech in news copy. */
export const speechVerbs = words(`
  said says say told tells added adds wrote writes stated states argued argues asked asks
  noted notes explained explains warned warns insisted insists declared declares tweeted
  tweets posted continued continues replied replies recalled recalls acknowledged acknowledges
  admitted admits claimed claims conceded concedes confirmed cautioned emphasized emphasised
  stressed suggested remarked observed responded countered complained joked shouted testified
  announced urged predicted concluded maintained contended wondered vowed promised pledged
  boasted lamented whispered exclaimed agreed protested reiterated revealed mused quipped
  wrote ruled told recounted explained sighed laughed snapped yelled replied answered began
  commented indicated texted emailed messaged charged alleged proclaimed affirmed assured
  demanded added went_on pointed_out put_it summed_up read reads concludes remembered remembers
  barked predicts recalls insists warns retorted reported scoffed promises fumed asserted
  surmised riffed elaborated opined exhorted confessed reacted recommended quip quips gushed
  conclude argue note insist warn declares agrees wonders
  déclaré affirmé ajouté expliqué lancé insisté prévenu analyse dit assuré indiqué souligné
  estimé précisé confié martelé reconnu répondu averti poursuivi
`);

/** Verbs that can follow their subject ("said Smith"); "told Smith" names a listener instead. */
export const invertibleVerbs = new Set(
  words(`
  said says added adds wrote writes continued continues replied explained noted recalled
  insisted argued declared stated remarked responded countered concluded observed quipped
  joked admitted acknowledged warned cautioned answered commented recounted asked tweeted
  concludes notes explains argues recalls insists warns predicted remembered emailed texted
  mused scoffed asserted declares agrees surmised riffed elaborated opined exhorted confessed
  reacted wondered gushed
  déclaré affirmé ajouté expliqué lancé insisté prévenu dit assuré indiqué souligné estimé
  précisé confié martelé reconnu répondu averti poursuivi
`),
);

/** Words in front of a name that are a title or role, not part of the name. */
export const titleWords = new Set(
  words(`
  president president-elect vice prime minister chancellor secretary general gen lt col maj
  sgt capt captain lieutenant colonel admiral adm senator sen rep representative gov governor
  mayor judge justice coach manager chief executive officer ceo cfo chairman chairwoman chair
  director spokesman spokeswoman spokesperson ambassador king queen prince princess pope dr mr
  mrs ms miss mx prof professor sir dame lord lady rev reverend father detective inspector
  commissioner attorney prosecutor deputy former leader striker midfielder defender goalkeeper
  quarterback forward pitcher premier speaker sheriff superintendent constable councillor
  councilman councilwoman economist analyst founder cofounder co-founder head boss chef dean
  assemblyman assemblywoman congressman congresswoman foreign defence defense finance health
  interior state supreme court district federal u.s. us uk eu un member councilmember pro tem
  special agent charge envoy counsel supervisor inspector commander minority majority whip
  delegate aide co-host host
  alderman alderwoman m mme
  det ch insp supt dci dcs pc dc ds di ps guard winger safety cornerback fullback halfback
  administrator director-general madam shortstop cr cllr cardinal archbishop imam rabbi pastor monsignor ayatollah sheikh pontiff
`),
);

/** Capitalised words that start sentences or clauses and are never part of a name. */
export const nonNameWords = new Set(
  words(`
  the a an but and or so yet in on at for with as after before when while if then meanwhile
  however also still this that these those it he she they we i his her their our my its
  speaking according asked by from to of during since until last next on monday tuesday
  wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec there
  here what why how who where although though because instead now today yesterday earlier
  later both neither no not all some many most one two under over about like unlike despite
  among into through whom said says told added wrote mr. ms. mrs. another every each
  eventually finally honestly separately afterward afterwards
`),
);

/**
 * Words that end like job nouns (-er, -or, -ent: "after", "for", "a career in") but never
 * name a role.
 */
export const notRoleWords = new Set(
  words(`for nor or after over under per either neither other another rather whether together
  never ever however later former latter career number matter letter moment statement comment
  quarter summer winter chapter paper water corner border computer`),
);

/** Pronouns that stand for one person. */
export const singularPronouns = new Set(['he', 'she', 'il', 'elle']);

/** Which pronouns stand for a man and which for a woman. */
export const pronounGender: Record<string, 'male' | 'female'> = {
  he: 'male',
  il: 'male',
  she: 'female',
  elle: 'female',
};

/** Words after a period that do not end a sentence (abbreviations common in news copy). */
export const abbreviations = new Set(
  words(`
  mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr co corp inc ltd vs no jan feb mar
  apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e rev adm maj ave mt ft approx est
  dept univ
`),
);

/** US states as news copy abbreviates them ("Cambridge, Mass.", "(D-Calif.)"); capitalised only. */
export const stateAbbreviations = new Set(
  words(`
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mich Minn Miss Mo Mont Neb Nev
  Okla Ore Pa Tenn Va Vt Wash Wis Wyo
`),
);

/** Words that make a capitalised run an organisation or place rather than a person. */
export const organisationWords = new Set(
  words(`
  house ministry department association party council chamber court university times news street
  institute center centre forces committee agency office post journal airport station stadium
  park cup league club hospital school college republic kingdom union company corp inc group
  bank labs service services organization organisation treaty security policy administration
  government senate congress parliament commission foundation fund trust reserve board
  authority police army navy force guard museum library church hall square road avenue bridge
  river island islands county states city town province region valley coast north south east
  west northern southern eastern western radio tv television network media press sport sports
  games championship prize award act law program programme project plan operation day
  week year reef sea ocean guild coalition bar ltd llc plc alliance nations america american europe european africa asia
  middle federal national international global world affairs defense defence health energy
  capital partners holdings systems technologies semiconductor motors airlines express
  interstate highway weather pharmaceuticals pharma therapeutics biotech automotive software
  providers industries insurance logistics studios entertainment communications airways
  cross brook creek lake canyon harbor harbour peninsula gulf fire wildfire storm hurricane typhoon cyclone
  water gas boulevard palace castle cathedral basilica temple mosque chapel abbey vatican
  bureau care robotics aerospace solutions analytics ventures electric railway railways utilities survey centers centres corps command kremlin pentagon embassy consulate glacier mountains desert
`),
);

/** Organisation-like words that name places: capitalised like a company, never a speaker. */
export const placeWords = new Set(
  words(`
  street road avenue bridge square park river island islands valley coast north south east
  west reef sea ocean lake creek brook canyon harbor harbour peninsula gulf glacier mountains
  desert airport station stadium highway interstate county city town province region
  `),
);

/** Nouns for a written text that speaks for its author ("the statement said", "the post read"). */
export const documentNouns = new Set(
  words(`statement release letter post email note memo message tweet notice`),
);

/** Role nouns that name the same job ("the CFO" is the finance chief). */
export const roleSynonyms: Record<string, string[]> = {
  cfo: ['financial', 'finance'],
  ceo: ['executive'],
  coach: ['manager', 'boss', 'head'],
  manager: ['coach', 'boss'],
  boss: ['manager', 'coach', 'chief', 'executive'],
  leader: ['president', 'premier', 'minister', 'chancellor'],
  minister: ['secretary'],
  secretary: ['minister'],
  president: ['leader', 'president-elect'],
  spokesman: ['spokesperson', 'spokeswoman'],
  spokeswoman: ['spokesperson', 'spokesman'],
  spokesperson: ['spokesman', 'spokeswoman'],
  prosecutor: ['attorney'],
  lawyer: ['attorney'],
  judge: ['justice'],
  pontiff: ['pope'],
  pope: ['pontiff'],
  skipper: ['captain'],
  senator: ['sen'],
  representative: ['rep', 'congressman', 'congresswoman'],
  congressman: ['rep', 'representative'],
  congresswoman: ['rep', 'representative'],
  lawmaker: ['sen', 'senator', 'rep', 'representative', 'assemblyman', 'assemblywoman'],
  governor: ['gov'],
  professor: ['prof'],
  doctor: ['dr'],
  councilman: ['member', 'councilmember', 'councillor', 'councilwoman'],
  councilwoman: ['member', 'councilmember', 'councillor', 'councilman'],
  councilmember: ['member', 'councilman', 'councilwoman', 'councillor'],
  councillor: ['member', 'councilmember', 'councilman', 'councilwoman'],
};

/** Nouns that stand for an organisation ("the company said", "the ministry said"). */
export const organisationNouns = new Set(
  words(`
  company firm utility ministry agency chamber department union organization organisation group
  service system council government office bank hospital trust party committee coalition
  network board commission bureau institute university school association federation chain
  retailer airline carrier automaker manufacturer insurer lender broadcaster newspaper club
  army navy military force embassy consulate command regime junta presidency cabinet
  `),
);

/** Nouns that can only mean a person, for "the retired machinist said"-style stand-ins. */
export const personNoun =
  /(?:er|or|ist|ant|ent|ian|man|woman|ee|ive|ess|official|nurse|chief|head|boss|mother|father|daughter|son|wife|husband|sister|brother|aunt|uncle|friend|neighbou?r|colleague|student|judge|coach|veteran|mayor|senator|governor|minister|president|author|expert|person)$/u;

/** Words that tell a person's gender when they stand right before the name or as a role. */
export const femaleWords = new Set(
  words(`
  ms mrs miss dame lady queen princess mme sister mother daughter wife grandmother aunt niece
  widow girlfriend actress chairwoman businesswoman spokeswoman councilwoman congresswoman
  assemblywoman alderwoman frenchwoman englishwoman irishwoman scotswoman dutchwoman
  `),
);
export const maleWords = new Set(
  words(`
  mr sir lord king prince father son husband brother grandfather uncle nephew widower
  boyfriend chairman businessman spokesman councilman congressman assemblyman alderman
  frenchman englishman irishman scotsman dutchman m
  `),
);

/** Role-like endings of a sentence-initial word ("Homeowner Jessica Tran", "Resident Ann Lee"). */
export const roleEnding = /(?:er|or|ist|ant|ent|man|woman|ian)$/u;

/** "meteorologist", "organizer": a lowercase word shaped like a job, not "after" or "former". */
export const isJobWord = (word: string): boolean =>
  roleEnding.test(word) && !notRoleWords.has(word) && !nonNameWords.has(word);

/** "the German", "the Frenchman", "the Brazilian": a nationality standing for a person. */
export const demonym = String.raw`\p{Lu}\p{Ll}+(?:an|ese|ish|man|woman|ard|ton|i|ch)(?![\p{L}])`;
