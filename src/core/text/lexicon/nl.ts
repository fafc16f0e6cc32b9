import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const dutch: SpeechLexicon = {
  language: 'nl',
  speechVerbs: words(`zei zegt verklaarde verklaart aldus waarschuwt waarschuwde benadrukte
    benadrukt stelde stelt meldde meldt vertelde vertelt reageerde liet_weten laat_weten
    reageert erkende erkent voegde_toe voegt_toe legde_uit legt_uit verzuchtte verzucht
    betoogde betoogt schreef schrijft vroeg vraagt antwoordde antwoordt beaamde beaamt
    concludeerde concludeert onderstreepte onderstreept vulde_aan vult_aan gaf_toe geeft_toe
    merkte_op merkt_op constateerde constateert meende meent lichtte_toe licht_toe lachte lacht
    grapte grapt riep roept zuchtte zucht herhaalde herhaalt beloofde belooft besloot
    oordeelde oordeelt bevestigde bevestigt ontkende ontkent beweerde beweert vond vindt
    hoopt hoopte vreest vreesde pleitte pleit klaagde klaagt sprak spreekt noemde noemt
    vervolgde vervolgt verzekerde verzekert bezwoer bezweert opperde oppert relativeerde
    relativeert nuanceerde nuanceert protesteerde protesteert mopperde moppert jubelde jubelt
    fluisterde fluistert schreeuwde schreeuwt twitterde twittert tweette citeerde preciseerde
    verduidelijkte verduidelijkt signaleerde signaleert waarschuwen zeggen stellen
    kondigde_aan kondigt_aan stelde_vast stelt_vast hield_vol houdt_vol gaf_aan geeft_aan
    wees_erop wijst_erop voegde_eraan_toe voegt_eraan_toe wilde_weten wil_weten`),
  accordingTo: words('volgens'),
  titles: words(`minister premier burgemeester wethouder voorzitter directeur woordvoerder
    woordvoerster bestuursvoorzitter gedeputeerde verloskundige student buurtbewoner
    Fietsersbond-woordvoerder hoogleraar topman topvrouw econoom landbouweconoom architect
    advocaat onderzoeker onderzoekster deskundige rechter officier veerman trainer coach bondscoach
    aanvoerder dhr. mevr. mr. dr. prof.`),
  titleEndings: words('woordvoerder voorzitter directeur econoom onderzoeker'),
  nameParticles: words('van de der den ter ten het'),
  particlesAfterParticle: words('der'),
  particleAfterGivenNameOnly: true,
  prepositions: words('van voor bij in op uit met aan tijdens na naar door'),
  circumstancePrepositions: words('in op tijdens na bij tegenover met aan'),
  articles: words('de het een'),
  definiteArticles: words('de het'),
  titleAbbreviations: words('dhr mevr mr dr drs ir prof'),
  // Every conjunction (coordinating and subordinating) and the adverbs of time, manner and
  // stance that open a sentence: "Zodra …", "Hoewel …", "Vervolgens …".
  sentenceAdverbs: words(`ook daarom toen nu zo zelfs vooral intussen inmiddels wel nog alleen
    maar en want dus bovendien daarna later eerder vandaag gisteren of noch omdat nadat zodra
    als wanneer terwijl hoewel sinds voordat totdat zodat indien mits tenzij doordat opdat
    aangezien ofschoon zoals echter toch immers misschien waarschijnlijk natuurlijk eigenlijk
    vervolgens uiteindelijk tenslotte opnieuw alsnog ineens plotseling meteen daar hier daarbij
    daardoor daarmee daarin verder voorts tevens eveneens evenmin bijvoorbeeld vaak soms altijd
    nooit steeds reeds pas straks morgen vannacht vanochtend vanmorgen vanmiddag vanavond
    destijds sindsdien aanvankelijk onlangs kortom overigens desondanks niettemin weliswaar
    gelukkig helaas blijkbaar kennelijk ondertussen tegelijk`),
  organisationNouns: words(`bedrijf onderneming concern organisatie firma fabrikant producent
    platform instelling instantie vereniging stichting bond vakbond partij club omroep keten
    supermarkt ziekenhuis school universiteit hogeschool gemeente provincie ministerie politie
    brandweer waterschap veiligheidsregio rederij vervoerder maatschappij bank verzekeraar
    werkgever kabinet regering dienst inspectie federatie coöperatie netbeheerder raad commissie
    autoriteit bureau instituut agentschap centrum college directie bestuur fractie korps fonds
    academie museum redactie krant unie alliantie coalitie departement`),
  courtNouns: words('rechter rechtbank hof'),
  pronouns: words('hij zij ze'),
  questionWords: words('wie wat waar wanneer waarom hoe welke'),
  possessives: words('zijn haar'),
  personNounEndings: words('iater oloog kundige arts ist icus aar endus andus'),
  stopwords: words(`de het een en van in is op dat die niet met voor zijn er te ook aan maar om
    hij zij bij volgens`),
  advertisementLabels: words('advertentie'),
  readAlsoLabels: words('lees_ook'),
};
