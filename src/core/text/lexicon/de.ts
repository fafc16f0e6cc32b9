import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const german: SpeechLexicon = {
  language: 'de',
  speechVerbs: words(`sagte sagt erklärte erklärt betonte betont meinte meint berichtete berichtet
    warnte warnt kritisierte kritisiert ergänzte ergänzt fügte_hinzu
    versicherte versichert forderte fordert so räumte räumt mahnte mahnt unterstrich
    unterstreicht bekräftigte bekräftigt erläuterte erläutert schrieb schreibt bestätigte
    bestätigt teilte_mit teilt_mit klagte klagt beklagte beklagt lobte lobt erinnerte erinnert
    fragte fragt antwortete antwortet entgegnete entgegnet kommentierte kommentiert argumentierte
    argumentiert resümierte bilanzierte kündigte kündigt gab gibt zeigte zeigt hieß_es heißt_es
    stellte_klar stellt_klar freute_sich freut_sich ärgerte_sich ärgert_sich wunderte_sich sagten erklärten erzählte erzählt schilderte schildert seufzte
    seufzt rief ruft gestand gesteht schimpfte schimpft polterte poltert jubelte jubelt
    schränkte_ein schränkt_ein räumte_ein räumt_ein wandte_ein wendet_ein gab_zu gibt_zu
    hob_hervor hebt_hervor fügte_an fügt_an gab_an gibt_an urteilte urteilt befand befindet
    versprach verspricht glaubt glaubte findet fand hofft hoffte fürchtet fürchtete vermutet
    vermutete widersprach widerspricht verteidigte verteidigt appellierte appelliert bedauerte
    bedauert begründete begründet beteuerte beteuert beschrieb beschreibt meldete meldet
    präzisierte präzisiert verkündete verkündet drängte drängt monierte moniert bemängelte
    bemängelt dankte dankt spottete spottet scherzte scherzt lachte lacht stöhnte stöhnt
    twitterte twittert zitierte zitiert resümiert bilanziert mahnte_an mahnt_an
    stellte_fest stellt_fest wies_zurück weist_zurück kündigte_an kündigt_an
    ließ_wissen lässt_wissen ließ_verlauten lässt_verlauten sprach spricht wollte_wissen
    will_wissen`),
  accordingTo: words('laut zufolge'),
  titles: words(`Bundeskanzler Bundeskanzlerin Kanzler Kanzlerin Minister Ministerin
    Ministerpräsident Ministerpräsidentin Präsident Präsidentin Vorsitzende Vorsitzender Chef
    Chefin Sprecher Sprecherin Bürgermeister Bürgermeisterin Direktor Direktorin Professor
    Professorin Dr. Meteorologe Meteorologin Kreisbrandrat Landrat Landrätin Senator Senatorin
    Abgeordnete Abgeordneter Vorstand Vorständin Gewerkschaftschef Ökonom Ökonomin Kapitän
    Kapitänin Trainer Trainerin Politologe Politologin Experte Expertin Anwalt Anwältin Arzt
    Ärztin Staatssekretär Staatssekretärin Herr Frau Prof.`),
  titleEndings: words(`minister ministerin präsident präsidentin kanzler kanzlerin vorstand
    sprecher sprecherin chef chefin rat rätin leiter leiterin direktor direktorin meister
    meisterin loge login forscher forscherin experte expertin trainer trainerin wissenschaftler
    wissenschaftlerin sekretär sekretärin vorsitzende vorsitzender beauftragte beauftragter
    referent referentin ökonom ökonomin`),
  nameParticles: words('von van der de zu'),
  particlesAfterParticle: words('der den'),
  particleAfterGivenNameOnly: true,
  prepositions: words(
    'der des von vom im am beim zum zur für mit bei aus in an auf während vor nach',
  ),
  circumstancePrepositions: words('in im am an auf während vor nach bei beim mit'),
  articles: words('der die das den dem des ein eine'),
  definiteArticles: words('der die das'),
  titleAbbreviations: words('dr prof hr fr'),
  // Every conjunction (coordinating and subordinating) and the adverbs of time, manner and
  // stance that open a sentence: "Wenn Jürgen Pohlmann …", "Sobald …", "Inzwischen …".
  sentenceAdverbs: words(`auch dann nun doch aber daher deshalb jetzt selbst sogar nur noch heute
    gestern danach später zudem außerdem trotzdem damals und oder denn sondern sowie als bevor
    bis damit dass ehe falls indem nachdem ob obwohl obgleich obschon seit seitdem sobald sofern
    solange sooft sodass soweit während weil wenn wenngleich wobei wohingegen zumal weshalb
    weswegen wieso also allerdings anschließend bereits dabei dafür dagegen darum davor
    deswegen ebenfalls ebenso eigentlich endlich erst erstmals etwa freilich früher gerade
    gleichwohl hier dort immer immerhin indes inzwischen jedoch jedenfalls kaum keineswegs
    künftig längst leider manchmal meist meistens mittlerweile morgens mittags abends nachts
    nämlich natürlich nie niemals oft plötzlich schließlich sonst stattdessen tatsächlich
    überhaupt übrigens vielleicht vielmehr vorher zuerst zuletzt zunächst zwar zugleich zuvor
    bisher seither neulich kürzlich jüngst einst gleichzeitig genauso insbesondere offenbar
    offensichtlich angeblich womöglich wahrscheinlich hoffentlich morgen übermorgen vorgestern
    anfangs bislang derzeit demnächst nebenan unterdessen währenddessen`),
  organisationNouns: words(`unternehmen konzern firma verband verein gewerkschaft organisation
    partei klub club stiftung behörde ministerium polizei feuerwehr stadt gemeinde landkreis
    kreis bahn klinik klinikum krankenhaus schule universität hochschule kammer bank sparkasse
    versicherung regierung verwaltung amt landratsamt rathaus senat institut agentur sender
    genossenschaft kette discounter hersteller betreiber veranstalter arbeitgeber
    bündnis initiative zentrale werke kasse anstalt büro zentrum dienst gruppe kommission
    ausschuss präsidium direktion anwaltschaft gesellschaft fraktion akademie museum bistum
    verlag redaktion aufsicht leitung portal komitee`),
  courtNouns: words('gericht gerichtshof richter richterin'),
  pronouns: words('er sie'),
  questionWords: words('wer wen wem was wo wann warum wie welche welcher'),
  capitalisesNouns: true,
  personNounEndings: words('in er ist ant ent eur ling or wirt arzt walt'),
  determiners: words(`mein meine meinen meinem meiner meines dein deine deinen deinem deiner
    deines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere
    unseren unserem unserer unseres euer eure euren eurem eurer eures einer einen einem eines
    dieser diese dieses diesen diesem jener jene jenes jenen jenem jeder jede jedes jeden jedem
    mancher manche manches manchen manchem welcher welche welches welchen welchem solche solchen
    viele vielen vieler einige einigen einiger mehrere mehreren alle allen aller beide beiden
    kein keine keinen keinem keiner keines andere anderen weitere weiteren zahlreiche
    zahlreichen wenige wenigen sämtliche zwei drei vier fünf sechs sieben acht neun zehn elf
    zwölf zwanzig dreißig hundert tausend`),
  possessives: words(`sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres`),
  timeWords: words(`Ende Anfang Mitte Januar Februar März April Mai Juni Juli August September
    Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag
    Wochenende Frühjahr`),
  stopwords: words(`der die das und ist nicht mit von den dem des ein eine sich auf für im zu
    auch es wird wurde sind hat nach bei`),
  advertisementLabels: words('anzeige werbung'),
  readAlsoLabels: words('lesen_sie_auch mehr_zum_thema auch_interessant'),
};
