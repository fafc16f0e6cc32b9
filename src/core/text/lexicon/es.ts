import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const spanish: SpeechLexicon = {
  language: 'es',
  speechVerbs: words(`dijo afirmó declaró aseguró señaló explicó añadió indicó subrayó advirtió
    relató denunció reconoció insistió manifestó sostuvo apuntó destacó pidió recalcó
    dice afirma asegura señala explica añade advierte`),
  accordingTo: words('según'),
  titles: words(`presidente presidenta ministro ministra consejero consejera alcalde alcaldesa
    portavoz jefe jefa director directora secretario secretaria diputado diputada senador
    senadora delegado delegada doctor doctora`),
  titleEndings: [],
  nameParticles: words('de del la los y'),
  prepositions: words('de del en a al por para con'),
  articles: words('el la los las un una su sus'),
  pronouns: words('él ella'),
  stopwords: words(`el la los las de del y en que un una por con para es se su al lo como más
    pero ha según`),
};
