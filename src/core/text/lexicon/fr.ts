import { words, type SpeechLexicon } from './speech-lexicon.ts';

/** Past participles of the speech verbs French copy puts after "a" ("a déclaré", "a-t-il ajouté"). */
export const frenchSpeechParticiples = words(`déclaré dit affirmé ajouté expliqué assuré indiqué
  souligné estimé précisé lancé insisté prévenu reconnu répondu averti confié martelé justifié
  dénoncé regretté rappelé jugé protesté raconté poursuivi analysé commenté tranché résumé
  plaidé soupiré ironisé tempéré nuancé confirmé annoncé promis déploré témoigné glissé conclu
  noté lâché soutenu détaillé argumenté écrit observé relevé assené répliqué fait_valoir
  appelé salué invité exhorté qualifié demandé réclamé exigé évoqué fustigé critiqué défendu
  mis_en_garde souhaité espéré interpellé rétorqué concédé admis avoué signalé réagi prôné
  soufflé souri plaisanté murmuré chuchoté confessé constaté renchéri enchaîné complété
  raillé tempêté développé repris abondé exposé certifié garanti révélé répété objecté
  rassuré
  éludé esquivé balayé rigolé blagué badiné philosophé savouré ri coupé_court`);

/** Pronominal speech verbs, in the present, the imperfect and the perfect ("s'est amusé"). */
const frenchPronominalVerbs = words(`s'amuse s'amusait s'agace s'agaçait s'inquiète
  s'inquiétait s'indigne s'indignait s'étonne s'étonnait s'emporte s'emportait se_félicite
  se_félicitait se_réjouit se_réjouissait s'exclame s'exclamait se_désole se_désolait
  s'enthousiasme s'enthousiasmait s'insurge s'insurgeait s'alarme s'alarmait se_défend
  se_défendait se_justifie se_justifiait se_souvient se_souvenait s'exprime s'exprimait
  s'est_amusé s'est_amusée s'est_agacé s'est_agacée s'est_inquiété s'est_inquiétée
  s'est_indigné s'est_indignée s'est_étonné s'est_étonnée s'est_emporté s'est_emportée
  s'est_félicité s'est_félicitée s'est_réjoui s'est_réjouie s'est_exclamé s'est_exclamée
  s'est_défendu s'est_défendue s'est_justifié s'est_justifiée s'est_désolé s'est_désolée s'est_esclaffé s'est_esclaffée`);

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
    dénoncent déplorent témoignent expliquent racontent affirment assurent estiment écrivent
    préviennent regrettent réclament s'inquiètent s'indignent
    élude esquive balaie rigole blague badine philosophe savoure rit coupe_court s'esclaffe
    éludait esquivait rigolait blaguait plaisantait riait s'esclaffait
    appelle salue invite exhorte qualifie demande réclame exige évoque fustige critique défend
    met_en_garde souhaite espère interpelle rétorque concède admet avoue signale réagit
    disait expliquait racontait confiait lançait résumait regrettait glissait souriait ajoutait
    assurait témoignait soupirait soufflait reconnaissait avouait prévenait
    plaisante plaisantait murmure chuchote confesse constate renchérit enchaîne complète raille
    abonde expose révèle répète objecte rassure notait estimait affirmait déclarait indiquait
    soulignait précisait insistait répondait rappelait poursuivait lâchait relevait observait`),
    ...frenchPronominalVerbs,
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
    "de du des d’ d' à au aux chez pour par sur en lors pendant devant dans depuis vers entre avec sans contre sous parmi malgré jusqu'à jusqu’à",
  ),
  circumstancePrepositions: words('à au aux lors pendant devant dans en après avec avant tandis'),
  articles: words("le la les l’ l' un une sa son ses"),
  definiteArticles: words("le la l’ l'"),
  titleAbbreviations: words('mme mlle dr pr mgr'),
  speechNouns: words(`réponse réplique commentaire conclusion promesse avertissement verdict
    explication confidence aveu analyse résumé riposte mise_en_garde`),
  ownPartPhrases: words(`de_son_côté de_leur_côté pour_sa_part pour_leur_part quant_à_lui
    quant_à_elle quant_à_eux quant_à_elles à_son_tour à_leur_tour en_retour en_réponse
    de_son_coté de_leur_coté pour_leur_part en_revanche de_l'autre_côté`),
  sentenceAdverbs: words('aussi ainsi alors mais même pourtant ensuite puis désormais hier'),
  pronouns: words('il elle'),
  femininePronouns: words('elle'),
  feminineDefiniteArticles: words('la'),
  // "a-t-il ajouté", "avait-elle lancé", "dit-il", "répond-elle": the pronoun after the verb.
  invertedPronoun: String.raw`\p{L}+(?:-t)?-(?:il|elle)(?![\p{L}])`,
  stopwords: words(`le la les des du de et est un une dans pour que qui sur pas par au aux avec
    ce cette il elle ont sont été mais selon plus`),
  advertisementLabels: words('publicité'),
  indefiniteArticles: words('un une'),
  relativePronouns: words('qui que dont'),
  clauseEndings: words('ait aient'),
  originWords: words('originaire originaires natif native natifs natives né née'),
  readAlsoLabels: words('lire_aussi à_lire_aussi'),
};
