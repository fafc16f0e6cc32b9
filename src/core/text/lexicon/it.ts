import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const italian: SpeechLexicon = {
  language: 'it',
  speechVerbs: words(`ha_detto ha_dichiarato ha_spiegato ha_aggiunto ha_affermato ha_assicurato
    ha_raccomandato ha_sottolineato ha_ribadito ha_precisato ha_annunciato ha_commentato
    ha_osservato ha_avvertito ha_concluso dice spiega afferma aggiunge sottolinea osserva
    avverte dichiara`),
  accordingTo: words('secondo'),
  titles: words(`ministro ministra presidente sindaco sindaca direttore direttrice primario
    climatologo amministratore portavoce assessore segretario segretaria deputato senatore
    professore professoressa`),
  titleEndings: [],
  nameParticles: words('di de da del della dei'),
  prepositions: words('di del della delle dello dei degli da dal dalla in nel nella per con su'),
  articles: words("il lo la i gli le un una l’ l'"),
  pronouns: words('lui lei'),
  stopwords: words(`il la di che e è per un una del della in non sono con le i gli al dei da ha
    anche secondo`),
};
