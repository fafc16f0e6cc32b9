import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const german: SpeechLexicon = {
  language: 'de',
  speechVerbs: words(`sagte sagt erklärte erklärt betonte betont meinte meint berichtete berichtet
    warnte warnt kritisierte kritisiert ergänzte ergänzt fügte_hinzu sagte_dem sagte_der
    versicherte versichert forderte fordert so`),
  accordingTo: words('laut zufolge'),
  titles: words(`Bundeskanzler Bundeskanzlerin Kanzler Kanzlerin Minister Ministerin
    Ministerpräsident Ministerpräsidentin Präsident Präsidentin Vorsitzende Vorsitzender Chef
    Chefin Sprecher Sprecherin Bürgermeister Bürgermeisterin Direktor Direktorin Professor
    Professorin Dr. Meteorologe Meteorologin Kreisbrandrat Landrat Landrätin Senator Senatorin
    Abgeordnete Abgeordneter Vorstand Vorständin Gewerkschaftschef Ökonom Ökonomin`),
  titleEndings: words(`minister ministerin präsident präsidentin kanzler kanzlerin vorstand
    sprecher sprecherin chef chefin rat rätin leiter leiterin direktor direktorin meister
    meisterin loge login`),
  nameParticles: words('von van der de zu'),
  prepositions: words('der des von vom im am beim zum zur für mit bei aus'),
  articles: words('der die das den dem des ein eine'),
  pronouns: words('er sie'),
  stopwords: words(`der die das und ist nicht mit von den dem des ein eine sich auf für im zu
    auch es wird wurde sind hat nach bei`),
};
