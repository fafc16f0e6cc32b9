import { words, type SpeechLexicon } from './speech-lexicon.ts';

/** Past participles of the speech verbs French copy puts after "a" ("a déclaré", "a-t-il ajouté"). */
export const frenchSpeechParticiples = words(`déclaré dit affirmé ajouté expliqué assuré indiqué
  souligné estimé précisé lancé insisté prévenu reconnu répondu averti confié martelé justifié
  dénoncé regretté rappelé jugé protesté raconté poursuivi analysé commenté tranché résumé
  plaidé soupiré ironisé tempéré nuancé confirmé annoncé promis déploré témoigné glissé conclu
  noté lâché soutenu détaillé argumenté écrit observé relevé assené répliqué fait_valoir
  appelé salué invité exhorté qualifié demandé réclamé exigé évoqué fustigé critiqué défendu
  mis_en_garde souhaité espéré interpellé rétorqué concédé admis avoué signalé réagi prôné`);

export const french: SpeechLexicon = {
  language: 'fr',
  speechVerbs: [
    ...frenchSpeechParticiples.map((participle) => `a ${participle}`),
    ...words(`déclare dit affirme ajoute explique assure indique souligne estime précise lance
    insiste prévient reconnaît répond avertit confie martèle dénonce regrette rappelle juge
    raconte analyse observe résume tranche poursuit commente soupire ironise tempère nuance
    confirme annonce promet déplore témoigne glisse conclut note lâche soutient détaille
    argumente écrit relève plaide réplique fait_valoir s'agace s'inquiète s'indigne se_réjouit
    justifie s'étonne s'emporte se_félicite peste tonne fulmine souffle sourit s'exclame râle
    grince
    appelle salue invite exhorte qualifie demande réclame exige évoque fustige critique défend
    met_en_garde souhaite espère interpelle rétorque concède admet avoue signale réagit
    disait expliquait racontait confiait lançait résumait regrettait glissait souriait ajoutait
    assurait témoignait soupirait soufflait reconnaissait avouait prévenait`),
  ],
  accordingTo: words("selon pour d'après d’après"),
  titles: words(`ministre ministère président présidente maire préfet préfète rectrice recteur
    directeur directrice secrétaire porte-parole député députée sénateur sénatrice conseiller
    conseillère viticulteur docteur professeur général générale vice-président vice-présidente
    adjoint adjointe élu élue commissaire procureur procureure avocat avocate chercheur
    chercheuse économiste syndicaliste dirigeant dirigeante chef cheffe patron patronne
    entraîneur capitaine m. mme mlle me dr pr mgr abbé père sœur`),
  titleEndings: [],
  nameParticles: words("de du des la le d’ d'"),
  prepositions: words(
    "de du des d’ d' à au aux chez pour par sur en lors pendant devant dans depuis vers entre",
  ),
  circumstancePrepositions: words('à au aux lors pendant devant dans en après avec avant tandis'),
  articles: words("le la les l’ l' un une sa son ses"),
  definiteArticles: words("le la l’ l'"),
  titleAbbreviations: words('mme mlle dr pr mgr'),
  sentenceAdverbs: words('aussi ainsi alors mais même pourtant ensuite puis désormais hier'),
  pronouns: words('il elle'),
  // "a-t-il ajouté", "avait-elle lancé", "dit-il", "répond-elle": the pronoun after the verb.
  invertedPronoun: String.raw`\p{L}+(?:-t)?-(?:il|elle)(?![\p{L}])`,
  stopwords: words(`le la les des du de et est un une dans pour que qui sur pas par au aux avec
    ce cette il elle ont sont été mais selon plus`),
  advertisementLabels: words('publicité'),
  indefiniteArticles: words('un une'),
  relativePronouns: words('qui que dont'),
  clauseEndings: words('ait aient'),
  readAlsoLabels: words('lire_aussi à_lire_aussi'),
};
