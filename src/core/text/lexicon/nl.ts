import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const dutch: SpeechLexicon = {
  language: 'nl',
  speechVerbs: words(`zei zegt verklaarde verklaart aldus waarschuwt waarschuwde benadrukte
    benadrukt stelde stelt meldde meldt vertelde vertelt reageerde liet_weten`),
  accordingTo: words('volgens'),
  titles: words(`minister premier burgemeester wethouder voorzitter directeur woordvoerder
    woordvoerster bestuursvoorzitter gedeputeerde verloskundige student buurtbewoner
    Fietsersbond-woordvoerder hoogleraar`),
  titleEndings: words('woordvoerder voorzitter directeur'),
  nameParticles: words('van de der den ter ten het'),
  prepositions: words('van voor bij in op uit met aan'),
  articles: words('de het een'),
  pronouns: words('hij zij ze'),
  stopwords: words(`de het een en van in is op dat die niet met voor zijn er te ook aan maar om
    hij zij bij volgens`),
};
