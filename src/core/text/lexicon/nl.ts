import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const dutch: SpeechLexicon = {
  language: 'nl',
  speechVerbs: words(`zei zegt verklaarde verklaart aldus waarschuwt waarschuwde benadrukte
    benadrukt stelde stelt meldde meldt vertelde vertelt reageerde liet_weten laat_weten
    reageert erkende erkent voegde_toe voegt_toe legde_uit legt_uit verzuchtte verzucht
    betoogde betoogt schreef schrijft vroeg vraagt antwoordde antwoordt beaamde beaamt
    concludeerde concludeert onderstreepte onderstreept vulde_aan vult_aan gaf_toe geeft_toe
    merkte_op merkt_op constateerde constateert meende meent lichtte_toe licht_toe lachte lacht
    grapte grapt riep roept zuchtte zucht herhaalde herhaalt beloofde belooft besloot`),
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
  sentenceAdverbs: words(
    'ook daarom toen nu zo zelfs vooral intussen inmiddels wel nog alleen maar en want dus bovendien daarna later eerder vandaag gisteren',
  ),
  pronouns: words('hij zij ze'),
  possessives: words('zijn haar'),
  personNounEndings: words('iater oloog kundige arts ist icus aar'),
  stopwords: words(`de het een en van in is op dat die niet met voor zijn er te ook aan maar om
    hij zij bij volgens`),
  advertisementLabels: words('advertentie'),
  readAlsoLabels: words('lees_ook'),
};
