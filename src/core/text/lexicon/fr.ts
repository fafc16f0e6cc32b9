import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const french: SpeechLexicon = {
  language: 'fr',
  speechVerbs: words(`a_déclaré a_dit a_affirmé a_ajouté a_expliqué a_assuré a_indiqué a_souligné
    a_estimé a_précisé a_lancé a_insisté a_prévenu a_reconnu a_répondu a_averti a_confié a_martelé
    a_justifié a_dénoncé a_regretté a_rappelé a_jugé a_protesté a_raconté
    déclare dit affirme ajoute explique assure indique souligne estime précise lance insiste
    prévient reconnaît répond avertit confie martèle dénonce regrette rappelle juge raconte
    analyse observe résume tranche poursuit commente`),
  accordingTo: words('selon'),
  titles: words(`ministre ministère président présidente maire préfet préfète rectrice recteur
    directeur directrice secrétaire porte-parole député députée sénateur sénatrice conseiller
    conseillère viticulteur docteur professeur général générale vice-président vice-présidente`),
  titleEndings: [],
  nameParticles: words("de du des la le d’ d'"),
  prepositions: words("de du des d’ d' à au aux chez pour par sur en"),
  articles: words("le la les l’ l' un une sa son ses"),
  pronouns: words('il elle'),
  invertedPronoun: String.raw`[\p{L}-]*-t-(?:il|elle)(?![\p{L}])`,
  stopwords: words(`le la les des du de et est un une dans pour que qui sur pas par au aux avec
    ce cette il elle ont sont été mais selon plus`),
};
